import { randomBytes } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { BoardRole } from '../../../src/model';
import type { RoomLog } from '../roomContract';
import { decodeRoomMessage, encodeRoomMessage, MESSAGE_RESYNC, type MessageKind, type RoomMessage } from './messages';
import type { RelayHandlers, RevocationListener, RoomChannel, RoomRelay } from './relay';
import { RedisRevocations, REVOCATIONS_CHANNEL } from './redisRevocations';
import { Subscription, type Publisher } from './subscription';

export { MAX_RELAYED_UPDATE_BYTES } from './subscription';

const ROOM_PREFIX = 'beatboard:room:';
/** A room's channel on Redis. */
export const roomChannel = (room: string) => `${ROOM_PREFIX}${room}`;

/** How long a room's load waits for Redis to confirm its subscription before going on anyway. */
const SUBSCRIBE_WAIT_MS = 2000;
/** A command Redis has not answered by then is taken as lost (a connection dead without a close). */
const COMMAND_TIMEOUT_MS = 5000;
/** The longest a reconnected relay spreads its rooms' catch-ups over. */
const CATCH_UP_SPREAD_MAX_MS = 2000;
/**
 * Each connection is pinged this often; one that does not answer within COMMAND_TIMEOUT_MS is
 * dropped and reconnected. A connection can die without closing (a network cut), and a
 * subscriber that hears nothing cannot tell that from a quiet board.
 */
const WATCHDOG_MS = 10_000;

/**
 * Both connections fail fast instead of queueing while Redis is away: no offline queue (a
 * command while disconnected is refused at once), and commands in flight when the connection
 * drops are rejected rather than sent again (maxRetriesPerRequest 0). Nothing is lost by
 * that: an update is published only once stored, so a publish that fails marks its room, and
 * once Redis is back the room tells the others to catch up from storage (MESSAGE_RESYNC);
 * the subscribers, for their part, catch up whenever their connection comes back. A queue
 * would only grow without bound during an outage and replay stale awareness afterwards.
 */
const connectionOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResubscribe: false,
  commandTimeout: COMMAND_TIMEOUT_MS,
  keepAlive: WATCHDOG_MS,
  // Back within a second of Redis: catching up costs one load per room, not worth waiting for.
  retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
};

/**
 * The scale-out relay: one Redis connection publishes (and runs the shared rate limits'
 * commands), one subscribes. A room's channel is `beatboard:room:<name>`; messages are binary
 * (messages.ts) and numbered per sender and room, so a receiver notices a missed one and
 * catches up from storage, which every process shares and which holds everything published.
 */
