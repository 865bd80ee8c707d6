import type { BoardRole } from '../../../src/model';

/** What a room does with what the relay brings from the other server processes. */
export interface RelayHandlers {
  /** A doc update another process stored (it is durable already) and relayed. */
  update(update: Uint8Array): void;
  /** An awareness update of a client connected to another process. */
  awareness(update: Uint8Array): void;
  /** Another process asks who is here: publish the awareness states of this process's clients. */
  awarenessQuery(): void;
  /**
   * Something may have been missed (a gap in a sender's sequence, a lost connection): the
   * room reads its doc from storage again. Stored updates are all there is to miss, and
   * applying a Yjs update twice changes nothing, so this is always safe.
   */
  catchUp(): void;
}

/** One room's subscription: what it publishes goes to that room on every other process. */
export interface RoomChannel {
  /** An update this process has stored (publish only after the append committed). */
  publishUpdate(update: Uint8Array): void;
  /** An awareness update of a client connected here. */
  publishAwareness(update: Uint8Array): void;
  /** Asks the other processes for their clients' awareness states (a room that just loaded). */
  queryAwareness(): void;
  unsubscribe(): Promise<void>;
}

export type RevocationListener = (boardId: string, role: BoardRole, revokedAt: number) => void;

/**
 * Carries rooms' updates and awareness, and share link revocations, between the server
 * processes that serve the same boards (scale-out mode). Embedded, there is one process and
 * nothing to carry: LocalRelay.
 */
export interface RoomRelay {
  /** True when other processes may hold the same rooms (a room then watches for gaps). */
  readonly shared: boolean;
  /**
   * Subscribes a room. Resolves once messages published from now on reach `handlers`, so a
   * room subscribes before it loads from storage and misses nothing in between; never rejects
   * (while the relay is down it resolves at once and calls `catchUp` once it is back).
   */
  subscribe(room: string, handlers: RelayHandlers): Promise<RoomChannel>;
  /** Tells the other processes of a revocation made here. */
  publishRevocation(boardId: string, role: BoardRole, revokedAt: number): void;
  /** Called for each revocation another process made. */
  onRevocation(listener: RevocationListener): () => void;
  /** Resolves when the relay works; rejects when it does not (for health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const noChannel: RoomChannel = {
  publishUpdate: () => undefined,
  publishAwareness: () => undefined,
  queryAwareness: () => undefined,
  unsubscribe: async () => undefined,
};

/** The embedded relay: one process holds every room, so there is no one to tell. */
export class LocalRelay implements RoomRelay {
  readonly shared = false;

  async subscribe(): Promise<RoomChannel> {
    return noChannel;
  }

  publishRevocation(): void {}

  onRevocation(): () => void {
    return () => undefined;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
