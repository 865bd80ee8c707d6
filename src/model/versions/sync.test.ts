import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { samePlain, syncYArray, syncYMap } from './sync';

/** A doc with one root map `m` holding `fill`'s content. */
function docWith(fill: (root: Y.Map<unknown>) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => fill(doc.getMap('m')));
  return doc;
}

/** The array deltas a sync of `m.list` writes. */
function listDeltas(target: Y.Doc, source: Y.Doc): unknown[] {
  const list = target.getMap('m').get('list') as Y.Array<unknown>;
  const deltas: unknown[] = [];
  list.observe((event) => deltas.push(event.changes.delta));
  target.transact(() => syncYArray(list, source.getMap('m').get('list') as Y.Array<unknown>));
  return deltas;
}

const listOf = (items: unknown[]) => docWith((root) => {
  const list = new Y.Array<unknown>();
  root.set('list', list);
  list.push(items);
});
const stroke = (id: string, color = '#000000') => ({ id, tool: 'pen', color, width: 0.01, path: new Uint8Array([0, 1, 2, 3]) });

describe('syncYArray', () => {
  it('syncs id lists by id: deletes what the source lacks, inserts what it has at its place, keeps the rest', () => {
    const target = listOf([stroke('a'), stroke('x'), stroke('c')]);
    const source = listOf([stroke('a'), stroke('b'), stroke('c'), stroke('d')]);
    expect(listDeltas(target, source)).toEqual([[{ retain: 1 }, { insert: [stroke('b')] }, { delete: 1 }, { retain: 1 }, { insert: [stroke('d')] }]]);
    expect(target.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
  });

  it('replaces a stroke whose content differs under the same id, and a later copy of an id', () => {
    const target = listOf([stroke('a', '#ff0000'), stroke('b'), stroke('b')]);
    const source = listOf([stroke('a'), stroke('b')]);
    listDeltas(target, source);
    expect(target.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
  });

  it('puts reordered strokes back in the source order', () => {
    const target = listOf([stroke('c'), stroke('a'), stroke('b')]);
    const source = listOf([stroke('a'), stroke('b'), stroke('c')]);
    listDeltas(target, source);
    expect(target.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
  });

  it('syncs other plain lists by keeping their common start and end', () => {
    const target = listOf([{ text: 'one' }, { text: 'two' }, { text: 'three' }]);
    const source = listOf([{ text: 'one' }, { text: 'deux' }, { text: 'three' }]);
    expect(listDeltas(target, source)).toEqual([[{ retain: 1 }, { insert: [{ text: 'deux' }] }, { delete: 1 }]]);
  });

  it('syncs lists of shared types position by position, editing each in place', () => {
    const lineMap = (text: string) => {
      const map = new Y.Map<unknown>();
      map.set('line', new Y.Text(text));
      return map;
    };
    const target = listOf([lineMap('Hello'), lineMap('Extra')]);
    const source = listOf([lineMap('Hello there')]);
    const first = (target.getMap('m').get('list') as Y.Array<Y.Map<unknown>>).get(0);
    listDeltas(target, source);
    const list = target.getMap('m').get('list') as Y.Array<Y.Map<unknown>>;
    expect(list.length).toBe(1);
    expect(list.get(0)).toBe(first);
    expect(list.get(0).get('line')!.toString()).toBe('Hello there');
  });
});

describe('syncYMap', () => {
  it('deletes, sets and deep-copies into fresh shared types, and skips what it is told to', () => {
    const source = docWith((root) => {
      const record = new Y.Map<unknown>();
      root.set('record', record);
      record.set('text', new Y.Text('words'));
      record.set('list', Y.Array.from([1, 2]));
      root.set('plain', { nested: [1, { bytes: new Uint8Array([7]) }] });
      root.set('kept', 'source');
    });
    const target = docWith((root) => {
      root.set('gone', true);
      root.set('kept', 'target');
      root.set('record', 'not a map');
    });
    target.transact(() => syncYMap(target.getMap('m'), source.getMap('m'), { skip: new Set(['kept']) }));
    const root = target.getMap('m');
    expect([...root.keys()].sort()).toEqual(['kept', 'plain', 'record']);
    expect(root.get('kept')).toBe('target');
    expect((root.get('record') as Y.Map<unknown>).toJSON()).toEqual({ text: 'words', list: [1, 2] });
    expect(root.get('record')).not.toBe(source.getMap('m').get('record'));
    expect(samePlain(root.get('plain'), source.getMap('m').get('plain'))).toBe(true);
  });
});

describe('copies', () => {
  it('copy only the bytes of a stroke path, not the whole update a loaded doc reads it from', () => {
    // A doc loaded from an update hands out byte arrays that are views into that update.
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(listOf([stroke('a'), { big: 'x'.repeat(10_000) }])));
    const sourcePath = ((loaded.getMap('m').get('list') as Y.Array<{ path: Uint8Array }>).get(0)).path;
    expect(sourcePath.buffer.byteLength).toBeGreaterThan(10_000);

    const target = listOf([]);
    target.transact(() => syncYArray(target.getMap('m').get('list') as Y.Array<unknown>, loaded.getMap('m').get('list') as Y.Array<unknown>));
    const copied = ((target.getMap('m').get('list') as Y.Array<{ path: Uint8Array }>).get(0)).path;
    expect(copied).toEqual(sourcePath);
    expect(copied.buffer.byteLength).toBe(copied.length);
  });
});

describe('samePlain', () => {
  it('compares plain values deeply, bytes included', () => {
    expect(samePlain({ a: [1, new Uint8Array([1, 2])] }, { a: [1, new Uint8Array([1, 2])] })).toBe(true);
    expect(samePlain(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(samePlain({ a: 1 }, { b: 1 })).toBe(false);
    expect(samePlain([1], { 0: 1 })).toBe(false);
    expect(samePlain(null, {})).toBe(false);
  });
});
