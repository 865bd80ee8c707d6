import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isCoveredBy } from './savedState';

describe('isCoveredBy', () => {
  it('is true only when the server has every change of every client we know', () => {
    const mine = new Y.Doc();
    const server = new Y.Doc();
    mine.getMap('m').set('a', 1);
    const vector = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(isCoveredBy(vector(mine), vector(server))).toBe(false);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(mine));
    expect(isCoveredBy(vector(mine), vector(server))).toBe(true);
    // The server knowing more (others' edits we have not seen yet) is still "saved".
    server.getMap('m').set('b', 2);
    expect(isCoveredBy(vector(mine), vector(server))).toBe(true);
    mine.getMap('m').set('c', 3);
    expect(isCoveredBy(vector(mine), vector(server))).toBe(false);
  });
});
