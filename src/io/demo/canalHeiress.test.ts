import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION, strokePoints,
  BoardSnapshotSchema, DEFAULT_RHYTHM_THRESHOLDS, analyseBoard, episodeTiming, formatDuration, readBoard, shotNumbers, type BoardSnapshot,
} from '../../model';
import { DEMO_ORIGIN, buildDemoBoard, demoLanguageFor, demoTitle, type DemoLanguage } from './canalHeiress';
import { CANAL_HEIRESS_EPISODES } from './canalHeiressEpisodes';
import { CANAL_HEIRESS_ZH } from './canalHeiressZh';

const shotsOf = (board: BoardSnapshot, episodeIndex: number) =>
  board.shotsByEpisode[board.episodes[episodeIndex].id].map((id) => board.shots[id]);

/** What each edition says where the tests look at words; everything else holds for both. */
const EDITIONS = [
  {
    language: 'en' as DemoLanguage,
    title: 'The Canal Heiress',
    episodes: ['The Deckhand', 'The Photograph', 'The Auction'],
    hook: /^Hook: /,
    scene: /^(INT|EXT)\. /,
    characters: ['Lin Yue', 'Zhou Hao', 'Aunt Mei', 'Captain Wu'],
    slap: 'She SLAPS him.',
    lin: 'Lin Yue',
    refusal: { line: "The owner isn't selling.", parenthetical: 'without looking up' },
    ending: 'MR. LIN. Alive.',
  },
  {
    language: 'zh-CN' as DemoLanguage,
    title: '运河千金',
    episodes: ['码头', '照片', '拍卖会'],
    hook: /^钩子：/,
    // 集-场 时间 内外 地点, as Chinese microdrama scripts (and the script importer) have it.
    scene: /^\d-\d (晨|日|夜) (内|外) \S/,
    characters: ['林玥', '周浩', '梅姨', '吴船长'],
    slap: '一巴掌扇了过去',
    lin: '林玥',
    refusal: { line: '船主不卖。', parenthetical: '头也不抬' },
    ending: '他还活着。',
  },
];

