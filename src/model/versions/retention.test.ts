import { describe, expect, it } from 'vitest';
import { DAILY_FOR_MS, DAY_MS, HOURLY_FOR_MS, HOUR_MS, thinVersions } from './retention';
import type { VersionKind } from './types';

const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);
const auto = (id: string, createdAt: number) => ({ id, kind: 'auto' as VersionKind, createdAt });
const named = (id: string, createdAt: number) => ({ id, kind: 'named' as VersionKind, createdAt });
/** The newest automatic version, always kept, so the cases below test only their own versions. */
const latest = auto('latest', NOW - 1000);

describe('thinVersions', () => {
  it('keeps named versions however old, and an empty or named-only list as it is', () => {
    expect(thinVersions([], NOW)).toEqual([]);
    expect(thinVersions([named('n1', NOW - 400 * DAY_MS), named('n2', NOW - 400 * DAY_MS + 1)], NOW)).toEqual([]);
  });

  it('keeps the newest automatic version even when it is past the daily window', () => {
    const old = NOW - DAILY_FOR_MS - 10 * DAY_MS;
    expect(thinVersions([auto('a', old - 1), auto('b', old)], NOW)).toEqual(['a']);
  });

  describe('in the last two days: the newest per UTC hour', () => {
    it('deletes older versions of the same hour', () => {
      const hour = Date.UTC(2026, 11, 5, 9, 0, 0);
      const versions = [auto('a', hour), auto('b', hour + 20 * 60_000), auto('c', hour + HOUR_MS - 1), latest];
      expect(thinVersions(versions, NOW)).toEqual(['a', 'b']);
    });

    it('keeps one on each side of an hour boundary', () => {
      const boundary = Date.UTC(2026, 11, 4, 11, 0, 0);
      expect(thinVersions([auto('a', boundary - 1), auto('b', boundary), latest], NOW)).toEqual([]);
    });

    it('breaks a tie of times by the larger id', () => {
      const at = NOW - 3 * HOUR_MS;
      expect(thinVersions([auto('b', at), auto('a', at), latest], NOW)).toEqual(['a']);
    });
  });

  it('keeps every safety version of the last two days, beside the newest of each hour', () => {
    const hour = Date.UTC(2026, 11, 5, 9, 0, 0);
    const safety = (id: string, at: number) => ({ ...auto(id, at), reason: 'before-restore' as const });
    // Two restores in one hour: the board before each is kept; the hourly versions still thin.
    const versions = [
      { ...auto('h1', hour), reason: 'hourly' as const }, safety('r1', hour + 5 * 60_000), safety('r2', hour + 10 * 60_000),
      { ...auto('h2', hour + 20 * 60_000), reason: 'hourly' as const }, { ...auto('s', hour + 30 * 60_000), reason: 'before-script-update' as const }, latest,
    ];
    expect(thinVersions(versions, NOW)).toEqual(['h1']);
    // Past two days, they thin like any other automatic version: the newest of the day stays.
    const day = Date.UTC(2026, 10, 20);
    expect(thinVersions([safety('old1', day + HOUR_MS), safety('old2', day + 2 * HOUR_MS), latest], NOW)).toEqual(['old1']);
  });

  it('switches from hours to days exactly two days back', () => {
    // a and b are just inside two days (hourly, same hour: b wins); c and d are at and just
    // past the line (daily, same UTC day: c wins), although c shares its clock hour with a and b.
    const line = NOW - HOURLY_FOR_MS;
    const versions = [auto('a', line + 1), auto('b', line + 2), auto('c', line), auto('d', line - 1), latest];
    expect(thinVersions(versions, NOW)).toEqual(['a', 'd']);
  });

  describe('from two to sixty days: the newest per UTC day', () => {
    it('deletes older versions of the same day', () => {
      const day = Date.UTC(2026, 10, 20);
      const versions = [auto('a', day), auto('b', day + 5 * HOUR_MS), auto('c', day + DAY_MS - 1), latest];
      expect(thinVersions(versions, NOW)).toEqual(['a', 'b']);
    });

    it('keeps one on each side of a day boundary', () => {
      const midnight = Date.UTC(2026, 10, 20);
      expect(thinVersions([auto('a', midnight - 1), auto('b', midnight), latest], NOW)).toEqual([]);
    });
  });

  it('deletes automatic versions sixty days old or older', () => {
    const line = NOW - DAILY_FOR_MS;
    expect(thinVersions([auto('kept', line + 1), auto('gone', line), auto('older', line - DAY_MS), latest], NOW)).toEqual(['gone', 'older']);
  });

  it('counts a version from the future (a skewed clock) as recent', () => {
    expect(thinVersions([auto('future', NOW + HOUR_MS), latest], NOW)).toEqual([]);
  });

  it('returns ids in the order given, whatever the order of the list', () => {
    const hour = Date.UTC(2026, 11, 5, 8, 0, 0);
    const versions = [auto('x', hour + 3), latest, auto('y', hour + 1), named('n', hour), auto('z', hour + 2)];
    expect(thinVersions(versions, NOW)).toEqual(['y', 'z']);
  });
});
