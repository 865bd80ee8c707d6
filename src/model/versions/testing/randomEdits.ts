import type * as Y from 'yjs';
import { addCharacter, removeCharacter } from '../../commands/characters';
import { addDialogueLine } from '../../commands/dialogue';
import { addEpisode, deleteEpisode, moveEpisode, updateEpisode } from '../../commands/episodes';
import { addShot, deleteShots, moveShots, updateShot } from '../../commands/shots';
import { addStroke, clearStrokes } from '../../commands/strokes';
import { readBoard } from '../../read';
import { penLine as line } from './storyBoard';

/** One random edit of the kinds a writing room makes. */
export function randomEdit(doc: Y.Doc, random: () => number): void {
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

