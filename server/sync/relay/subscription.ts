import {
  MESSAGE_AWARENESS, MESSAGE_AWARENESS_QUERY, MESSAGE_RESYNC, MESSAGE_UPDATE, type MessageKind, type RoomMessage,
} from './messages';
import type { RelayHandlers, RoomChannel } from './relay';

/**
 * Updates larger than this are not sent through Redis: the others are told to read them from
 * storage instead (MESSAGE_RESYNC). Redis drops a subscriber whose output buffer passes its
 * pubsub limit (32 MB by default), and a large publish would hold up every room's messages.
 */
export const MAX_RELAYED_UPDATE_BYTES = 1024 * 1024;

/** What a subscription needs of its relay. */
export interface Publisher {
  publish(subscription: Subscription, kind: MessageKind, payload: Uint8Array): void;
  unsubscribe(subscription: Subscription): Promise<void>;
}

/** One room's subscription on this process, and what it knows of the other processes' numbering. */
export class Subscription implements RoomChannel {
  /** The last sequence number this subscription published. */
  seq = 0;
  /** A message of this room could not be published: once Redis is back, the others catch up. */
  dropped = false;
  closed = false;
  /** The last sequence number seen per sender subscription (`sender/epoch`). */
  private readonly lastSeen = new Map<string, number>();

  constructor(
    private readonly relay: Publisher,
    readonly room: string,
    readonly epoch: number,
    private readonly handlers: RelayHandlers,
  ) {}

  publishUpdate(update: Uint8Array): void {
    if (update.byteLength > MAX_RELAYED_UPDATE_BYTES) this.relay.publish(this, MESSAGE_RESYNC, new Uint8Array());
    else this.relay.publish(this, MESSAGE_UPDATE, update);
  }

  publishAwareness(update: Uint8Array): void {
    this.relay.publish(this, MESSAGE_AWARENESS, update);
  }

  queryAwareness(): void {
    this.relay.publish(this, MESSAGE_AWARENESS_QUERY, new Uint8Array());
  }

  unsubscribe(): Promise<void> {
    return this.relay.unsubscribe(this);
  }

  receive(message: RoomMessage): void {
    if (this.closed) return;
    const key = `${message.sender}/${message.epoch}`;
    const last = this.lastSeen.get(key);
    this.lastSeen.set(key, message.seq);
    // A sender seen for the first time: what it published before this room subscribed was
    // stored before, so the room's load read it. After that, its numbers have no holes.
    const gap = message.kind === MESSAGE_RESYNC || (last !== undefined && message.seq !== last + 1);
    if (message.kind === MESSAGE_UPDATE) this.handlers.update(message.payload);
    else if (message.kind === MESSAGE_AWARENESS) this.handlers.awareness(message.payload);
    else if (message.kind === MESSAGE_AWARENESS_QUERY) this.handlers.awarenessQuery();
    if (gap) this.catchUp();
  }

  catchUp(): void {
    if (!this.closed) this.handlers.catchUp();
  }

  forgetSenders(): void {
    this.lastSeen.clear();
  }
}