export class RedisRelay implements RoomRelay, Publisher {
  readonly shared = true;
  /** Publishes, and serves other commands (the shared rate limits). */
  readonly commands: Redis;
  private readonly subscriber: Redis;
  /** Random per process: messages from this process are told apart (and skipped on receipt). */
  readonly processId = randomBytes(9).toString('base64url');
  private readonly rooms = new Map<string, Set<Subscription>>();
  private readonly revocations: RedisRevocations;
  private epochs = 0;
  private closed = false;
  private warnedDown = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    url: string,
    private readonly log: RoomLog,
  ) {
    this.commands = new Redis(url, { ...connectionOptions, connectionName: 'beatboard-relay' });
    this.subscriber = new Redis(url, { ...connectionOptions, connectionName: 'beatboard-relay-subscriber' });
    this.revocations = new RedisRevocations(this.commands, this.processId, log, (error) => this.warnDown(error));
    for (const connection of [this.commands, this.subscriber]) {
      connection.on('error', (error: Error) => this.warnDown(error));
    }
    this.commands.on('ready', () => this.publisherReady());
    this.subscriber.on('ready', () => void this.subscriberReady());
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.watchdog = setInterval(() => {
      for (const connection of [this.commands, this.subscriber]) {
        if (connection.status !== 'ready') continue;
        connection.ping().catch((error: unknown) => {
          if (this.closed || connection.status !== 'ready') return;
          this.warnDown(error);
          // Reconnects: its 'ready' then resubscribes and catches up, or resyncs what was dropped.
          connection.disconnect(true);
        });
      }
    }, WATCHDOG_MS).unref();
  }

  async subscribe(room: string, handlers: RelayHandlers): Promise<RoomChannel> {
    const subscription = new Subscription(this, room, ++this.epochs, handlers);
    let set = this.rooms.get(room);
    if (!set) this.rooms.set(room, (set = new Set()));
    set.add(subscription);
    // While the subscriber is down, `subscriberReady` subscribes and catches the room up.
    if (this.subscriber.status !== 'ready') return subscription;
    const confirmed = this.subscriber.subscribe(roomChannel(room)).then(
      () => true,
      () => false,
    );
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      confirmed,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), SUBSCRIBE_WAIT_MS).unref();
      }),
    ]);
    clearTimeout(timer);
    // Redis is slow: the room loads without waiting, and reads storage again once subscribed,
    // for whatever was published in between. (false: the connection dropped; its return catches up.)
    if (inTime === undefined) {
      void confirmed.then((ok) => {
        if (ok && !subscription.closed) subscription.catchUp();
      });
    }
    return subscription;
  }

  publishRevocation(boardId: string, role: BoardRole, revokedAt: number): void {
    this.revocations.publish(boardId, role, revokedAt);
  }

  onRevocation(listener: RevocationListener): () => void {
    return this.revocations.onRevocation(listener);
  }

  async ping(): Promise<void> {
    if (this.subscriber.status !== 'ready') throw new Error(`the Redis subscriber connection is ${this.subscriber.status}`);
    await this.commands.ping();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(
      [this.commands, this.subscriber].map((connection) =>
        connection.quit().then(
          () => undefined,
          () => connection.disconnect(),
        ),
      ),
    );
  }

  /** Publishes one message of a room; a failure marks the room for a resync once Redis is back. */
  publish(subscription: Subscription, kind: MessageKind, payload: Uint8Array): void {
    if (subscription.closed || this.closed) return;
    const message: RoomMessage = {
      kind, sender: this.processId, epoch: subscription.epoch, seq: ++subscription.seq, payload,
    };
    this.commands.publish(roomChannel(subscription.room), encodeRoomMessage(message)).catch((error: unknown) => {
      subscription.dropped = true;
      this.warnDown(error);
    });
  }

  unsubscribe(subscription: Subscription): Promise<void> {
    subscription.closed = true;
    const set = this.rooms.get(subscription.room);
    if (!set?.delete(subscription) || set.size > 0) return Promise.resolve();
    this.rooms.delete(subscription.room);
    if (this.subscriber.status !== 'ready') return Promise.resolve();
    return this.subscriber.unsubscribe(roomChannel(subscription.room)).then(
      () => undefined,
      () => undefined,
    );
  }

  private receive(channel: string, bytes: Buffer): void {
    if (channel === REVOCATIONS_CHANNEL) return this.revocations.receive(bytes);
    if (!channel.startsWith(ROOM_PREFIX)) return;
    const subscriptions = this.rooms.get(channel.slice(ROOM_PREFIX.length));
    if (!subscriptions) return;
    let message: RoomMessage;
    try {
      message = decodeRoomMessage(bytes);
    } catch (error) {
      this.log.warn(`relay: skipped a malformed message on ${channel}: ${String(error)}`);
      return;
    }
    if (message.sender === this.processId) return;
    for (const subscription of subscriptions) subscription.receive(message);
  }

  /** (Re)connected: subscribes every channel, then has every room catch up on what it missed meanwhile. */
  private async subscriberReady(): Promise<void> {
    if (this.closed) return;
    const channels = [REVOCATIONS_CHANNEL, ...[...this.rooms.keys()].map(roomChannel)];
    try {
      await this.subscriber.subscribe(...channels);
    } catch (error) {
      // The connection went again; its next 'ready' tries again.
      this.warnDown(error);
      return;
    }
    if (this.warnedDown) {
      this.warnedDown = false;
      this.log.warn('relay: connected to Redis again; rooms catch up from storage');
    }
    // Revocations made while this process was not listening (those it did hear close nothing twice).
    if (this.commands.status === 'ready') void this.revocations.replayRecent();
    // Spread over a moment (2 ms a room, at most 2 s), so that every process reloading every
    // room at once after an outage does not land on the database in one burst.
    const count = [...this.rooms.values()].reduce((sum, set) => sum + set.size, 0);
    const spreadMs = Math.min(CATCH_UP_SPREAD_MAX_MS, 2 * (count - 1));
    for (const set of this.rooms.values()) {
      for (const subscription of set) {
        // Numbers seen before the outage say nothing now: the catch-up covers everything up to here.
        subscription.forgetSenders();
        const catchUp = () => {
          subscription.catchUp();
          // Presence changes were missed too; the others' clients would otherwise show up only
          // at their next renewal (up to 15 s).
          subscription.queryAwareness();
        };
        if (spreadMs <= 0) catchUp();
        else setTimeout(catchUp, Math.random() * spreadMs).unref();
      }
    }
  }

  /** (Re)connected: rooms whose messages were lost tell the others to catch up; held revocations go out. */
  private publisherReady(): void {
    for (const set of this.rooms.values()) {
      for (const subscription of set) {
        if (!subscription.dropped) continue;
        subscription.dropped = false;
        this.publish(subscription, MESSAGE_RESYNC, new Uint8Array());
      }
    }
    this.revocations.retryHeld();
    if (this.subscriber.status === 'ready') void this.revocations.replayRecent();
  }

  /** Logs the first failure of an outage only: a flood of failed publishes should not flood the log. */
  private warnDown(error: unknown): void {
    if (this.warnedDown || this.closed) return;
    this.warnedDown = true;
    this.log.warn(`relay: Redis is unavailable (${error instanceof Error ? error.message : String(error)}); rooms catch up once it is back`);
  }
}
