import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCharacter, buildTimeline, initBoard, insertShots, readBoard } from '../../model';
import { drawAnimaticFrame, type FrameContext } from './drawFrame';

/** A 2D context that records what is drawn: each call with its arguments, and the alpha it was drawn at. */
function recordingContext() {
  const calls: { name: string; args: unknown[]; alpha: number }[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1, font: '10px sans-serif' };
  const stack: Record<string, unknown>[] = [];
  const ctx = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        calls.push({ name, args, alpha: target.globalAlpha as number });
        if (name === 'save') stack.push({ ...target });
        if (name === 'restore') Object.assign(target, stack.pop());
        // Ten units a character, whatever the font.
        if (name === 'measureText') return { width: String(args[0]).length * 10 };
        return undefined;
      };
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as FrameContext, calls };
}

function board() {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'T', now: 1 });
  const lin = addCharacter(doc, { name: 'Lin Yue' });
  const pen = (points: number[]) => ({ tool: 'pen' as const, color: '#111111', width: 0.01, points });
  insertShots(doc, {
    episodeId,
    contents: [
      { durationMs: 2000, strokes: [pen([0.1, 0.1, 0.4, 0.5, 0.6, 0.5, 0.9, 0.1])] },
      { durationMs: 2000, transition: 'dissolve', dialogue: [{ characterId: lin, line: 'The owner is not selling.', parenthetical: '' }] },
    ],
  });
  const snapshot = readBoard(doc);
  return { board: snapshot, timeline: buildTimeline(snapshot), image: () => null };
}

describe('drawing an animatic frame', () => {
  it('draws the white panel and the sketch as a curve through its points', () => {
    const { ctx, calls } = recordingContext();
    drawAnimaticFrame(ctx, 90, 160, 500, board(), { speakerNames: false });
    expect(calls.filter((call) => call.name === 'fillRect').map((call) => call.args)).toEqual([[0, 0, 90, 160], [0, 0, 90, 160]]);
    expect(calls.some((call) => call.name === 'quadraticCurveTo')).toBe(true);
    expect(calls.some((call) => call.name === 'bezierCurveTo')).toBe(true);
    expect(calls.some((call) => call.name === 'fillText')).toBe(false);
  });

  it('dissolves the next shot in over the last frame of the one before, with its subtitle and speaker', () => {
    const { ctx, calls } = recordingContext();
    drawAnimaticFrame(ctx, 900, 1600, 2250, board(), { speakerNames: true });
    // Black, then the shot before at full strength, then this shot at half.
    expect(calls.filter((call) => call.name === 'fillRect').map((call) => call.alpha)).toEqual([1, 1, 0.5]);
    const texts = calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
    expect(texts[0]).toBe('Lin Yue');
    expect(texts.slice(1).join(' ')).toBe('The owner is not selling.');
  });
});
