import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { RoomTarget } from './workerMessages';

// A load-generator client that speaks the y-websocket sync protocol itself, as a browser's
// provider would, but keeps no copy of the room: it sends its own edits from a small doc of
// its own and reads, of every update it receives, only which edit it is. A y-websocket client
// applies every update of its room to a full doc, and a thousand of them spent more of the
// machine than the server they were measuring.

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** An edit as the protocol names it: its author's Yjs client id and the clock of its item. */
export const editKey = (client: number, clock: number) => `${client}:${clock}`;

/**
 * The first edit an update carries: its first client's id and first clock (a Yjs update starts
 * with the count of clients, then for the first one its count of structs, id and clock).
 */
export function firstEditOf(update: Uint8Array): string | null {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  decoding.readVarUint(decoder); // structs of that client
  const client = decoding.readVarUint(decoder);
  return editKey(client, decoding.readVarUint(decoder));
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export class ProtocolClient {
  private readonly doc = new Y.Doc();
  private readonly socket: WebSocket;
  private sent = 0;
  synced = false;

  /**
   * `onEdit` hears every other client's edit that arrives, by editKey; `sentAt` is where this
   * client notes when it made each of its own (shared by every client of the process).
   */
  constructor(target: RoomTarget, onEdit: (key: string) => void, private readonly sentAt: Map<string, number>) {
    const query = target.token ? `?token=${encodeURIComponent(target.token)}` : '';
    this.socket = new WebSocket(`${target.url}/${target.room}${query}`);
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('open', () => this.socket.send(syncFrame(SYNC_STEP_1, Y.encodeStateVector(this.doc))));
    this.socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness: not measured
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP_1) {
        this.socket.send(syncFrame(SYNC_STEP_2, Y.encodeStateAsUpdate(this.doc, payload)));
      } else if (step === SYNC_STEP_2) {
        this.synced = true;
      } else if (step === SYNC_UPDATE) {
        const key = firstEditOf(payload);
        if (key !== null) onEdit(key);
      }
    });
    this.doc.on('update', (update: Uint8Array) => {
      if (this.socket.readyState === WebSocket.OPEN) this.socket.send(syncFrame(SYNC_UPDATE, update));
    });
  }

  get editsMade(): number {
    return this.sent;
  }

  /** One edit: this client's entry of the room's map, set anew. */
  edit(index: number): void {
    this.sent++;
    // The item this set makes gets the doc's next clock.
    this.sentAt.set(editKey(this.doc.clientID, Y.getState(this.doc.store, this.doc.clientID)), performance.now());
    this.doc.getMap('edits').set(String(index), { n: this.sent });
  }

  close(): void {
    this.socket.close();
    this.doc.destroy();
  }
}
