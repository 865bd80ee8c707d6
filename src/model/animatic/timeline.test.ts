import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEpisode, initBoard, insertShots, readBoard } from '../index';
import { buildTimeline, formatTimecode, progressInShot, retimedDuration, shotIndexAt, snapToFrame, stepByShot, MIN_SHOT_MS, type Timeline } from './timeline';

function twoEpisodes() {
  const doc = new Y.Doc();
  const { episodeId: one } = initBoard(doc, { title: 'T', now: 1 });
  insertShots(doc, { episodeId: one, contents: [{ durationMs: 2000 }, { durationMs: 3000 }] });
  const two = addEpisode(doc, { afterEpisodeId: one });
  insertShots(doc, { episodeId: two, contents: [{ durationMs: 1500 }] });
  return { board: readBoard(doc), one, two };
}

const flat = (durations: number[]): Timeline => {
  let at = 0;
  const shots = durations.map((duration, index) => {
    const shot = { shotId: `s${index}`, episodeId: 'e', number: `1.${index + 1}`, startMs: at, endMs: at + duration };
    at += duration;
    return shot;
  });
  return { shots, durationMs: at };
};

describe('the animatic timeline', () => {
  it('lays the shots of the chosen episodes end to end in board order, numbered as on the board', () => {
    const { board, two } = twoEpisodes();
    const all = buildTimeline(board);
    expect(all.durationMs).toBe(6500);
    expect(all.shots.map((shot) => [shot.number, shot.startMs, shot.endMs])).toEqual([['1.1', 0, 2000], ['1.2', 2000, 5000], ['2.1', 5000, 6500]]);
    const second = buildTimeline(board, [two]);
    expect(second.shots.map((shot) => [shot.number, shot.startMs])).toEqual([['2.1', 0]]);
    expect(second.durationMs).toBe(1500);
  });

  it('finds the shot on screen at any time, including cuts, the ends and shots of no duration', () => {
    const timeline = flat([1000, 0, 2000, 0]);
    expect([-5, 0, 999, 1000, 2999, 3000, 99999].map((ms) => shotIndexAt(timeline, ms))).toEqual([0, 0, 0, 2, 2, 2, 2]);
    expect(shotIndexAt(flat([]), 0)).toBe(-1);
  });

  it('tells how far into its shot a time is', () => {
    const [, shot] = flat([1000, 2000]).shots;
    expect([1000, 2000, 3000, 5000].map((ms) => progressInShot(shot!, ms))).toEqual([0, 0.5, 1, 1]);
  });

  it('steps by shot: forward to the next cut, back to this shot\'s start or, from a start, the one before', () => {
    const timeline = flat([1000, 2000, 500]);
    expect(stepByShot(timeline, 500, 1)).toBe(1000);
    expect(stepByShot(timeline, 3200, 1)).toBe(3500);
    expect(stepByShot(timeline, 1500, -1)).toBe(1000);
    expect(stepByShot(timeline, 1000, -1)).toBe(0);
    expect(stepByShot(timeline, 0, -1)).toBe(0);
  });

  it('retimes a shot by its cut out, in whole frames and never below one frame', () => {
    const timeline = flat([1000, 2000]);
    expect(retimedDuration(timeline, 1, 4000)).toBe(3000);
    expect(retimedDuration(timeline, 1, 3010)).toBe(2000);
    expect(retimedDuration(timeline, 1, 3020)).toBe(2033);
    expect(retimedDuration(timeline, 0, -500)).toBe(MIN_SHOT_MS);
    expect(() => retimedDuration(timeline, 5, 0)).toThrow(RangeError);
    expect([1016, 1020, 1034].map((ms) => snapToFrame(ms))).toEqual([1000, 1033, 1033]);
  });

  it('writes the running time as mm:ss.ff at 30 frames a second', () => {
    expect(formatTimecode(0)).toBe('00:00.00');
    expect(formatTimecode(1000 / 30)).toBe('00:00.01');
    expect(formatTimecode(61_500)).toBe('01:01.15');
    expect(formatTimecode(90_000)).toBe('01:30.00');
    expect(formatTimecode(-3)).toBe('00:00.00');
  });
});
