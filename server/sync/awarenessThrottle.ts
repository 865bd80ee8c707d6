import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * One socket's budget of awareness (presence) updates: at most `perSecond` a second, with
 * bursts of as many. Updates past it are not dropped outright: they are merged, keeping the
 * latest entry of each client, into one update that is applied as soon as the budget allows.
 * Awareness is last-writer-wins per client, so skipping intermediate states is safe, and
 * every client's last state still arrives. A merged update may exceed the size limit its parts
 * kept to: the room checks it again before applying it (Room.applyAwareness).
 */
export class AwarenessThrottle {
  private tokens: number;
  private refilledAt: number;
  /** Entries waiting for the budget, by client id: its clock and its state as sent (JSON). */
  private held: Map<number, { clock: number; state: string }> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly perSecond: number,
    /** Applies one update; called synchronously from `offer` or later from a timer. */
    private readonly apply: (update: Uint8Array) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = perSecond;
    this.refilledAt = now();
  }

  /** Takes one unit of the budget for something that cannot wait (a query); false if spent. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }

  /** Applies the update now if the budget allows, else holds it (merged) for later. */
  offer(update: Uint8Array): void {
    if (!this.held && this.take()) {
      this.apply(update);
      return;
    }
    this.hold(update);
    if (!this.timer) this.schedule();
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.held = null;
  }

  private readonly release = () => {
    this.timer = null;
    const held = this.held;
    if (!held) return;
    if (!this.take()) {
      this.schedule();
      return;
    }
    this.held = null;
    this.apply(encodeEntries(held));
  };

  /** Wakes when the budget next has a whole unit. */
  private schedule(): void {
    this.timer = setTimeout(this.release, Math.ceil(((1 - this.tokens) / this.perSecond) * 1000));
    this.timer.unref();
  }

  private hold(update: Uint8Array): void {
    const held = (this.held ??= new Map());
    // A malformed update throws here, as it would when applied: the caller closes the socket.
    for (const [clientId, entry] of decodeEntries(update)) {
      const previous = held.get(clientId);
      if (!previous || entry.clock >= previous.clock) held.set(clientId, entry);
    }
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
  }
}

/** The client ids an awareness update names; throws if the update is malformed. */
export function awarenessClientIds(update: Uint8Array): number[] {
  return [...decodeEntries(update).keys()];
}

/** The entries of a y-protocols awareness update, as `encodeAwarenessUpdate` writes them. */
function decodeEntries(update: Uint8Array): Map<number, { clock: number; state: string }> {
  const decoder = decoding.createDecoder(update);
  const entries = new Map<number, { clock: number; state: string }>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    JSON.parse(state);
    entries.set(clientId, { clock, state });
  }
  return entries;
}

function encodeEntries(entries: Map<number, { clock: number; state: string }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.size);
  for (const [clientId, { clock, state }] of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
