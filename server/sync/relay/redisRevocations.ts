import type { Redis } from 'ioredis';
import { isBoardRole, type BoardRole } from '../../../src/model';
import type { RoomLog } from '../roomContract';
import type { RevocationListener } from './relay';

export const REVOCATIONS_CHANNEL = 'beatboard:revocations';
/** The revocations of the last RECENT_MS, for a process that was not listening when they went out. */
const RECENT_KEY = 'beatboard:revocations:recent';
const RECENT_MS = 60 * 60_000;
/** Revocations that could not be published, kept to publish once Redis is back. */
const MAX_HELD = 1000;

// Kept and published in one step, so a process that subscribes and then reads the recent
// ones misses none: each is either in what it reads or published after it subscribed.
const PUBLISH = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('PUBLISH', KEYS[2], ARGV[1])
`;

interface Revocation {
  sender: string;
  boardId: string;
  role: BoardRole;
  revokedAt: number;
}

/**
 * Revocations between server processes through Redis. One made here is published on
 * `beatboard:revocations` and kept an hour; each process tells its listeners of the others'.
 * A process whose subscription was down meanwhile reads the kept ones once it is back: telling
 * a listener twice is harmless (it closes sockets opened with tokens issued before the time).
 */
export class RedisRevocations {
  private readonly listeners = new Set<RevocationListener>();
  private held: Revocation[] = [];

  constructor(
    private readonly commands: Redis,
    private readonly processId: string,
    private readonly log: RoomLog,
    private readonly warnDown: (error: unknown) => void,
  ) {}

  publish(boardId: string, role: BoardRole, revokedAt: number): void {
    this.send({ sender: this.processId, boardId, role, revokedAt });
  }

  onRevocation(listener: RevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes what could not be published while Redis was away. */
  retryHeld(): void {
    const held = this.held;
    this.held = [];
    for (const revocation of held) this.send(revocation);
  }

  /** Tells the listeners of every revocation kept (call once subscribed again). */
  async replayRecent(): Promise<void> {
    let recent: string[];
    try {
      recent = await this.commands.zrange(RECENT_KEY, 0, -1);
    } catch (error) {
      // The command connection is down; its return replays them.
      this.warnDown(error);
      return;
    }
    for (const entry of recent) this.receive(Buffer.from(entry));
  }

  /** A message on the revocations channel. */
  receive(bytes: Buffer): void {
    let revocation: Revocation;
    try {
      revocation = JSON.parse(bytes.toString()) as Revocation;
    } catch {
      return;
    }
    const { sender, boardId, role, revokedAt } = revocation;
    if (sender === this.processId || typeof boardId !== 'string' || !isBoardRole(role) || typeof revokedAt !== 'number') return;
    for (const listener of this.listeners) {
      try {
        listener(boardId, role, revokedAt);
      } catch (error) {
        this.log.warn(`relay: a revocation listener failed: ${String(error)}`);
      }
    }
  }

  private send(revocation: Revocation): void {
    this.commands.eval(PUBLISH, 2, RECENT_KEY, REVOCATIONS_CHANNEL, JSON.stringify(revocation), RECENT_MS).catch((error: unknown) => {
      this.warnDown(error);
      if (this.held.length < MAX_HELD) this.held.push(revocation);
    });
  }
}
