import { describe, expect, it } from 'vitest';
import { commonValue } from './mixed';

const shots = [
  { size: 'CU', durationMs: 3000 },
  { size: 'CU', durationMs: 4500 },
];

describe('commonValue', () => {
  it('returns the shared value', () => {
    expect(commonValue(shots, (s) => s.size)).toEqual({ mixed: false, value: 'CU' });
  });

  it('flags differing values as mixed', () => {
    expect(commonValue(shots, (s) => s.durationMs)).toEqual({ mixed: true });
  });

  it('treats null as a value of its own', () => {
    expect(commonValue([{ v: null }, { v: 'x' }], (s) => s.v)).toEqual({ mixed: true });
    expect(commonValue([{ v: null }, { v: null }], (s) => s.v)).toEqual({ mixed: false, value: null });
  });

  it('is not mixed for an empty list', () => {
    expect(commonValue([], () => 1)).toEqual({ mixed: false, value: undefined });
  });
});
