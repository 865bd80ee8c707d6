import { describe, expect, it } from 'vitest';
import { addShot, compareBoards, readBoard, updateShot } from '../../src/model';
import { seededRandom } from '../../src/model/strokes/testing/handStrokes';
import { randomEdit } from '../../src/model/versions/testing/randomEdits';
import { newBoard } from '../../src/model/testing/newBoard';
import { penLine as line } from '../../src/model/versions/testing/storyBoard';
import { LiveBoardReader } from './liveBoardReader';

const withoutProblems = ({ problems: _problems, ...board }: ReturnType<typeof readBoard>) => board;

describe('LiveBoardReader', () => {
  it('reads a board as readBoard does, after any run of random edits', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed);
      const { doc, episodeId } = newBoard('Live');
      for (let i = 0; i < 6; i++) addShot(doc, { episodeId, content: { strokes: [line(i / 10)] } });
      const reader = new LiveBoardReader(doc);
      let previous = reader.read();
      expect(withoutProblems(previous)).toEqual(withoutProblems(readBoard(doc)));
      for (let round = 0; round < 15; round++) {
        const edits = Math.floor(random() * 4);
        for (let i = 0; i < edits; i++) randomEdit(doc, random);
        const now = reader.read();
        const whole = readBoard(doc);
        expect(withoutProblems(now), `seed ${seed}, round ${round}`).toEqual(withoutProblems(whole));
        // And compares as a whole read does: the reuse of unchanged shots hides nothing.
        expect(compareBoards(previous, now)).toEqual(compareBoards(previous, whole));
        previous = now;
      }
      reader.destroy();
    }
  });

  it('hands back the same objects for what did not change', () => {
    const { doc, episodeId } = newBoard('Live');
    const [a, b] = [addShot(doc, { episodeId }), addShot(doc, { episodeId })];
    const reader = new LiveBoardReader(doc);
    const first = reader.read();
    expect(reader.read()).toBe(first);
    updateShot(doc, a, { scene: 'INT. LOFT' });
    const second = reader.read();
    expect(second.shots[a]).not.toBe(first.shots[a]);
    expect(second.shots[b]).toBe(first.shots[b]);
    expect(second.shotsByEpisode).toBe(first.shotsByEpisode);
  });
});
