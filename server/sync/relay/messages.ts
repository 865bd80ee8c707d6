import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What a room message carries. */
export const MESSAGE_UPDATE = 0;
export const MESSAGE_AWARENESS = 1;
/** "I could not publish something": every receiver catches up from storage. No payload. */
export const MESSAGE_RESYNC = 2;
/** "Who is here?": every receiver publishes its own clients' awareness states. No payload. */
export const MESSAGE_AWARENESS_QUERY = 3;

export type MessageKind =
  | typeof MESSAGE_UPDATE | typeof MESSAGE_AWARENESS | typeof MESSAGE_RESYNC | typeof MESSAGE_AWARENESS_QUERY;

/**
 * One message on a room's channel. `sender` is the publishing process (random per process),
 * `epoch` its subscription to the room (a room unloaded and loaded again starts a new one),
 * `seq` counts that subscription's messages from 1 with no holes, so a receiver can tell
 * when it missed one.
 */
export interface RoomMessage {
  kind: MessageKind;
  sender: string;
  epoch: number;
  seq: number;
  payload: Uint8Array;
}

export function encodeRoomMessage(message: RoomMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, message.kind);
  encoding.writeVarString(encoder, message.sender);
  encoding.writeVarUint(encoder, message.epoch);
  encoding.writeVarUint(encoder, message.seq);
  encoding.writeVarUint8Array(encoder, message.payload);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The message, its payload copied out of `bytes`; throws on anything malformed. */
export function decodeRoomMessage(bytes: Uint8Array): RoomMessage {
  const decoder = decoding.createDecoder(bytes);
  const kind = decoding.readVarUint(decoder);
  if (kind !== MESSAGE_UPDATE && kind !== MESSAGE_AWARENESS && kind !== MESSAGE_RESYNC && kind !== MESSAGE_AWARENESS_QUERY) {
    throw new Error(`unknown relay message kind ${kind}`);
  }
  const sender = decoding.readVarString(decoder);
  const epoch = decoding.readVarUint(decoder);
  const seq = decoding.readVarUint(decoder);
  const payload = new Uint8Array(decoding.readVarUint8Array(decoder));
  return { kind, sender, epoch, seq, payload };
}
