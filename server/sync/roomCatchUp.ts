/**
 * In scale-out mode, pieces of updates the doc holds back this long (their dependencies never
 * came, so some relayed message was lost) make the room catch up from storage.
 */
const PENDING_CATCH_UP_MS = 1000;

export interface CatchUpRoom {
  /** Resolves once the room's stored document is loaded. */
  whenReady(): Promise<void>;
  /** Whether other server processes share rooms (scale-out); held-back pieces only matter then. */
  readonly shared: boolean;
  destroyed(): boolean;
  /** Bytes the room's doc holds back until the updates they depend on arrive. */
  pendingBytes(): number;
  /** Reads the room's whole stored document (its folded state and log). */
  readStored(): Promise<Uint8Array[]>;
  /** Applies what was read: what the room already has changes nothing, what it missed is relayed. */
  applyStored(updates: Uint8Array[]): void;
  warn(message: string): void;
}

/**
 * How a scale-out room recovers from a relayed message it never got: it reads the doc from
 * storage again, when told to (a relay gap, a reconnect, a RESYNC) or when pieces stay held
 * back for a second. Catch-ups run one at a time; a request while one runs makes it run once more.
 */
export class RoomCatchUp {
  private running: Promise<void> | undefined;
  private again = false;
  private pendingTimer: NodeJS.Timeout | undefined;
  /** The held-back bytes a catch-up could not resolve; not caught up again for those alone. */
  private pendingAfterCatchUp = 0;

  constructor(private readonly room: CatchUpRoom) {}

  request(): void {
    if (this.room.destroyed()) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      await this.room.whenReady();
      do {
        this.again = false;
        const updates = await this.room.readStored();
        if (this.room.destroyed()) return;
        this.room.applyStored(updates);
        this.pendingAfterCatchUp = this.room.pendingBytes();
      } while (this.again && !this.room.destroyed());
    })()
      .catch((error: unknown) => this.room.warn(`could not catch up from storage: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }

  /**
   * Pieces the doc holds back for a second mean a relayed message was lost, so the room catches
   * up. Pieces a catch-up could not complete (a client sent an update with nothing to attach
   * to) do not set it off again.
   */
  watchPending(): void {
    if (!this.room.shared || this.pendingTimer || this.room.destroyed()) return;
    const pending = this.room.pendingBytes();
    if (pending === 0 || pending === this.pendingAfterCatchUp) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      const still = this.room.pendingBytes();
      if (still > 0 && still !== this.pendingAfterCatchUp) this.request();
    }, PENDING_CATCH_UP_MS);
    this.pendingTimer.unref();
  }

  stop(): void {
    clearTimeout(this.pendingTimer);
  }
}
