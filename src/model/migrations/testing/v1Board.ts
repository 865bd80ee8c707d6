import * as Y from 'yjs';
import { handLikeStroke, seededRandom } from '../../strokes/testing/handStrokes';

/**
 * A board as Beatboard wrote it in schema version 1: stroke points as JSON lists of numbers,
 * in the sketches and in the director's marks. Built with plain Yjs calls, since today's
 * commands only write version 2.
 */
export interface V1Board {
  doc: Y.Doc;
  notes: Y.Doc;
  episodeId: string;
  shotIds: string[];
  /** Every stroke as written, by shot id (sketches) ... */
  strokes: Record<string, { id: string; points: number[] }[]>;
  /** ... and the marks, by shot id. */
  marks: Record<string, { id: string; points: number[] }[]>;
}

export function buildV1Board(options: { shots?: number; strokesPerShot?: number; seed?: number } = {}): V1Board {
  const { shots = 3, strokesPerShot = 4, seed = 11 } = options;
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  const notes = new Y.Doc();
  const episodeId = 'episode-one';
  const strokes: V1Board['strokes'] = {};
  const marks: V1Board['marks'] = {};
  const shotIds = Array.from({ length: shots }, (_, index) => `shot-${index + 1}`);
  doc.transact(() => {
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', 1);
    meta.set('title', 'Version one board');
    meta.set('logline', '');
    meta.set('language', 'en');
    meta.set('aspect', '9:16');
    meta.set('createdAt', 1_600_000_000_000);
    const episode = new Y.Map<unknown>();
    doc.getMap('episodes').set(episodeId, episode);
    episode.set('title', 'Pilot');
    episode.set('order', 'a0');
    episode.set('targetSeconds', 90);
    episode.set('paywall', false);
    episode.set('synopsis', '');
    shotIds.forEach((shotId, index) => {
      const shot = new Y.Map<unknown>();
      doc.getMap('shots').set(shotId, shot);
      shot.set('episodeId', episodeId);
      shot.set('order', `a${index}`);
      shot.set('scene', 'EXT. CANAL - NIGHT');
      shot.set('durationMs', 3000);
      shot.set('action', new Y.Text(`Shot ${index + 1}`));
      const list = new Y.Array<unknown>();
      shot.set('strokes', list);
      strokes[shotId] = Array.from({ length: strokesPerShot }, (_, k) => ({ id: `${shotId}-s${k}`, points: handLikeStroke(random, 12 + k) }));
      // One stroke runs off the panel edge, which version 1 allowed and version 2 keeps.
      strokes[shotId]![0]!.points.push(1.08, -0.05);
      list.push(strokes[shotId]!.map(({ id, points }, k) => ({ id, tool: k % 2 ? 'marker' : 'pen', color: '#222222', width: 0.01, points })));
    });
  });
  notes.transact(() => {
    const shotId = shotIds[0]!;
    marks[shotId] = [{ id: 'mark-1', points: handLikeStroke(random, 10) }];
    const list = new Y.Array<unknown>();
    notes.getMap('marks').set(shotId, list);
    list.push(marks[shotId]!.map(({ id, points }) => ({ id, tool: 'pen', color: '#d92d20', width: 0.006, points })));
  });
  return { doc, notes, episodeId, shotIds, strokes, marks };
}
