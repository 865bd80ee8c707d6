import type { DocStorage } from '../storage/docStorage';
import { Room } from './room';
import type { RoomLimits, RoomLog, RoomPeer } from './roomContract';
import { LocalRelay, type RoomRelay } from './relay/relay';

/** What others may do at points of a room's life (the versions service, server/versions). */
export interface RoomHooks {
  /**
   * Runs as a room starts to unload, before it writes its last state and frees its doc, so
   * the doc can still be read. A join of the same room waits for it.
   */
  beforeUnload?(room: Room): Promise<void>;
}

/**
 * The loaded rooms. A room loads on its first peer and unloads a grace period after its
 * last one leaves, so a reload or a flaky network does not reload it from storage.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly storage: DocStorage,
    private readonly limits: RoomLimits & { graceMs: number },
    private readonly log: RoomLog,
    private readonly hooks: RoomHooks = {},
    /** Carries the rooms' updates to and from other server processes (scale-out mode). */
    private readonly relay: RoomRelay = new LocalRelay(),
  ) {}

  /** The room if it is loaded (and not unloading), without loading it. */
  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Adds a peer to the room, loading it if needed. */
  async join(name: string, peer: RoomPeer): Promise<Room> {
    // A room still writing its last state is reloaded only once that is done.
    await this.unloading.get(name);
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) {
      room = new Room(name, this.storage, this.log, this.limits, this.relay);
      this.rooms.set(name, room);
    }
    room.join(peer);
    return room;
  }

  /**
   * Keeps a room loaded for a server-side writer (an AI request) without a client; release
   * it when done, like a peer leaving.
   */
  async lease(name: string): Promise<{ room: Room; release(): void }> {
    const holder: RoomPeer = { canWrite: false, send: () => undefined, close: () => undefined };
    const room = await this.join(name, holder);
    await room.ready;
    return { room, release: () => this.leave(room, holder) };
  }

  leave(room: Room, peer: RoomPeer): void {
    room.leave(peer);
    if (room.peerCount > 0 || this.unloadTimers.has(room.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      void this.unload(room);
    }, this.limits.graceMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Unloads every room (server shutdown); peers should be closed first. */
  async unloadAll(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
  }

  private unload(room: Room): Promise<void> {
    if (this.rooms.get(room.name) !== room) return this.unloading.get(room.name) ?? Promise.resolve();
    this.rooms.delete(room.name);
    const done = this.runBeforeUnload(room)
      .then(() => room.unload())
      .catch((error: unknown) => this.log.warn(`room ${room.name}: unload failed: ${String(error)}`))
      .finally(() => this.unloading.delete(room.name));
    this.unloading.set(room.name, done);
    return done;
  }

  /** A failing hook is logged and does not keep the room from unloading. */
  private async runBeforeUnload(room: Room): Promise<void> {
    try {
      await this.hooks.beforeUnload?.(room);
    } catch (error) {
      this.log.warn(`room ${room.name}: before unloading: ${String(error)}`);
    }
  }
}
