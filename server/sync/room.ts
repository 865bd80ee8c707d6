import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocStorage } from '../storage/docStorage';
import {
  encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, isEmptyUpdate, parseClientMessage,
  ProtocolError,
} from './protocol';
import { PeerPresence } from './peerPresence';
import { RoomCatchUp } from './roomCatchUp';
import { scheduleFold } from './foldQueue';
import { EncodedStates } from './encodedStates';
import { LocalRelay, type RoomChannel, type RoomRelay } from './relay/relay';
import {
  CLOSE_DOC_TOO_LARGE, CLOSE_PROTOCOL_ERROR, DocTooLargeError, type RoomLimits, type RoomLog, type RoomPeer,
} from './roomContract';

const DOC_TOO_LARGE_REASON = 'board is at its size limit';
const CLOSE_STORAGE_FAILED = 1011;

// The log is folded into the room's merged state once it is this long, or this old, so loads
// stay fast; each fold costs one encode of the whole doc, hence not more often.
const COMPACT_AFTER_UPDATES = 500;
const COMPACT_AFTER_MS = 5 * 60_000;

const embedded = new LocalRelay();

const LOAD_ORIGIN = Symbol('load');
const SERVER_ORIGIN = Symbol('server');
/** Updates posted over HTTP: relayed to every peer, since none of them sent it. */
const UPLOAD_ORIGIN = Symbol('upload');
/**
 * Updates and awareness from the other server processes (scale-out), and what a catch-up
 * reads back from storage: already stored, so relayed to every local peer and nowhere else.
 */
const RELAY_ORIGIN = Symbol('relay');
/** Awareness states a leaving peer leaves behind, removed (and the removal relayed). */
const LEAVE_ORIGIN = Symbol('leave');

/**
 * Bytes the doc holds back until the updates they depend on arrive. They are not stored yet,
 * but they are in memory, so they count towards the room's size: pieces that never complete
 * cannot grow a room without bound.
 */
