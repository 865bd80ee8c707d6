import { describe, expect, it } from 'vitest';
import { addEpisode, moveEpisode, updateEpisode } from './commands/episodes';
import { insertShots, moveShots } from './commands/shots';
import {
  episodeNumber, episodeRuntimeMs, episodeShotsInOrder, episodeTiming, formatDuration, readingPositions, seriesRuntimeMs,
  shotNumbers, shotsInReadingOrder, timingAgainstTarget,
} from './derived';
import { readBoard } from './read';
import { newBoard } from './testing/newBoard';

function series() {
  const { doc, episodeId: first } = newBoard();
  const second = addEpisode(doc, { targetSeconds: 120 });
  const third = addEpisode(doc, { targetSeconds: 60 });
  const a = insertShots(doc, { episodeId: first, contents: [{ durationMs: 4000 }, { durationMs: 6000 }] });
  const b = insertShots(doc, { episodeId: second, contents: [{ durationMs: 100_000 }, { durationMs: 2000 }] });
  const c = insertShots(doc, {
    episodeId: third,
    contents: Array.from({ length: 12 }, () => ({ durationMs: 5000 })),
  });
  return { doc, first, second, third, a, b, c };
}

describe('reading order', () => {
  it('lists shots episode by episode, or one episode', () => {
    const { doc, second, a, b, c } = series();
    const board = readBoard(doc);
    expect(shotsInReadingOrder(board)).toEqual([...a, ...b, ...c]);
    expect(shotsInReadingOrder(board, second)).toEqual(b);
    expect(shotsInReadingOrder(board, 'gone')).toEqual([]);
    expect(episodeShotsInOrder(board, second)).toEqual(b);
    expect(episodeShotsInOrder(board, 'gone')).toEqual([]);
  });

  it('follows moves of episodes and of shots', () => {
    const { doc, first, third, a, b, c } = series();
    moveEpisode(doc, third, 0);
    moveShots(doc, [b[1]], { episodeId: first, index: 0 });
    const board = readBoard(doc);
    expect(shotsInReadingOrder(board)).toEqual([...c, b[1], ...a, b[0]]);
    expect(readingPositions(board).get(b[1])).toBe(12);
    expect(readingPositions(board).get('gone')).toBeUndefined();
  });
});

describe('shot numbers', () => {
  it('numbers shots as episode.shot, both from 1', () => {
    const { doc, a, b, c } = series();
    const numbers = shotNumbers(readBoard(doc));
    expect([numbers[a[0]], numbers[a[1]], numbers[b[1]], numbers[c[11]]]).toEqual(['1.1', '1.2', '2.2', '3.12']);
    expect(Object.keys(numbers)).toHaveLength(16);
  });

  it('renumbers after a move', () => {
    const { doc, first, b } = series();
    moveShots(doc, [b[1]], { episodeId: first, index: 0 });
    const board = readBoard(doc);
    expect(shotNumbers(board)[b[1]]).toBe('1.1');
    expect(shotNumbers(board)[b[0]]).toBe('2.1');
  });

  it('numbers episodes from 1 and answers 0 for one that is gone', () => {
    const { doc, first, third } = series();
    const board = readBoard(doc);
    expect(episodeNumber(board, first)).toBe(1);
    expect(episodeNumber(board, third)).toBe(3);
    expect(episodeNumber(board, 'gone')).toBe(0);
  });
});

describe('runtime', () => {
  it('adds up episode and series runtime', () => {
    const { doc, first, second, third } = series();
    const board = readBoard(doc);
    expect(episodeRuntimeMs(board, first)).toBe(10_000);
    expect(episodeRuntimeMs(board, second)).toBe(102_000);
    expect(episodeRuntimeMs(board, third)).toBe(60_000);
    expect(episodeRuntimeMs(board, 'gone')).toBe(0);
    expect(seriesRuntimeMs(board)).toBe(172_000);
  });

  it('compares runtime with the target', () => {
    const { doc, first, second, third } = series();
    updateEpisode(doc, third, { targetSeconds: 55 });
    const board = readBoard(doc);
    expect(episodeTiming(board, first)).toEqual({ runtimeMs: 10_000, targetMs: 90_000, deltaMs: -80_000, status: 'under' });
    expect(episodeTiming(board, second)).toMatchObject({ runtimeMs: 102_000, targetMs: 120_000, status: 'under' });
    expect(episodeTiming(board, third)).toMatchObject({ deltaMs: 5000, status: 'over' });
    updateEpisode(doc, second, { targetSeconds: 110 });
    expect(episodeTiming(readBoard(doc), second).status).toBe('on');
  });

  it('applies the same rule to a runtime at hand', () => {
    expect(timingAgainstTarget(120_001, 120)).toMatchObject({ targetMs: 120_000, deltaMs: 1, status: 'over' });
    expect(timingAgainstTarget(120_000, 120).status).toBe('on');
    expect(timingAgainstTarget(108_000, 120).status).toBe('on');
    expect(timingAgainstTarget(107_999, 120).status).toBe('under');
  });
});

describe('formatDuration', () => {
  it.each([
    [102_000, '1:42'],
    [0, '0:00'],
    [59_400, '0:59'],
    [59_600, '1:00'],
    [120_000, '2:00'],
    [3_723_000, '1:02:03'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
  ])('formats %s ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
