import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { keepJustStored, takeJustStored } from './justStored';

const docs = () => ({ board: new Y.Doc(), notes: null, boardSeq: 3, notesSeq: 0 });

describe('docs of a board just stored', () => {
  afterEach(() => vi.useRealTimers());

  it('are handed over once, to an open of that board only', () => {
    const kept = docs();
    keepJustStored('a', kept);
    expect(takeJustStored('b')).toBeNull();
    expect(takeJustStored('a')).toBe(kept);
    expect(takeJustStored('a')).toBeNull();
  });

  it('keeps only the latest board, and lets it go when it is not opened soon', () => {
    vi.useFakeTimers();
    keepJustStored('a', docs());
    keepJustStored('b', docs());
    expect(takeJustStored('a')).toBeNull();
    vi.advanceTimersByTime(31_000);
    expect(takeJustStored('b')).toBeNull();
  });
});
