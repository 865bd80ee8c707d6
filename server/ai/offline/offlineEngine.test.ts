import { describe, expect, it } from 'vitest';
import { buildSuggestionContext } from '../../../src/model/suggestions/context';
import { suggestionBoard } from '../../../src/model/suggestions/testing/boards';
import type { SuggestionRequest } from '../../../src/model';
import { suggestOffline } from './offlineEngine';

type Board = ReturnType<typeof suggestionBoard>;

function run(board: Board, request: Omit<SuggestionRequest, 'kind' | 'alternatives'> & Partial<SuggestionRequest>) {
  const full: SuggestionRequest = { kind: 'both', alternatives: 3, ...request, shotIds: request.shotIds };
  return { alternatives: suggestOffline(buildSuggestionContext(board.doc, full), full) };
}

describe('the offline engine', () => {
  it('gives the same answer for the same seed and another for another seed', () => {
    const board = suggestionBoard();
    const { one } = board;
    const shotIds = [one[1]!, one[2]!, one[3]!];
    expect(run(board, { shotIds, seed: 7 }).alternatives).toEqual(run(board, { shotIds, seed: 7 }).alternatives);
    const seeds = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(run(board, { shotIds, seed }).alternatives));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('opens an episode on a hook and closes it on a cliffhanger, strongest before the paywall', () => {
    const board = suggestionBoard();
    const { one, two } = board;
    const { alternatives } = run(board, { shotIds: [one[0]!, one[5]!, two[5]!], alternatives: 1 });
    const byShot = Object.fromEntries(alternatives.map((a) => [a.shotId, a]));
    expect(byShot[one[0]!]!.beat!.type).toBe('hook');
    expect(byShot[one[5]!]!.beat!.type).toBe('cliffhanger');
    expect(byShot[two[5]!]!.beat!.type).toBe('cliffhanger');
    expect(byShot[two[5]!]!.beat!.intensity).toBeGreaterThan(byShot[one[5]!]!.beat!.intensity);
    expect(byShot[two[5]!]!.rationale).toContain('paywall');
  });

  it('offers different alternatives for one shot, avoiding the previous ending type', () => {
    const board = suggestionBoard();
    const { two } = board;
    const { alternatives } = run(board, { shotIds: [two[5]!], alternatives: 4 });
    const beats = alternatives.map((a) => `${a.beat!.type}/${a.beat!.emotion}`);
    expect(new Set(beats).size).toBe(4);
    expect(alternatives.slice(1).map((a) => a.beat!.type)).not.toContain('cliffhanger');
  });

  it('writes dialogue in the board language with the cast’s names and voices', () => {
    const board = suggestionBoard();
    const { one, wei } = board;
    const english = run(board, { shotIds: [one[2]!], alternatives: 1 });
    const line = english.alternatives[0]!.dialogue![0]!;
    // Wei speaks in this shot already, and his voice is loud and boastful.
    expect(line.characterId).toBe(wei);
    expect(line.line).toMatch(/^Listen\. /);
    const zhBoard = suggestionBoard('zh-CN');
    const chinese = run(zhBoard, { shotIds: [zhBoard.one[2]!], alternatives: 2 });
    for (const alternative of chinese.alternatives) {
      expect(alternative.dialogue![0]!.line).toMatch(/[\u4e00-\u9fff]/);
      expect(alternative.rationale).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives clipped formal lines to a formal voice', () => {
    const board = suggestionBoard();
    const { two, lin } = board;
    const { alternatives } = run(board, { shotIds: [two[0]!], alternatives: 1 });
    const line = alternatives[0]!.dialogue![0]!;
    expect(line.characterId).toBe(lin);
    expect(line.line).not.toContain('!');
    expect(line.line.split(/[.?]\s/).length).toBe(1);
  });

  it('follows the tone and the kind asked for', () => {
    const board = suggestionBoard();
    const { one } = board;
    const shotIds = [one[3]!];
    const calm = run(board, { shotIds, alternatives: 1, tone: { intensity: 0 } }).alternatives[0]!.beat!.intensity;
    const hot = run(board, { shotIds, alternatives: 1, tone: { intensity: 1 } }).alternatives[0]!.beat!.intensity;
    expect(hot).toBeGreaterThan(calm);
    const beatsOnly = run(board, { shotIds, kind: 'beats', alternatives: 1 }).alternatives[0]!;
    expect(beatsOnly.dialogue).toBeNull();
    const dialogueOnly = run(board, { shotIds, kind: 'dialogue', alternatives: 1 }).alternatives[0]!;
    expect(dialogueOnly.beat).toBeNull();
    const melodrama = run(board, { shotIds, alternatives: 1, tone: { melodrama: 1 } }).alternatives[0]!.dialogue![0]!;
    expect(['through tears', 'shaking', 'breaking']).toContain(melodrama.parenthetical);
  });
});
