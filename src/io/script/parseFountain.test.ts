import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../model';
import { buildBoardFromScript } from './importScript';
import { parseFountain, ScriptError, type ParsedScript } from './parseFountain';

const names = (script: ParsedScript) => script.characters.map((character) => character.name);
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'testing/fixtures', name), 'utf8');

describe('parseFountain', () => {
  it('maps the English sample: title page, sections to episodes, synopses, scenes, action and dialogue shots', () => {
    const script = parseFountain(fixture('last-ferry.fountain'));
    expect(script.title).toBe('The Last Ferry');
    expect(script.logline).toContain('Vertical 9:16 microdrama');
    // The title is what follows the episode's marker: the app numbers episodes itself.
    expect(script.episodes.map((e) => e.title)).toEqual(['The Crossing', 'The Engine', 'The Deed']);
    const [first] = script.episodes;
    expect(first!.synopsis).toBe("Hook: the ferry girl throws the heir's contract into the river.");
    expect(first!.shots[0]).toEqual({ scene: 'INT. FERRY - WHEELHOUSE - NIGHT', action: expect.stringContaining('Fog on the river'), dialogue: [] });
    expect(first!.shots[3]).toEqual({
      scene: 'INT. FERRY - WHEELHOUSE - NIGHT',
      action: '',
      dialogue: [{ character: 'XU QING', line: 'The ferry runs until the river stops.', parenthetical: 'eyes on the water' }],
    });
    expect(names(script).slice(0, 2)).toEqual(['GU CHEN', 'XU QING']);
    // The boneyard's character notes are ignored, so only speakers become characters.
    expect(names(script)).not.toContain("XU QING - 23, runs her late grandfather's ferry across the Yellow Stone river. Stubborn, steady hands, counts every fare.");
  });

  it('maps the Chinese sample with forced @ cues', () => {
    const script = parseFountain(fixture('last-ferry.zh.fountain'));
    expect(script.title).toBe('末班渡');
    expect(script.episodes.map((e) => e.title)).toEqual(['渡口', '油管']);
    expect(script.characters).toEqual([{ name: '顾辰', bio: '' }, { name: '许晴', bio: '' }, { name: '老白', bio: '' }]);
    expect(script.episodes[0]!.shots.find((shot) => shot.dialogue[0]?.character === '许晴')!.dialogue[0]).toEqual({
      character: '许晴', line: '江不停，船就不停。', parenthetical: '盯着江面',
    });
  });

  it.each([
    ['Episode 1: Reunion', 'Reunion'],
    ['EPISODE 12 - Reunion', 'Reunion'],
    ['Episode #3 — Reunion', 'Reunion'],
    ['episode 4·Reunion', 'Reunion'],
    ['EP01 Reunion', 'Reunion'],
    ['第一集：重逢', '重逢'],
    ['Episode 1', ''],
    ['第 1 集', ''],
    // No marker, or a word that merely starts like one: the whole section is the title.
    ['Reunion', 'Reunion'],
    ['Episodes of the Past', 'Episodes of the Past'],
    ['Episode 1984Revisited', 'Episode 1984Revisited'],
  ])('titles the section "%s" with what follows its episode marker', (section, title) => {
    expect(parseFountain(`# ${section}\n\nShe waits.\n`).episodes.map((e) => e.title)).toEqual([title]);
  });

  it('puts a script without sections in one episode and drops cue extensions', () => {
    const script = parseFountain('INT. ROOM - NIGHT\n\nShe waits.\n\nBOB (V.O.)\nHello?\n\nBOB (CONT\'D)\nAnyone?\n');
    expect(script.episodes).toHaveLength(1);
    expect(names(script)).toEqual(['BOB']);
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
    buildBoardFromScript(doc, parseFountain(fixture('last-ferry.fountain')), 'en');
    const board = readBoard(doc);
    expect(board.meta.title).toBe('The Last Ferry');
    expect(board.episodes).toHaveLength(3);
    const firstLane = board.shotsByEpisode[board.episodes[0]!.id]!;
    const line = board.shots[firstLane[3]!]!.dialogue[0]!;
    expect(board.characters[line.characterId!]!.name).toBe('XU QING');
    expect(board.episodes[0]!.synopsis).toContain('Hook');
    expect(board.problems).toEqual([]);
  });
});

describe('exportFountain', () => {
  it('round-trips a board: the same episodes, shots, characters and dialogue come back', async () => {
    const { exportFountain } = await import('./exportFountain');
    for (const name of ['last-ferry.fountain', 'last-ferry.zh.fountain']) {
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

  it('exports an untitled episode by its number, which reads back as untitled', async () => {
    const { exportFountain } = await import('./exportFountain');
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseFountain('# Episode 1\n\nShe waits.\n\n# Episode 2: Reunion\n\nHe comes back.\n'), 'en');
    const text = exportFountain(readBoard(doc));
    expect(text).toContain('# Episode 1\n');
    expect(parseFountain(text).episodes.map((e) => e.title)).toEqual(['', 'Reunion']);
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
