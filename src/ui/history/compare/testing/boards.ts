import * as Y from 'yjs';
import {
  addCharacter, addDialogueLine, addEpisode, addShot, addStroke, compareBoards, deleteEpisode, readBoard, setBeat, shotNumbers, updateShot,
} from '../../../../model';
import { newBoard } from '../../../../model/testing/newBoard';
import type { BoardSnapshot } from '../../../../model/types';
import type { Side } from '../fieldValues';

/** A side of a comparison as the compare view builds it. */
export function sideOf(board: BoardSnapshot): Side {
  return { board, numbers: shotNumbers(board) };
}

/**
 * A board, its state kept as a version, and the board after a round of edits: a sketch drawn
 * on one shot; another's duration and beat changed; a shot added; the second episode deleted.
 */
export function editedBoard() {
  const { doc, episodeId } = newBoard();
  const hero = addCharacter(doc, { name: 'LIN YUE' });
  const first = addShot(doc, { episodeId, content: { scene: 'INT. TEAHOUSE', durationMs: 3000 } });
  const second = addShot(doc, { episodeId, content: { scene: 'EXT. CANAL' } });
  addDialogueLine(doc, first, { characterId: hero, line: 'The owner is not selling.', parenthetical: 'quietly' });
  const doomed = addEpisode(doc, { title: 'The Auction', afterEpisodeId: episodeId });
  const doomedShot = addShot(doc, { episodeId: doomed, content: { scene: 'INT. HALL' } });
  const version = { board: Y.encodeStateAsUpdate(doc), notes: Y.encodeStateAsUpdate(new Y.Doc()) };
  const before = readBoard(doc);

  addStroke(doc, second, { tool: 'pen', color: '#111111', width: 0.01, points: [0.1, 0.1, 0.5, 0.5, 0.9, 0.2] });
  updateShot(doc, first, { durationMs: 4500 });
  setBeat(doc, [first], { type: 'hook', emotion: 'anger', intensity: 7 });
  const added = addShot(doc, { episodeId, afterShotId: first, content: { scene: 'INT. TEAHOUSE – LATER' } });
  deleteEpisode(doc, doomed);
  const after = readBoard(doc);
  return { doc, version, before, after, changes: compareBoards(before, after), ids: { episodeId, doomed, first, second, added, doomedShot, hero } };
}
