import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeUpdate, isEmptyUpdate, parseClientMessage, ProtocolError } from './protocol';

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('parseClientMessage', () => {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', 'Hook');

  it('reads what a y-websocket client sends', () => {
    const step1 = parseClientMessage(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)));
    expect(step1.type).toBe('sync-step-1');
    const update = Y.encodeStateAsUpdate(doc);
    expect(parseClientMessage(encodeUpdate(update))).toEqual({ type: 'update', update });
    expect(parseClientMessage(syncFrame((e) => syncProtocol.writeSyncStep2(e, doc)))).toMatchObject({ type: 'update' });
    expect(parseClientMessage(new Uint8Array([3]))).toEqual({ type: 'query-awareness' });
  });

  it.each([
    ['an empty frame', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([9, 0])],
    ['an auth message, which clients never send', new Uint8Array([2, 0])],
    ['an unknown sync type', new Uint8Array([0, 7, 0])],
    ['a frame cut inside its update', encodeUpdate(Y.encodeStateAsUpdate(doc)).slice(0, 6)],
    ['trailing bytes', new Uint8Array([...encodeUpdate(new Uint8Array([0, 0])), 1])],
  ])('refuses %s', (_name, frame) => {
    expect(() => parseClientMessage(frame)).toThrow(ProtocolError);
  });

  it('recognises an update that carries nothing', () => {
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))).toBe(true);
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(false);
  });
});
