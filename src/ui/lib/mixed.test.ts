import { describe, expect, it } from 'vitest';
import { commonValue, mixedChoice, mixedText } from './mixed';

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

describe('mixedText and mixedChoice', () => {
  it('show the shared value, or nothing while mixed', () => {
    expect(mixedText({ mixed: false, value: 'Rain' })).toEqual({ value: 'Rain', mixed: false });
    expect(mixedText({ mixed: false, value: undefined })).toEqual({ value: '', mixed: false });
    expect(mixedText({ mixed: true })).toEqual({ value: '', mixed: true });
    expect(mixedChoice({ mixed: false, value: 'CU' })).toEqual({ value: 'CU', mixed: false });
    expect(mixedChoice({ mixed: false, value: undefined })).toEqual({ value: null, mixed: false });
    expect(mixedChoice({ mixed: true })).toEqual({ value: null, mixed: true });
  });
});
