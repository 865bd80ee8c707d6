import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCharacter, addEpisode, buildTimeline, initBoard, insertShots, readBoard } from '../../model';
import { timecodeBurnIn } from './burnIns';
import { subtitleCharacters } from './frameFonts';

function board() {
  const doc = new Y.Doc();
  const { episodeId: one } = initBoard(doc, { title: 'T', now: 1 });
  const lin = addCharacter(doc, { name: '林' });
  insertShots(doc, { episodeId: one, contents: [{ durationMs: 2000, dialogue: [{ characterId: lin, line: '你好 hi', parenthetical: '' }] }, { durationMs: 1000 }] });
  const two = addEpisode(doc, { afterEpisodeId: one });
  insertShots(doc, { episodeId: two, contents: [{ durationMs: 1500, dialogue: [{ characterId: null, line: 'Go!', parenthetical: '' }] }] });
  return { board: readBoard(doc), one, two };
}

describe('the timecode burn-in', () => {
  it('shows the shot on screen and the frame as HH:MM:SS:FF from zero', () => {
    const { board: snapshot } = board();
    const timeline = buildTimeline(snapshot);
    expect(timecodeBurnIn(timeline, 0)).toBe('1.1  00:00:00:00');
    expect(timecodeBurnIn(timeline, 59)).toBe('1.1  00:00:01:29');
    expect(timecodeBurnIn(timeline, 60)).toBe('1.2  00:00:02:00');
    expect(timecodeBurnIn(timeline, 95)).toBe('2.1  00:00:03:05');
    expect(timecodeBurnIn({ shots: [], durationMs: 0 }, 3)).toBe('00:00:00:03');
  });
});

describe('the characters whose fonts load before the first frame', () => {
  it('are those of the subtitles and speaker names on the timeline, once each', () => {
    const { board: snapshot, one } = board();
    expect([...subtitleCharacters(snapshot, buildTimeline(snapshot))].sort().join('')).toBe([...'你好hiGo!林'].sort().join(''));
    expect([...subtitleCharacters(snapshot, buildTimeline(snapshot, [one]))].sort().join('')).toBe([...'你好hi林'].sort().join(''));
  });
});
