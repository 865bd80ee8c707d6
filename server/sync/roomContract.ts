// What a room promises the code around it: the peer it talks to, the limits it keeps, and how
// it says no (close codes, errors). Kept apart from room.ts, which is the behaviour.

/** One connected client as the room sees it; the transport (websockets) implements it. */
export interface RoomPeer {
  /** False for roles that may only read this doc: their updates are dropped. */
  readonly canWrite: boolean;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomLog {
  warn(message: string): void;
}

/** What one room may hold and take (server/config.ts, docs/server-api.md "Limits"). */
export interface RoomLimits {
  /** The largest `size` writes may take the room to (BEATBOARD_MAX_DOC_BYTES). */
  maxDocBytes: number;
  /** The stored log is folded at this length even while writes are pending (BEATBOARD_MAX_LOG_UPDATES). */
  maxLogUpdates: number;
  /** Awareness updates larger than this are dropped (BEATBOARD_MAX_AWARENESS_BYTES). */
  maxAwarenessBytes: number;
  /** Awareness updates one peer may send per second; more are merged (BEATBOARD_AWARENESS_PER_SECOND). */
  awarenessPerSecond: number;
}

/**
 * Awareness client ids one socket may introduce to the room. A client speaks for one id (its
 * doc's); a few more allow for a doc recreated on the same socket. Ids already in the room do
 * not count: y-websocket clients echo everyone's changes back to the server.
 */
export const MAX_CLIENT_IDS_PER_PEER = 8;

/** Close code for a frame that is not a valid message (application range 4000-4999). */
export const CLOSE_PROTOCOL_ERROR = 4400;
/** Close code for an update that would take the room past its maximum size. */
export const CLOSE_DOC_TOO_LARGE = 4413;

/** An update refused because the room would grow past its maximum size; nothing of it is kept. */
export class DocTooLargeError extends Error {
  override name = 'DocTooLargeError';
}
