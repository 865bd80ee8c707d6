import * as Y from 'yjs';
import { addCharacter, addEpisode, getShotsMap, initBoard, insertShots, newId } from '../../src/model';
import { handLikeStroke, seededRandom } from '../../src/model/strokes/testing/handStrokes';
import { BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES } from '../../src/model/types';

/** The scale users reach: a 100-episode series, every shot sketched. */
export const SERIES_BOARD = { episodes: 100, shotsPerEpisode: 30, strokesPerShot: 20, pointsPerStroke: 40 };

/**
 * Builds the series board of the benchmark: every shot with a sketch of hand-like strokes, a
 * dialogue line and a beat. `format` picks how strokes are stored: 'v2' as today's commands
 * write them, 'v1' as JSON lists of numbers (schema version 1), to compare document sizes.
 */
export function buildSeriesBoard(format: 'v1' | 'v2' = 'v2', size = SERIES_BOARD): Y.Doc {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const doc = new Y.Doc();
  const { episodeId: firstEpisode } = initBoard(doc, { title: 'Series scale', language: 'en' });
  const characters = ['Lin Yue', 'Zhou Hao', 'Aunt Mei'].map((name) => addCharacter(doc, { name }));
  let episodeId = firstEpisode;
  for (let e = 0; e < size.episodes; e++) {
    if (e > 0) episodeId = addEpisode(doc, { title: `Episode ${e + 1}`, afterEpisodeId: episodeId });
    const sketches = Array.from({ length: size.shotsPerEpisode }, () =>
      Array.from({ length: size.strokesPerShot }, () => ({
        id: newId(), tool: 'pen' as const, color: '#1f2937', width: 0.008, points: handLikeStroke(random, size.pointsPerStroke),
      })),
    );
    const contents = sketches.map((strokes, s) => ({
      scene: `EXT. CANAL - NIGHT ${s + 1}`,
      size: pick(SHOT_SIZES),
      movement: pick(MOVEMENTS),
      durationMs: 2000 + Math.round(random() * 4000),
      action: `She turns toward the water. Beat ${s + 1}.`,
      dialogue: [{ characterId: pick(characters), line: 'You owe me an explanation.' }],
      beat: { type: pick(BEAT_TYPES), emotion: pick(EMOTIONS), intensity: Math.round(random() * 10) },
      ...(format === 'v2' ? { strokes } : {}),
    }));
    const shotIds = insertShots(doc, { episodeId, contents });
    if (format === 'v1') {
      // Version 1 stored the points as they are; today's commands only write version 2.
      doc.transact(() => {
        shotIds.forEach((shotId, s) => {
          ((getShotsMap(doc).get(shotId) as Y.Map<unknown>).get('strokes') as Y.Array<unknown>).push(sketches[s]!);
        });
      });
    }
  }
  if (format === 'v1') doc.getMap('meta').set('schemaVersion', 1);
  return doc;
}
