/**
 * Where room documents are kept. The room core only ever calls these three, so another storage
 * (PostgreSQL) is one more implementation of this interface.
 */
export interface DocStorage {
  /** The room's merged state and every update appended since, oldest first. */
  load(room: string): Promise<Uint8Array[]>;
  /**
   * Appends one update durably. Resolves once it is committed, so the caller may then relay
   * it. Updates appended in the same event-loop turn share one transaction.
   */
  append(room: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces the room's state and log with one merged state (which must include the log).
   * Appends handed over before the call and not yet committed are written first, so they are
   * replaced too: a room may fold while writes are in flight, with a state that includes them.
   */
  compact(room: string, state: Uint8Array): Promise<void>;
  /** True when the storage answers (for /healthz). */
  isHealthy(): boolean;
}
