import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION, strokePoints,
  BoardSnapshotSchema, DEFAULT_RHYTHM_THRESHOLDS, analyseBoard, episodeTiming, formatDuration, readBoard, shotNumbers, type BoardSnapshot,
} from '../../model';
import { DEMO_ORIGIN, buildDemoBoard } from './canalHeiress';

function demo(): BoardSnapshot {
  const doc = new Y.Doc();
  buildDemoBoard(doc);
  return readBoard(doc);
}

const shotsOf = (board: BoardSnapshot, episodeIndex: number) =>
  board.shotsByEpisode[board.episodes[episodeIndex].id].map((id) => board.shots[id]);

describe('The Canal Heiress demo', () => {
  it('is a clean, valid board with its meta', () => {
    const board = demo();
    expect(board.problems).toEqual([]);
    expect(BoardSnapshotSchema.safeParse(board).success).toBe(true);
    expect(board.meta).toMatchObject({ title: 'The Canal Heiress', language: 'en', aspect: '9:16', schemaVersion: SCHEMA_VERSION });
    expect(board.meta.logline.length).toBeGreaterThan(40);
  });

  it('has the three episodes of the script, the last behind the paywall', () => {
    const board = demo();
    expect(board.episodes.map((e) => e.title)).toEqual(['The Deckhand', 'The Photograph', 'The Auction']);
    expect(board.episodes.map((e) => e.paywall)).toEqual([false, false, true]);
    for (const episode of board.episodes) {
      expect(episode.synopsis).toMatch(/^Hook: /);
      expect(episode.targetSeconds).toBeGreaterThanOrEqual(90);
      expect(episode.targetSeconds).toBeLessThanOrEqual(120);
    }
  });

  it('has the characters, each with a bio, a voice and a colour', () => {
    const characters = Object.values(demo().characters);
    expect(characters.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Lin Yue', 'Zhou Hao', 'Aunt Mei', 'Captain Wu']),
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
        expect(shot.scene).toMatch(/^(INT|EXT)\. /);
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
    const slap = all.find((shot) => shot.action.includes('She SLAPS him.'));
    expect(slap?.beat.type).toBe('face-slap');
    const lin = Object.values(board.characters).find((c) => c.name === 'Lin Yue')!;
    expect(all.flatMap((s) => s.dialogue)).toContainEqual({
      characterId: lin.id, line: "The owner isn't selling.", parenthetical: 'without looking up',
    });
    const numbers = shotNumbers(board);
    const last = board.shotsByEpisode[board.episodes[2].id].at(-1)!;
    expect(numbers[last]).toBe('3.12');
    expect(board.shots[last].action).toContain('MR. LIN. Alive.');
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
    buildDemoBoard(doc);
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
