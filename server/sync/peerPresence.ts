import { AwarenessThrottle, awarenessClientIds } from './awarenessThrottle';
import { MAX_CLIENT_IDS_PER_PEER, type RoomLog } from './roomContract';

/**
 * One peer's presence as its room keeps it: the awareness client ids it speaks for, its
 * awareness budget, and the checks its awareness updates pass before the room applies them.
 */
export class PeerPresence {
  /** The client ids whose awareness this peer speaks for (removed when it leaves). */
  readonly clientIds = new Set<number>();
  /** Merges this peer's updates down to its budget (BEATBOARD_AWARENESS_PER_SECOND). */
  readonly throttle: AwarenessThrottle;
  /** Client ids this peer introduced to the room (at most MAX_CLIENT_IDS_PER_PEER). */
  private readonly claimed = new Set<number>();
  /** Set once an oversized update of this peer was logged, so a flood logs once. */
  private warnedOversize = false;
  /** Set once an update of this peer naming too many new client ids was logged. */
  private warnedClaims = false;

  constructor(
    private readonly room: { name: string; log: RoomLog; maxAwarenessBytes: number },
    perSecond: number,
    apply: (update: Uint8Array) => void,
  ) {
    this.throttle = new AwarenessThrottle(perSecond, apply);
  }

  /**
   * True (and logged, once per peer) if an awareness update is past BEATBOARD_MAX_AWARENESS_BYTES.
   * Dropped, not fatal: presence is not worth a writer's connection.
   */
  oversize(update: Uint8Array): boolean {
    if (update.byteLength <= this.room.maxAwarenessBytes) return false;
    if (!this.warnedOversize) {
      this.warnedOversize = true;
      this.room.log.warn(
        `room ${this.room.name}: dropped an awareness update of ${update.byteLength} bytes ` +
          `(the limit is ${this.room.maxAwarenessBytes}); later ones from this connection are dropped silently`,
      );
    }
    return true;
  }

  /**
   * Records the client ids an update introduces; false (logged once) when they would take this
   * peer past MAX_CLIENT_IDS_PER_PEER. Ids the room already knows (`known`) do not count:
   * y-websocket clients echo everyone's changes back. Reads the update through, so a malformed
   * one throws.
   */
  claim(update: Uint8Array, known: (id: number) => boolean): boolean {
    const fresh = awarenessClientIds(update).filter((id) => !this.claimed.has(id) && !known(id));
    if (this.claimed.size + fresh.length > MAX_CLIENT_IDS_PER_PEER) {
      if (!this.warnedClaims) {
        this.warnedClaims = true;
        this.room.log.warn(
          `room ${this.room.name}: dropped an awareness update naming ${fresh.length} new client ids ` +
            `(a connection may introduce ${MAX_CLIENT_IDS_PER_PEER}); later ones are dropped silently`,
        );
      }
      return false;
    }
    for (const id of fresh) this.claimed.add(id);
    return true;
  }
}
