import { describe, expect, it } from 'vitest';
import { rebaseCaret } from './caret';

describe('rebaseCaret', () => {
  it('keeps a caret before an insertion', () => {
    expect(rebaseCaret('hello world', 'hello big world', 3)).toBe(3);
  });

  it('shifts a caret after an insertion', () => {
    expect(rebaseCaret('hello world', 'hello big world', 9)).toBe(13);
  });

  it('shifts a caret after a deletion', () => {
    expect(rebaseCaret('hello big world', 'hello world', 15)).toBe(11);
  });

  it('moves a caret inside replaced text to the end of the replacement', () => {
    expect(rebaseCaret('the cat sat', 'the dog sat', 6)).toBe(7);
  });

  it('handles unchanged text and the ends', () => {
    expect(rebaseCaret('abc', 'abc', 2)).toBe(2);
    expect(rebaseCaret('', 'abc', 0)).toBe(0);
    expect(rebaseCaret('abc', '', 3)).toBe(0);
  });

  it('works with Chinese text', () => {
    expect(rebaseCaret('林悦站起来', '林悦慢慢站起来', 5)).toBe(7);
  });
});
