import { describe, expect, it } from 'vitest';
import { formatSeconds, parseDurationSeconds, parseTargetSeconds } from './duration';

describe('parseDurationSeconds', () => {
  it('reads whole and decimal seconds', () => {
    expect(parseDurationSeconds('4')).toEqual({ ok: true, ms: 4000 });
    expect(parseDurationSeconds('4.5')).toEqual({ ok: true, ms: 4500 });
    expect(parseDurationSeconds('.5')).toEqual({ ok: true, ms: 500 });
    expect(parseDurationSeconds('0')).toEqual({ ok: true, ms: 0 });
  });

  it('tolerates spaces, a decimal comma and a unit', () => {
    expect(parseDurationSeconds(' 4,5 ')).toEqual({ ok: true, ms: 4500 });
    expect(parseDurationSeconds('3s')).toEqual({ ok: true, ms: 3000 });
    expect(parseDurationSeconds('2.5 sec')).toEqual({ ok: true, ms: 2500 });
    expect(parseDurationSeconds('6秒')).toEqual({ ok: true, ms: 6000 });
  });

  it('rejects negative numbers', () => {
    expect(parseDurationSeconds('-1')).toEqual({ ok: false, error: 'negative' });
    expect(parseDurationSeconds('-0.5')).toEqual({ ok: false, error: 'negative' });
  });

  it('rejects text that is not a plain number', () => {
    for (const bad of ['abc', '4a', '1e3', '0x10', '4..5', 'NaN', 'Infinity', '--1']) {
      expect(parseDurationSeconds(bad)).toEqual({ ok: false, error: 'notNumber' });
    }
  });

  it('tells empty input apart', () => {
    expect(parseDurationSeconds('   ')).toEqual({ ok: false, error: 'empty' });
  });

  it('rejects absurdly long shots', () => {
    expect(parseDurationSeconds('4000')).toEqual({ ok: false, error: 'tooLong' });
  });
});

describe('formatSeconds', () => {
  it('prints the shortest form', () => {
    expect(formatSeconds(4000)).toBe('4');
    expect(formatSeconds(4500)).toBe('4.5');
    expect(formatSeconds(0)).toBe('0');
  });

  it('round-trips through the parser', () => {
    for (const ms of [0, 250, 1000, 4500, 12345]) {
      expect(parseDurationSeconds(formatSeconds(ms))).toEqual({ ok: true, ms });
    }
  });
});

describe('parseTargetSeconds', () => {
  it('rounds to whole seconds and allows long targets', () => {
    expect(parseTargetSeconds('90')).toEqual({ ok: true, seconds: 90 });
    expect(parseTargetSeconds('89.6')).toEqual({ ok: true, seconds: 90 });
    expect(parseTargetSeconds('5400')).toEqual({ ok: true, seconds: 5400 });
  });

  it('rejects bad input', () => {
    expect(parseTargetSeconds('-5')).toEqual({ ok: false, error: 'negative' });
    expect(parseTargetSeconds('soon')).toEqual({ ok: false, error: 'notNumber' });
  });
});
