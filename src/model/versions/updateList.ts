import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * A version's doc sent as several Yjs updates to apply in order (docs/server-api.md
 * "Versions"): each update as a lib0 var-uint length and its bytes, one after the other.
 */
export const UPDATE_LIST_TYPE = 'application/vnd.beatboard.yjs-updates';

export function encodeUpdateList(updates: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The updates of a list; throws on a truncated one. */
export function decodeUpdateList(bytes: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(bytes);
  const updates: Uint8Array[] = [];
  while (decoding.hasContent(decoder)) {
    const length = decoding.readVarUint(decoder);
    if (length > bytes.byteLength - decoder.pos) throw new Error('The list of updates is cut short.');
    updates.push(decoding.readUint8Array(decoder, length));
  }
  return updates;
}

/** Whether an Accept header asks for a list of updates. */
export function acceptsUpdateList(accept: string | undefined): boolean {
  return accept?.split(',').some((type) => type.split(';', 1)[0]!.trim().toLowerCase() === UPDATE_LIST_TYPE) ?? false;
}
