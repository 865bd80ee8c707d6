import { describe, expect, it } from 'vitest';
import { clampIndex, compareByOrder, keyBetween, planPlacement, type OrderEntry } from './order';

const sorted = (entries: OrderEntry[]) => [...entries].sort(compareByOrder);

/** Applies a placement the way the commands do and returns the ids in their new order. */
function place(siblings: OrderEntry[], index: number, ids: string[]): string[] {
  const { keys, rekeyed } = planPlacement(siblings, index, ids.length);
  const changed = new Map(rekeyed.map((entry) => [entry.id, entry.order]));
  const all = siblings.map((s) => ({ id: s.id, order: changed.get(s.id) ?? s.order }));
  ids.forEach((id, i) => all.push({ id, order: keys[i] }));
  return sorted(all).map((entry) => entry.id);
}

describe('order keys', () => {
  it('sorts by key and breaks ties by id, by code unit rather than locale', () => {
    const entries = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'Zz' },
      { id: 'd', order: 'a0' },
    ];
    expect(sorted(entries).map((e) => e.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('finds a key between two keys', () => {
    const key = keyBetween('a0', 'a1');
    expect(key > 'a0' && key < 'a1').toBe(true);
  });

  it('places items at the start, middle and end of a list', () => {
    const siblings = [
      { id: 'x', order: 'a0' },
      { id: 'y', order: 'a1' },
    ];
    expect(place(siblings, 0, ['n'])).toEqual(['n', 'x', 'y']);
    expect(place(siblings, 1, ['n', 'm'])).toEqual(['x', 'n', 'm', 'y']);
    expect(place(siblings, 2, ['n'])).toEqual(['x', 'y', 'n']);
    expect(place(siblings, 99, ['n'])).toEqual(['x', 'y', 'n']);
    expect(place([], 0, ['n', 'm'])).toEqual(['n', 'm']);
  });

  it('does not touch siblings when their keys are distinct', () => {
    const { rekeyed } = planPlacement([{ id: 'x', order: 'a0' }, { id: 'y', order: 'a1' }], 1, 3);
    expect(rekeyed).toEqual([]);
  });

  it('places between siblings that share a key by re-keying only the tied run', () => {
    // Two peers appended at the same moment and got the same key.
    const siblings = sorted([
      { id: 'first', order: 'a0' },
      { id: 'p', order: 'a1' },
      { id: 'q', order: 'a1' },
      { id: 'last', order: 'a2' },
    ]);
    const { rekeyed } = planPlacement(siblings, 2, 1);
    expect(rekeyed.map((e) => e.id)).toEqual(['q']);
    expect(place(siblings, 2, ['n'])).toEqual(['first', 'p', 'n', 'q', 'last']);
  });

  it('re-keys the whole list when a stored key is unreadable', () => {
    const siblings = sorted([
      { id: 'bad', order: '' },
      { id: 'x', order: 'a0' },
      { id: 'worse', order: 'not a key' },
    ]);
    expect(place(siblings, 1, ['n'])).toEqual(['bad', 'n', 'x', 'worse']);
    expect(planPlacement(siblings, 1, 1).rekeyed.length).toBeGreaterThan(0);
  });

  it('clamps positions', () => {
    expect(clampIndex(-3, 4)).toBe(0);
    expect(clampIndex(2.7, 4)).toBe(2);
    expect(clampIndex(Number.NaN, 4)).toBe(4);
    expect(clampIndex(Number.POSITIVE_INFINITY, 4)).toBe(4);
  });
});
