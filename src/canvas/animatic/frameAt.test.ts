import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildTimeline, initBoard, insertShots, readBoard } from '../../model';
import { frameAt } from './frameAt';

function threeShots() {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'T', now: 1 });
  insertShots(doc, {
    episodeId,
    contents: [
      { durationMs: 2000, transition: 'dissolve', dialogue: [{ characterId: null, line: 'One', parenthetical: '' }] },
      { durationMs: 3000, movement: 'dolly-in', moveAmount: 1 },
      { durationMs: 2000, transition: 'dissolve' },
    ],
  });
  const snapshot = readBoard(doc);
  return { board: snapshot, timeline: buildTimeline(snapshot) };
}

describe('what a frame shows', () => {
  it('cuts straight to a shot whose transition is a cut, with its camera move', () => {
    const { board, timeline } = threeShots();
    const start = frameAt(board, timeline, 2000);
    expect(start).toMatchObject({ shotIndex: 1, weight: 1, previous: null, lineIndex: -1 });
    expect(start.current!.camera.scale).toBe(1);
    expect(frameAt(board, timeline, 4999).current!.camera.scale).toBeCloseTo(1.3, 2);
  });

  it('dissolves from the shot before over half a second, holding its last frame', () => {
    const { board, timeline } = threeShots();
    const mid = frameAt(board, timeline, 5250);
    expect(mid.shotIndex).toBe(2);
    expect(mid.weight).toBe(0.5);
    expect(mid.previous!.shot.id).toBe(timeline.shots[1]!.shotId);
    expect(mid.previous!.camera.scale).toBeCloseTo(1.3);
    expect(frameAt(board, timeline, 5500)).toMatchObject({ weight: 1, previous: null });
  });

  it('dissolves the first shot in from black and shows its line', () => {
    const { board, timeline } = threeShots();
    expect(frameAt(board, timeline, 100)).toMatchObject({ shotIndex: 0, weight: 0.2, previous: null, lineIndex: 0 });
  });
});
