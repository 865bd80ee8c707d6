import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { setText } from './text';
import { replicaOf, sync } from './testing/newBoard';

function textIn(doc: Y.Doc, initial = ''): Y.Text {
  const text = doc.getText('t');
  if (initial) text.insert(0, initial);
  return text;
}

/** The delta a change produces: proves the edit touched only what changed. */
function deltaOf(text: Y.Text, change: () => void): unknown[] {
  let delta: unknown[] = [];
  const observer = (event: Y.YTextEvent) => {
    delta = event.delta;
  };
  text.observe(observer);
  change();
  text.unobserve(observer);
  return delta;
}

describe('setText', () => {
  it('replaces only the changed middle', () => {
    const text = textIn(new Y.Doc(), 'The rain falls on the canal.');
    const delta = deltaOf(text, () => setText(text, 'The rain hammers on the canal.'));
    expect(text.toString()).toBe('The rain hammers on the canal.');
    // "fall|s" and "hammer|s" share the trailing s, which stays.
    expect(delta).toEqual([{ retain: 9 }, { delete: 4 }, { insert: 'hammer' }]);
  });

  it('handles appends, prefix deletes, clearing and no change', () => {
    const text = textIn(new Y.Doc(), 'abc');
    expect(deltaOf(text, () => setText(text, 'abcdef'))).toEqual([{ retain: 3 }, { insert: 'def' }]);
    expect(deltaOf(text, () => setText(text, 'def'))).toEqual([{ delete: 3 }]);
    expect(deltaOf(text, () => setText(text, 'def'))).toEqual([]);
    setText(text, '');
    expect(text.toString()).toBe('');
  });

  it('keeps repeated characters as a single insertion', () => {
    const text = textIn(new Y.Doc(), 'aaa');
    expect(deltaOf(text, () => setText(text, 'aaaa'))).toEqual([{ retain: 3 }, { insert: 'a' }]);
  });

  it('never splits an astral character between the kept and the changed part', () => {
    const text = textIn(new Y.Doc(), 'go 😀 now');
    const delta = deltaOf(text, () => setText(text, 'go 😁 now'));
    expect(text.toString()).toBe('go 😁 now');
    expect(delta).toEqual([{ retain: 3 }, { delete: 2 }, { insert: '😁' }]);
  });

  it('handles Chinese text', () => {
    const text = textIn(new Y.Doc(), '运河上的雨。');
    setText(text, '运河上的大雨。');
    expect(text.toString()).toBe('运河上的大雨。');
  });

  it('merges concurrent typing in the same text', () => {
    const a = new Y.Doc();
    textIn(a, 'She slaps him.');
    const b = replicaOf(a);
    setText(a.getText('t'), 'Lin Yue stands. She slaps him.');
    setText(b.getText('t'), 'She slaps him. The dock freezes.');
    sync(a, b);
    expect(a.getText('t').toString()).toBe('Lin Yue stands. She slaps him. The dock freezes.');
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
  });
});
