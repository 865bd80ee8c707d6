import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../model';
import { buildBoardFromScript } from './importScript';
import { parseFountain, ScriptError } from './parseFountain';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../../shared/fixtures', name), 'utf8');

describe('parseFountain', () => {
  it('maps the English sample: title page, sections to episodes, synopses, scenes, action and dialogue shots', () => {
    const script = parseFountain(fixture('canal-heiress.fountain'));
    expect(script.title).toBe('The Canal Heiress');
    expect(script.logline).toContain('Vertical 9:16 microdrama');
    expect(script.episodes.map((e) => e.title)).toEqual(['Episode 1 - The Deckhand', 'Episode 2 - The Photograph', 'Episode 3 - The Auction']);
    const [first] = script.episodes;
    expect(first!.synopsis).toBe('Hook: a servant girl slaps the heir in front of the whole dock.');
    expect(first!.shots[0]).toEqual({ scene: 'INT. CARGO BARGE - DECK - DAWN', action: expect.stringContaining('Rain on the canal'), dialogue: [] });
    expect(first!.shots[3]).toEqual({
      scene: 'INT. CARGO BARGE - DECK - DAWN',
      action: '',
      dialogue: [{ character: 'LIN YUE', line: "The owner isn't selling.", parenthetical: 'without looking up' }],
    });
    expect(script.characters.slice(0, 2)).toEqual(['ZHOU HAO', 'LIN YUE']);
    // The boneyard's character notes are ignored, so only speakers become characters.
    expect(script.characters).not.toContain('LIN YUE - 24, daughter of the Lin shipping family');
  });

  it('maps the Chinese sample with forced @ cues', () => {
    const script = parseFountain(fixture('canal-heiress.zh.fountain'));
    expect(script.title).toBe('运河千金');
    expect(script.episodes[0]!.title).toBe('第一集 码头');
    expect(script.characters).toEqual(['周浩', '林玥']);
    expect(script.episodes[0]!.shots.find((shot) => shot.dialogue[0]?.character === '林玥')!.dialogue[0]).toEqual({
      character: '林玥', line: '船主不卖。', parenthetical: '头也不抬',
    });
  });

  it('puts a script without sections in one episode and drops cue extensions', () => {
    const script = parseFountain('INT. ROOM - NIGHT\n\nShe waits.\n\nBOB (V.O.)\nHello?\n\nBOB (CONT\'D)\nAnyone?\n');
    expect(script.episodes).toHaveLength(1);
    expect(script.characters).toEqual(['BOB']);
    expect(script.episodes[0]!.shots).toHaveLength(3);
  });

  it.each([
    ['a binary file', 'PK\u0003\u0004\u0000\u0000 binary'],
    ['an unterminated boneyard', 'INT. A - DAY\n\n/* never closed\n\nAction.\n'],
    ['text with no script in it', '   \n\n  '],
    ['a script over 5 MB', 'x'.repeat(5 * 1024 * 1024 + 1)],
  ])('refuses %s with a clear message', (_name, text) => {
    expect(() => parseFountain(text)).toThrow(ScriptError);
  });
});

describe('buildBoardFromScript', () => {
  it('builds a board with its cast, episodes and shots, dialogue linked to characters', () => {
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseFountain(fixture('canal-heiress.fountain')), 'en');
    const board = readBoard(doc);
    expect(board.meta.title).toBe('The Canal Heiress');
    expect(board.episodes).toHaveLength(3);
    const firstLane = board.shotsByEpisode[board.episodes[0]!.id]!;
    const line = board.shots[firstLane[3]!]!.dialogue[0]!;
    expect(board.characters[line.characterId!]!.name).toBe('LIN YUE');
    expect(board.episodes[0]!.synopsis).toContain('Hook');
    expect(board.problems).toEqual([]);
  });
});

describe('exportFountain', () => {
  it('round-trips a board: the same episodes, shots, characters and dialogue come back', async () => {
    const { exportFountain } = await import('./exportFountain');
    for (const name of ['canal-heiress.fountain', 'canal-heiress.zh.fountain']) {
      const doc = new Y.Doc();
      buildBoardFromScript(doc, parseFountain(fixture(name)), name.includes('.zh.') ? 'zh-CN' : 'en');
      const board = readBoard(doc);
      const again = new Y.Doc();
      buildBoardFromScript(again, parseFountain(exportFountain(board)), board.meta.language);
      const roundTrip = readBoard(again);
      const outline = (b: ReturnType<typeof readBoard>) =>
        b.episodes.map((episode) => ({
          title: episode.title,
          synopsis: episode.synopsis,
          shots: (b.shotsByEpisode[episode.id] ?? []).map((id) => {
            const shot = b.shots[id]!;
            return {
              scene: shot.scene,
              action: shot.action,
              dialogue: shot.dialogue.map((line) => ({ who: b.characters[line.characterId ?? '']?.name, line: line.line, parenthetical: line.parenthetical })),
            };
          }),
        }));
      expect(outline(roundTrip)).toEqual(outline(board));
      expect(Object.values(roundTrip.characters).map((c) => c.name)).toEqual(Object.values(board.characters).map((c) => c.name));
      expect(roundTrip.meta.title).toBe(board.meta.title);
    }
  });

  it('sizes an action shot from a leading camera note, Chinese or English', () => {
    const script = parseFountain('INT. DOCK - DAY\n\n【特写】林玥的手。\n\n[WS] The whole dock freezes.\n\n[[a note]] Rain.\n');
    expect(script.episodes[0]!.shots.map((shot) => [shot.size, shot.action])).toEqual([
      ['CU', '林玥的手。'],
      ['WS', 'The whole dock freezes.'],
      [undefined, 'Rain.'],
    ]);
  });
});
