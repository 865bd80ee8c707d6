import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addCharacter, addDialogueLine, addEpisode, addShot, addStroke, clearStrokes, compareBoards, deleteEpisode, deleteShots,
  moveEpisode, moveShots, readBoard, removeCharacter, updateEpisode, updateShot,
} from '../../src/model';
import { seededRandom } from '../../src/model/strokes/testing/handStrokes';
import { newBoard } from '../../src/model/testing/newBoard';
import { LiveBoardReader } from './liveBoardReader';

const line = (x: number) => ({ tool: 'pen' as const, color: '#222222', width: 0.01, points: [x, 0.1, x + 0.2, 0.4, x + 0.3, 0.5] });
const withoutProblems = ({ problems: _problems, ...board }: ReturnType<typeof readBoard>) => board;

/** One random edit of the kinds a writing room makes. */
function randomEdit(doc: Y.Doc, random: () => number): void {
  const board = readBoard(doc);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const shotIds = Object.keys(board.shots);
  const episode = pick(board.episodes);
  const shot = pick(shotIds);
  const characters = Object.keys(board.characters);
  switch (Math.floor(random() * 12)) {
    case 0: if (episode) addShot(doc, { episodeId: episode.id, content: { scene: `S${random()}` } }); break;
    case 1: if (shot) updateShot(doc, shot, { scene: `EXT. ${Math.floor(random() * 100)}` }); break;
    case 2: if (shot) updateShot(doc, shot, { action: `Action ${random()}` }); break;
    case 3: if (shot) addStroke(doc, shot, line(random())); break;
    case 4: if (shot) clearStrokes(doc, shot); break;
    case 5: if (shot && shotIds.length > 3) deleteShots(doc, [shot]); break;
    case 6: if (shot && episode) moveShots(doc, [shot], { episodeId: episode.id, index: Math.floor(random() * 4) }); break;
    case 7: addEpisode(doc, { title: `E${random()}` }); break;
    case 8: if (episode) updateEpisode(doc, episode.id, { title: `T${random()}` }); break;
    case 9: if (episode && board.episodes.length > 2) deleteEpisode(doc, episode.id); break;
    case 10: if (episode) moveEpisode(doc, episode.id, Math.floor(random() * board.episodes.length)); break;
    default:
      if (random() < 0.5 || characters.length === 0) {
        const id = addCharacter(doc, { name: `C${random()}` });
        if (shot) addDialogueLine(doc, shot, { characterId: id, line: 'Hello.' });
      } else {
        removeCharacter(doc, pick(characters)!);
      }
  }
}

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