function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/**
 * One shared document and the clients editing it. Writes follow one rule: what an update
 * changed is appended to storage, and only once committed is it relayed to anyone; answers
 * to a client's sync request also wait for those commits. So anything a client has received
 * is already durable.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  /** Resolves once the stored document is loaded; messages wait for it. */
  readonly ready: Promise<void>;
  private loaded = false;
  /** Each peer and the awareness client ids it speaks for (removed when it leaves). */
  private readonly peers = new Map<RoomPeer, PeerPresence>();
  /** Settles after every write queued so far; never rejects. */
  private lastWrite: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private updatesSinceCompaction = 0;
  /**
   * Counts folds. An append counts toward the log's length (`updatesSinceCompaction`,
   * `pendingInLog`) only if no fold happened since it started: a forced fold already covers
   * the appends in flight (they are in the doc it encodes).
   */
  private foldGeneration = 0;
  /** Appends in flight that started since the last fold. */
  private pendingInLog = 0;
  private lastCompactionAt = Date.now();
  private foldScheduled = false;
  private destroyed = false;
  /**
   * What a load would read back: the stored state plus the log. Kept as a running count
   * (each append adds its bytes, a fold replaces them by the merged state's) so the size check
   * never re-encodes the doc.
   */
  private storedBytes = 0;
  /** The storage write of the change the doc emitted last; `write` hands it to its caller. */
  private lastAppend: Promise<void> | undefined;
  private readonly encodedStates = new EncodedStates(this.doc);
  /** Settles when the upload running now (if any) is done; see `upload`. */
  private uploads: Promise<unknown> = Promise.resolve();
  /** The room's subscription to the other server processes; resolves before the load starts. */
  private readonly subscribed: Promise<RoomChannel>;
  private channel: RoomChannel | undefined;
  private readonly catchUp: RoomCatchUp;
  // Each room folds at a slightly different length, so rooms created together drift apart.
  private readonly foldAfter = COMPACT_AFTER_UPDATES + Math.floor(Math.random() * (COMPACT_AFTER_UPDATES / 2));

  constructor(
    readonly name: string,
    private readonly storage: DocStorage,
    private readonly log: RoomLog,
    private readonly limits: RoomLimits,
    relay: RoomRelay = embedded,
  ) {
    // The server itself is not present in the room.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.relayUpdate);
    this.awareness.on('update', this.relayAwareness);
    this.catchUp = new RoomCatchUp({
      whenReady: () => this.ready,
      shared: relay.shared,
      destroyed: () => this.destroyed,
      pendingBytes: () => pendingBytes(this.doc),
      readStored: () => this.storage.load(this.name),
      applyStored: (updates) => {
        this.applyStored(updates, RELAY_ORIGIN);
        // With none of this room's writes in flight, storage holds exactly what was just read:
        // the size count starts again from it, undoing the drift of relayed updates (counted as
        // they came) that another process has since folded into a smaller state.
        if (this.pendingWrites === 0) this.storedBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
      },
      warn: (message) => this.log.warn(`room ${this.name}: ${message}`),
    });
    // Subscribed before loading: whatever another process stores from now on is either read
    // by the load or heard from the relay (or both, which is harmless).
    this.subscribed = relay.subscribe(name, {
      update: (update) => this.fromRelay(() => {
        Y.applyUpdate(this.doc, update, RELAY_ORIGIN);
        this.catchUp.watchPending();
      }),
      awareness: (update) => this.fromRelay(() => applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN)),
      awarenessQuery: () => this.fromRelay(() => this.publishOwnAwareness()),
      catchUp: () => this.catchUp.request(),
    });
    this.ready = this.load();
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** The room's document size as the limit counts it: stored bytes plus held-back pieces. */
  get size(): number {
    return this.storedBytes + pendingBytes(this.doc);
  }

  /** How many more bytes of update the room takes before it is at its maximum size. */
  get bytesLeft(): number {
    return Math.max(0, this.limits.maxDocBytes - this.size);
  }

  join(peer: RoomPeer): void {
    const presence = new PeerPresence(
      { name: this.name, log: this.log, maxAwarenessBytes: this.limits.maxAwarenessBytes },
      this.limits.awarenessPerSecond,
      (update) => this.applyAwareness(peer, update),
    );
    this.peers.set(peer, presence);
    void this.ready.then(() => {
      if (!this.peers.has(peer)) return;
      peer.send(encodeSyncStep1(this.doc));
      const present = [...this.awareness.getStates().keys()];
      if (present.length > 0) peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, present)));
    });
  }

  /** Handles one frame from a peer; a malformed frame closes that peer only. */
  receive(peer: RoomPeer, frame: Uint8Array): void {
    if (!this.loaded) {
      // Frames that arrive while loading keep their order: each waits on the same promise.
      void this.ready.then(() => this.receive(peer, frame));
      return;
    }
    if (!this.peers.has(peer)) return;
    try {
      this.handle(peer, frame);
    } catch (error) {
      if (error instanceof DocTooLargeError) {
        this.log.warn(`room ${this.name}: closing a connection: ${error.message}`);
        peer.close(CLOSE_DOC_TOO_LARGE, DOC_TOO_LARGE_REASON);
        return;
      }
      const reason = error instanceof ProtocolError ? error.message : `bad message (${String(error)})`;
      this.log.warn(`room ${this.name}: closing a connection: ${reason}`);
      peer.close(CLOSE_PROTOCOL_ERROR, reason.slice(0, 120));
    }
  }

  leave(peer: RoomPeer): void {
    const entry = this.peers.get(peer);
    if (!entry) return;
    this.peers.delete(peer);
    entry.throttle.destroy();
    if (entry.clientIds.size > 0) removeAwarenessStates(this.awareness, [...entry.clientIds], LEAVE_ORIGIN);
  }

  /**
   * Applies a change the server makes itself (an AI suggestion streaming in). Like a client's
   * update it is stored before any client receives it; resolves once stored and relayed.
   */
  async change(fn: (doc: Y.Doc) => void): Promise<void> {
    await this.ready;
    this.doc.transact(() => fn(this.doc), SERVER_ORIGIN);
    await this.lastWrite;
  }

  /**
   * Receives one update over HTTP (a large board being published). `read` gets the body,
   * keeping at most the bytes it is given, or returns null once past them. Uploads to a room
   * run one at a time, so together they never hold more than the room may still take. The
   * update then takes the same path as a peer's: size check, storage, relay to every peer.
   * Resolves with its size once stored; throws DocTooLargeError past the size limit and
   * ProtocolError for an unreadable update, in both cases storing nothing.
   */
  upload(read: (bytesLeft: number) => Promise<Uint8Array | null>): Promise<number> {
    const done = this.uploads.then(async () => {
      await this.ready;
      const update = await read(this.bytesLeft);
      if (!update) throw new DocTooLargeError(`an upload passed the ${this.bytesLeft} bytes the room may still take`);
      await this.write(UPLOAD_ORIGIN, update);
      return update.byteLength;
    });
    this.uploads = done.catch(() => undefined);
    return done;
  }

  /**
   * The whole current state as one update, once every change applied so far is stored. The
   * bytes may be handed to other callers too: read them, never change them.
   */
  async encodeState(encoding: 'v1' | 'v2' = 'v1'): Promise<Uint8Array> {
    await this.ready;
    await this.lastWrite;
    return this.encodedStates.get(encoding);
  }

  /** Runs `read` on the doc in one go (no update applied meanwhile), once every change applied so far is stored. */
  async read<T>(read: (doc: Y.Doc) => T): Promise<T> {
    await this.ready;
    await this.lastWrite;
    return read(this.doc);
  }

  /** The current state vector, once every change applied so far is stored. */
  async encodeStateVector(): Promise<Uint8Array> {
    await this.ready;
    await this.lastWrite;
    return Y.encodeStateVector(this.doc);
  }

  /** Waits for queued writes, folds the log into one state, and frees the doc. */
  async unload(): Promise<void> {
    await this.lastWrite;
    this.destroyed = true;
    this.catchUp.stop();
    const unsubscribed = this.subscribed
      .then((channel) => channel.unsubscribe())
      .catch((error: unknown) => this.log.warn(`room ${this.name}: could not unsubscribe from the relay: ${String(error)}`));
    if (this.loaded && this.updatesSinceCompaction > 0) {
      await this.storage.compact(this.name, Y.encodeStateAsUpdate(this.doc));
    }
    await unsubscribed;
    for (const presence of this.peers.values()) presence.throttle.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private handle(peer: RoomPeer, frame: Uint8Array): void {
    const message = parseClientMessage(frame);
    switch (message.type) {
      case 'sync-step-1':
        // Answered after the writes queued before it, and with our own step 1 as well: our
        // state vector tells the client which of its changes are stored.
        void this.lastWrite.then(() => {
          if (!this.peers.has(peer)) return;
          peer.send(encodeSyncStep2(this.doc, message.stateVector));
          peer.send(encodeSyncStep1(this.doc));
        });
        return;
      case 'update':
        // Nothing to wait for here: a failed storage write closes this peer (`storeThenRelay`).
        if (peer.canWrite) void this.write(peer, message.update);
        return;
      case 'awareness': {
        const presence = this.peers.get(peer)!;
        if (presence.oversize(message.update) || !presence.claim(message.update, (id) => this.awareness.meta.has(id))) return;
        presence.throttle.offer(message.update);
        return;
      }
      case 'query-awareness':
        // Each answer encodes everyone's presence: a query costs one unit of the budget.
        if (!this.peers.get(peer)!.throttle.take()) return;
        peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
        return;
    }
  }

  /**
   * The one way a client's update enters the room, from a socket or over HTTP. Returns the
   * storage write of what it changed (which rejects if storage fails); the relay follows it.
   */
  private write(origin: RoomPeer | typeof UPLOAD_ORIGIN, update: Uint8Array): Promise<void> {
    if (isEmptyUpdate(update)) return Promise.resolve();
    // The update's own size bounds what it can add, so the check needs no trial apply.
    if (update.byteLength > this.bytesLeft) {
      throw new DocTooLargeError(
        `an update of ${update.byteLength} bytes would take the room past ${this.limits.maxDocBytes} bytes (it has ${this.size})`,
      );
    }
    // Read through once before applying: applying alone is no validation, since a delete set
    // cut short throws only after the structs before it were integrated (and emitted). What the
    // update changes comes back, synchronously, through `relayUpdate`.
    this.lastAppend = undefined;
    try {
      Y.decodeUpdate(update);
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      throw new ProtocolError(`unreadable update (${error instanceof Error ? error.message : String(error)})`);
    }
    this.catchUp.watchPending();
    const appended = this.lastAppend ?? Promise.resolve();
    this.lastAppend = undefined;
    return appended;
  }

  /**
   * Applies a peer's awareness update once its budget allows; a malformed one closes the peer.
   * Updates the throttle merged are checked against the size limit again: each part was under
   * it, the whole may not be.
   */
  private applyAwareness(peer: RoomPeer, update: Uint8Array): void {
    const presence = this.peers.get(peer);
    if (!presence || this.destroyed || presence.oversize(update)) return;
    try {
      applyAwarenessUpdate(this.awareness, update, peer);
    } catch (error) {
      this.log.warn(`room ${this.name}: closing a connection: unreadable awareness update (${String(error)})`);
      peer.close(CLOSE_PROTOCOL_ERROR, 'unreadable awareness update');
    }
  }

  /** The stored log's length as far as the room knows: committed appends and those in flight. */
  private get logLength(): number {
    return this.updatesSinceCompaction + this.pendingInLog;
  }

  private compactWhenDue(): void {
    if (this.foldScheduled || this.logLength === 0) return;
    const now = Date.now();
    const dueAfter = Math.min(this.foldAfter, this.limits.maxLogUpdates);
    if (this.logLength < dueAfter && now - this.lastCompactionAt < COMPACT_AFTER_MS) return;
    this.foldScheduled = true;
    scheduleFold(() => {
      this.foldScheduled = false;
      if (this.destroyed) return;
      // A fold waits for a moment with nothing waiting to be stored, when the doc equals what
      // is stored. Under a steady stream of writes that moment may never come, so at
      // maxLogUpdates the log is folded anyway: the doc then holds more than the log (the
      // writes in flight), and storage writes those before it replaces the log (DocStorage).
      const forced = this.logLength >= this.limits.maxLogUpdates;
      if (this.pendingWrites > 0 && !forced) return;
      this.updatesSinceCompaction = 0;
      this.pendingInLog = 0;
      this.foldGeneration++;
      this.lastCompactionAt = Date.now();
      const state = Y.encodeStateAsUpdate(this.doc);
      const replaced = this.storedBytes;
      this.storage.compact(this.name, state).then(
        // Appends made while the fold was written stay counted on top of the merged state.
        () => {
          this.storedBytes += state.byteLength - replaced;
        },
        (error: unknown) => {
          this.log.warn(`room ${this.name}: compaction failed (the log is kept): ${String(error)}`);
        },
      );
    });
  }

  private async load(): Promise<void> {
    this.channel = await this.subscribed;
    const updates = await this.storage.load(this.name);
    this.applyStored(updates, LOAD_ORIGIN);
    this.updatesSinceCompaction = updates.length > 1 ? updates.length : 0;
    this.storedBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    this.loaded = true;
    // Clients on other processes are present already; asked for, they show up at once.
    this.channel.queryAwareness();
    // A log stored past the limit (the setting was lowered) is folded now, not at the next write.
    if (this.updatesSinceCompaction >= this.limits.maxLogUpdates) this.compactWhenDue();
  }

  /** Applies updates read from storage in one transaction, skipping (and logging) unreadable ones. */
  private applyStored(updates: Uint8Array[], origin: typeof LOAD_ORIGIN | typeof RELAY_ORIGIN): void {
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update, origin);
        } catch (error) {
          this.log.warn(`room ${this.name}: skipped an unreadable stored update: ${String(error)}`);
        }
      }
    }, origin);
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN) return;
    if (origin === RELAY_ORIGIN) {
      // Stored already (by another process): not again. Counted, so the size limit still
      // sees what a load would read back, give or take that process's folds.
      this.storedBytes += update.byteLength;
      this.broadcast(encodeUpdate(update), undefined);
      return;
    }
    this.storeThenRelay(update, origin);
  };

  /** Applies what the relay brought once the room is loaded (in arrival order); nothing once unloaded. */
  private fromRelay(apply: () => void): void {
    if (this.destroyed) return;
    if (!this.loaded) {
      void this.ready.then(() => this.fromRelay(apply), () => undefined);
      return;
    }
    try {
      apply();
    } catch (error) {
      this.log.warn(`room ${this.name}: skipped an unreadable relayed message: ${String(error)}`);
    }
  }

  /** Publishes the awareness states of this process's own clients (asked for by another process). */
  private publishOwnAwareness(): void {
    const ids: number[] = [];
    for (const entry of this.peers.values()) for (const id of entry.clientIds) if (this.awareness.states.has(id)) ids.push(id);
    if (ids.length > 0) this.channel?.publishAwareness(encodeAwarenessUpdate(this.awareness, ids));
  }

  /** The change is in the room's doc already; clients get it once it is stored. */
  private storeThenRelay(update: Uint8Array, origin: unknown): void {
    const generation = this.foldGeneration;
    this.pendingWrites++;
    this.pendingInLog++;
    // Counted now, not on commit, so a write arriving meanwhile is checked against it.
    this.storedBytes += update.byteLength;
    const appended = this.storage.append(this.name, update);
    this.lastAppend = appended;
    // Checked on arrival too: under a stream of writes, commits lag and the log grows meanwhile.
    if (this.logLength >= this.limits.maxLogUpdates) this.compactWhenDue();
    this.lastWrite = appended.then(
      () => {
        this.pendingWrites--;
        if (generation === this.foldGeneration) {
          this.pendingInLog--;
          this.updatesSinceCompaction++;
        }
        this.broadcast(encodeUpdate(update), origin);
        // Published only once stored: another process never holds what storage lacks.
        this.channel?.publishUpdate(update);
        this.compactWhenDue();
      },
      (error: unknown) => {
        this.pendingWrites--;
        if (generation === this.foldGeneration) this.pendingInLog--;
        this.log.warn(`room ${this.name}: could not store an update: ${String(error)}`);
        // Not stored, so not relayed; the sender keeps it and sends it again on reconnect.
        if (this.peers.has(origin as RoomPeer)) (origin as RoomPeer).close(CLOSE_STORAGE_FAILED, 'the server could not store the change');
      },
    );
  }

  private broadcast(frame: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) if (peer !== except) peer.send(frame);
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const owned = this.peers.get(origin as RoomPeer)?.clientIds;
    if (owned) {
      for (const id of added) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    const update = encodeAwarenessUpdate(this.awareness, changed);
    // Sent to the sender too: a client alone in a room otherwise hears nothing and its
    // provider, thinking the socket dead, reconnects every 30 s.
    const frame = encodeAwareness(update);
    for (const peer of this.peers.keys()) peer.send(frame);
    // Only this process's own clients go out: not what came from the relay, and not states
    // timed out here (each process times out the states it holds on its own).
    if (owned || origin === LEAVE_ORIGIN) this.channel?.publishAwareness(update);
  };
}
