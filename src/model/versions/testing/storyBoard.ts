import * as Y from 'yjs';
import { addCharacter } from '../../commands/characters';
import { addEpisode } from '../../commands/episodes';
import { addShot } from '../../commands/shots';
import { addComment, addMark, replyToComment, setApproval } from '../../notes/commands';
import { readBoard } from '../../read';
import { setRhythmThresholds } from '../../rhythm/commands';
import { REMOTE_ORIGIN, newBoard } from '../../testing/newBoard';

/** Shared set-up for the restore tests: a small board with a bit of everything, and peers. */

export const penLine = (x: number) => ({ tool: 'pen' as const, color: '#222222', width: 0.01, points: [x, 0.1, x + 0.2, 0.4, x + 0.3, 0.5] });

/** Two episodes of two shots, a speaking character, sketches, a rhythm threshold, and notes. */
export function storyBoard() {
  const { doc, episodeId: e1 } = newBoard('Story');
  const lin = addCharacter(doc, { name: 'Lin' });
  const e2 = addEpisode(doc, { title: 'Two', synopsis: 'The reckoning.' });
  const s1 = addShot(doc, {
    episodeId: e1,
    content: {
      scene: 'INT. FLAT - NIGHT', action: 'She waits by the door.', notes: 'Low key light.',
      dialogue: [{ characterId: lin, line: 'Where were you?' }, { characterId: null, line: 'Out.', parenthetical: 'off' }],
      beat: { type: 'hook', emotion: 'anger', intensity: 7 }, strokes: [penLine(0.1), penLine(0.2), penLine(0.3)],
    },
  });
  const s2 = addShot(doc, { episodeId: e1, content: { action: 'He shrugs.', strokes: [penLine(0.4)] } });
  const s3 = addShot(doc, { episodeId: e2, content: { scene: 'EXT. CANAL - DAWN', strokes: [penLine(0.5), penLine(0.6)] } });
  const s4 = addShot(doc, { episodeId: e2, content: { action: 'The barge drifts.' } });
  setRhythmThresholds(doc, { hookMinIntensity: 7 });

  const notes = new Y.Doc();
  const author = { id: 'u1', name: 'Dana', color: '#e4572e' };
  const comment = addComment(notes, { shotId: s1, author, text: 'Tighter?', now: 1 });
  replyToComment(notes, comment, author, 'Yes', 2);
  addMark(notes, s1, penLine(0.1));
  setApproval(notes, s2, 'approved', 'Dana', 3);
  return { doc, notes, lin, e1, e2, s1, s2, s3, s4, comment, author };
}

/** A version of a doc as the version store hands it back: its whole state in a doc of its own. */
export function versionOf(doc: Y.Doc): Y.Doc {
  const version = new Y.Doc();
  Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
  return version;
}

/** The board as plain data, without the reader's problem list. */
export function contentOf(doc: Y.Doc) {
  const { problems: _problems, ...content } = readBoard(doc);
  return content;
}

/** Forwards every update of each doc to the other, as a relay does, until the returned function is called. */
export function linkLive(a: Y.Doc, b: Y.Doc): () => void {
  const toB = (update: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(b, update, REMOTE_ORIGIN);
  const toA = (update: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(a, update, REMOTE_ORIGIN);
  a.on('update', toB);
  b.on('update', toA);
  return () => {
    a.off('update', toB);
    b.off('update', toA);
  };
}

/** Counts the updates a doc emits while `fn` runs. */
export function updatesDuring(doc: Y.Doc, fn: () => void): number {
  let count = 0;
  const onUpdate = () => count++;
  doc.on('update', onUpdate);
  try {
    fn();
  } finally {
    doc.off('update', onUpdate);
  }
  return count;
}
