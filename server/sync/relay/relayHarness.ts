import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DocStorage } from '../../storage/docStorage';
import { encodeAwareness, encodeSyncStep1, encodeUpdate, MESSAGE_AWARENESS, MESSAGE_SYNC } from '../protocol';
import type { Room } from '../room';
import type { RoomPeer } from '../roomContract';
import { Rooms } from '../rooms';
import { RedisRelay } from './redisRelay';

const quiet = { warn: () => undefined };
const limits = {
  graceMs: 50, maxDocBytes: 1 << 30, maxLogUpdates: 10_000, maxAwarenessBytes: 16 * 1024, awarenessPerSecond: 1000,
};

/** One server process as the relay tests see it: its rooms, its relay, and what it published. */
export interface TestProcess {
  relay: RedisRelay;
  rooms: Rooms;
  /** Messages this process published on room channels. */
  published(): number;
  /** Drops the next publish on a room channel without sending it (a message lost on the way). */
  dropNextPublish(): void;
  close(): Promise<void>;
}

export async function startProcess(url: string, storage: DocStorage): Promise<TestProcess> {
  const relay = new RedisRelay(url, quiet);
  const rooms = new Rooms(storage, limits, quiet, {}, relay);
  let published = 0;
  let dropNext = false;
  const publish = relay.commands.publish.bind(relay.commands) as (channel: string, message: Buffer) => Promise<number>;
  (relay.commands as unknown as { publish: typeof publish }).publish = (channel, message) => {
    if (!channel.startsWith('beatboard:room:')) return publish(channel, message);
    published++;
    if (dropNext) {
      dropNext = false;
      return Promise.resolve(0);
    }
    return publish(channel, message);
  };
  await eventually(() => relay.ping().then(() => true, () => false), 5000, 'the relay did not connect');
  return {
    relay,
    rooms,
    published: () => published,
    dropNextPublish: () => {
      dropNext = true;
    },
    async close() {
      await rooms.unloadAll();
      await relay.close();
    },
  };
}

/**
 * A client as y-websocket would be, wired straight to a room (no socket): it answers the
 * sync protocol, sends its doc and awareness changes, and applies what the room sends.
 */
export class FakeClient {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peer: RoomPeer;
  room!: Room;
  /** Update and awareness frames this client sent. */
  sent = 0;

  constructor(
    private readonly rooms: Rooms,
    private readonly roomName: string,
  ) {
    this.peer = { canWrite: true, send: (frame) => queueMicrotask(() => this.onFrame(frame)), close: () => undefined };
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      this.sent++;
      this.room?.receive(this.peer, encodeUpdate(update));
    });
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === this) return;
      this.sent++;
      this.room?.receive(this.peer, encodeAwareness(encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed])));
    });
  }

  async connect(): Promise<this> {
    this.room = await this.rooms.join(this.roomName, this.peer);
    await this.room.ready;
    this.room.receive(this.peer, encodeSyncStep1(this.doc));
    return this;
  }

  leave(): void {
    this.rooms.leave(this.room, this.peer);
    this.awareness.destroy();
  }

  private onFrame(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) this.room.receive(this.peer, encoding.toUint8Array(encoder));
    } else if (type === MESSAGE_AWARENESS) {
      applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The test docs' contents: their `map` and `list`, read from a copy (reading defines the types). */
function contents(doc: Y.Doc): string {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const text = JSON.stringify([copy.getMap('map').toJSON(), copy.getArray('list').toJSON()]);
  copy.destroy();
  return text;
}

/** True when every doc holds the same state: the same state vector, nothing pending, the same contents. */
export function converged(docs: Y.Doc[]): boolean {
  const first = docs[0]!;
  const vector = Buffer.from(Y.encodeStateVector(first));
  const text = contents(first);
  return docs.every(
    (doc) =>
      !doc.store.pendingStructs && !doc.store.pendingDs &&
      Buffer.from(Y.encodeStateVector(doc)).equals(vector) && contents(doc) === text,
  );
}
