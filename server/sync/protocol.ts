import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** The y-websocket message types (the first varUint of every frame). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** y-protocols sync sub-types. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** A frame as the room understands it; anything else is a protocol error. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Reads one client frame completely and checks what it carries, so a malformed frame is
 * refused before it can reach the doc or storage.
 */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const messageType = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (messageType === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC_STEP_1) {
        Y.decodeStateVector(payload);
        message = { type: 'sync-step-1', stateVector: payload };
      } else if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE) {
        // The update itself is checked by Room.write, before it is applied.
        message = { type: 'update', update: payload };
      } else {
        throw new ProtocolError(`unknown sync message type ${syncType}`);
      }
    } else if (messageType === MESSAGE_AWARENESS) {
      message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    } else if (messageType === MESSAGE_QUERY_AWARENESS) {
      message = { type: 'query-awareness' };
    } else {
      throw new ProtocolError(`unknown message type ${messageType}`);
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message');
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`unreadable frame (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** An update that carries nothing: no structs and no deletions. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_STEP_1, Y.encodeStateVector(doc));
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_STEP_2, Y.encodeStateAsUpdate(doc, stateVector));
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_UPDATE, update);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function frame(messageType: number, syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