describe.each(EDITIONS)('The Canal Heiress demo, $language edition', (edition) => {
  function demo(): BoardSnapshot {
    const doc = new Y.Doc();
    buildDemoBoard(doc, edition.language);
    return readBoard(doc);
  }

  it('is a clean, valid board with its meta', () => {
    const board = demo();
    expect(board.problems).toEqual([]);
    expect(BoardSnapshotSchema.safeParse(board).success).toBe(true);
    expect(board.meta).toMatchObject({ title: edition.title, language: edition.language, aspect: '9:16', schemaVersion: SCHEMA_VERSION });
    expect(board.meta.logline.length).toBeGreaterThan(edition.language === 'en' ? 40 : 20);
    expect(demoTitle(edition.language)).toBe(edition.title);
  });

  it('has the three episodes of the script, the last behind the paywall', () => {
    const board = demo();
    expect(board.episodes.map((e) => e.title)).toEqual(edition.episodes);
    expect(board.episodes.map((e) => e.paywall)).toEqual([false, false, true]);
    for (const episode of board.episodes) {
      expect(episode.synopsis).toMatch(edition.hook);
      expect(episode.targetSeconds).toBeGreaterThanOrEqual(90);
      expect(episode.targetSeconds).toBeLessThanOrEqual(120);
    }
  });

  it('has the characters, each with a bio, a voice and a colour', () => {
    const characters = Object.values(demo().characters);
    expect(characters.map((c) => c.name)).toEqual(
      expect.arrayContaining(edition.characters),
    );
    for (const character of characters) {
      expect(character.bio).not.toBe('');
      expect(character.voice).not.toBe('');
      expect(character.color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('storyboards every episode from hook to cliffhanger, with a beat on every shot', () => {
    const board = demo();
    board.episodes.forEach((episode, index) => {
      const shots = shotsOf(board, index);
      expect(shots.length).toBeGreaterThanOrEqual(8);
      expect(shots.length).toBeLessThanOrEqual(12);
      expect(shots[0].beat.type).toBe('hook');
      expect(shots.at(-1)!.beat.type).toBe('cliffhanger');
      for (const shot of shots) {
        expect(shot.beat.type).not.toBeNull();
        expect(shot.beat.emotion).not.toBeNull();
        expect(shot.scene).toMatch(edition.scene);
        expect(shot.size).not.toBeNull();
        expect(shot.durationMs).toBeGreaterThanOrEqual(3000);
        expect(shot.durationMs).toBeLessThanOrEqual(9000);
      }
      // Each episode ends at its peak.
      expect(shots.at(-1)!.beat.intensity).toBe(Math.max(...shots.map((s) => s.beat.intensity)));
      expect(shots.at(-1)!.beat.intensity).toBeGreaterThan(shots[0].beat.intensity);
      expect(episodeTiming(board, episode.id).status).toBe('on');
    });
  });

  it('keeps the big moments of the script', () => {
    const board = demo();
    const all = Object.values(board.shots);
    const slap = all.find((shot) => shot.action.includes(edition.slap));
    expect(slap?.beat.type).toBe('face-slap');
    const lin = Object.values(board.characters).find((c) => c.name === edition.lin)!;
    expect(all.flatMap((s) => s.dialogue)).toContainEqual({
      characterId: lin.id, ...edition.refusal,
    });
    const numbers = shotNumbers(board);
    const last = board.shotsByEpisode[board.episodes[2].id].at(-1)!;
    expect(numbers[last]).toBe('3.12');
    expect(board.shots[last].action).toContain(edition.ending);
  });

  it('gives some shots sketches that stay inside the panel', () => {
    const sketched = Object.values(demo().shots).filter((shot) => shot.strokes.length > 0);
    expect(sketched.length).toBeGreaterThanOrEqual(5);
    for (const stroke of sketched.flatMap((shot) => shot.strokes)) {
      expect(strokePoints(stroke).every((p) => p >= 0 && p <= 1)).toBe(true);
    }
  });

  it('is built in one transaction that the user cannot undo', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    buildDemoBoard(doc, edition.language);
    expect(origins).toEqual([DEMO_ORIGIN]);
    expect(formatDuration(episodeTiming(readBoard(doc), readBoard(doc).episodes[0].id).runtimeMs)).toBe('1:25');
  });

  it('shows the rhythm checks at work: a clear arc with two findings a newcomer can fix', () => {
    const board = demo();
    const { findings } = analyseBoard(board, { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals: new Map() });
    const numbers = shotNumbers(board);
    const summary = findings.map((f) => `${f.ruleId} ${f.severity} ${f.shotId ? numbers[f.shotId] : ''}`);
    // The hook: shot 1.1 is a hook at 4; raising it to 6 clears it. The repeated endings: three
    // cliffhangers running; ending episode 2 on a reveal clears it. The finale note is info.
    expect(summary).toEqual(['hook problem 1.1', 'repeated-endings warning 3.12', 'finale info 3.12']);
  });
});

describe('the Chinese edition of the demo', () => {
  const build = (language: DemoLanguage) => {
    const doc = new Y.Doc();
    buildDemoBoard(doc, language);
    return readBoard(doc);
  };
  const shotsIn = (board: BoardSnapshot) =>
    board.episodes.flatMap((episode) => board.shotsByEpisode[episode.id].map((id) => board.shots[id]));

  it('has exactly one text per episode, per shot and per line of the shared shots', () => {
    expect(CANAL_HEIRESS_ZH.episodes.map((e) => e.shots.length)).toEqual(CANAL_HEIRESS_EPISODES.map((e) => e.shots.length));
    CANAL_HEIRESS_EPISODES.forEach((episode, e) => {
      episode.shots.forEach((shot, s) => {
        const text = CANAL_HEIRESS_ZH.episodes[e].shots[s];
        const where = `shot ${e + 1}.${s + 1}`;
        expect((text.lines ?? []).length, where).toBe((shot.lines ?? []).length);
        // Parentheticals, sound and notes where the English has them, and nowhere else.
        expect((text.lines ?? []).map(([, p]) => Boolean(p)), where).toEqual((shot.lines ?? []).map(([, , p]) => Boolean(p)));
        expect(Boolean(text.sound), where).toBe(Boolean(shot.sound));
        expect(Boolean(text.notes), where).toBe(Boolean(shot.notes));
      });
    });
  });

  it('differs from the English one only in its words', () => {
    const en = build('en');
    const zh = build('zh-CN');
    const words = ['scene', 'action', 'dialogue', 'sound', 'notes', 'id', 'episodeId', 'order', 'strokes'];
    const rest = (board: BoardSnapshot) =>
      shotsIn(board).map((shot) => Object.fromEntries(Object.entries(shot).filter(([key]) => !words.includes(key))));
    expect(rest(zh)).toEqual(rest(en));
    const points = (board: BoardSnapshot) => shotsIn(board).map((shot) => shot.strokes.map((s) => [s.tool, s.color, s.width, strokePoints(s)]));
    expect(points(zh)).toEqual(points(en));
    const speakers = (board: BoardSnapshot) =>
      shotsIn(board).map((shot) => shot.dialogue.map((d) => board.characters[d.characterId!].color));
    expect(speakers(zh)).toEqual(speakers(en));
    const episodeRest = (board: BoardSnapshot) => board.episodes.map(({ targetSeconds, paywall }) => ({ targetSeconds, paywall }));
    expect(episodeRest(zh)).toEqual(episodeRest(en));
  });

  it('is written in Chinese throughout, in short lines', () => {
    const board = build('zh-CN');
    const latin = /[A-Za-z]{2,}/;
    const texts = [
      board.meta.title, board.meta.logline,
      ...Object.values(board.characters).flatMap((c) => [c.name, c.bio, c.voice]),
      ...board.episodes.flatMap((e) => [e.title, e.synopsis]),
      ...shotsIn(board).flatMap((s) => [s.scene, s.action, s.sound, s.notes, ...s.dialogue.flatMap((d) => [d.line, d.parenthetical])]),
    ].filter((text) => text !== '');
    for (const text of texts) expect(text, text).not.toMatch(latin);
    for (const shot of shotsIn(board)) {
      for (const { line } of shot.dialogue) expect(line.length, line).toBeLessThanOrEqual(30);
      expect(shot.action.length, shot.action).toBeLessThanOrEqual(60);
    }
  });

  it('is the edition of a Chinese interface', () => {
    expect(demoLanguageFor('zh-CN')).toBe('zh-CN');
    expect(demoLanguageFor('zh')).toBe('zh-CN');
    expect(demoLanguageFor('en')).toBe('en');
    expect(demoLanguageFor('fr')).toBe('en');
  });
});
