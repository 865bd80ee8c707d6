import * as Y from 'yjs';
import {
  addCharacter, addDialogueLine, addEpisode, addStroke, initBoard, insertShots, setBeat,
} from '../../src/model';
import { BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES } from '../../src/model/types';
import { seededRandom } from '../../src/model/strokes/testing/handStrokes';

export interface HeavyBoardOptions {
  episodes: number;
  shotsPerEpisode: number;
  strokesPerShot: number;
  pointsPerStroke: number;
}

export const HEAVY_BOARD: HeavyBoardOptions = { episodes: 100, shotsPerEpisode: 50, strokesPerShot: 20, pointsPerStroke: 12 };

/** Builds a board of episodes x shots, every shot with a sketch, a dialogue line and a beat. */
export function buildHeavyBoard(options: HeavyBoardOptions = HEAVY_BOARD): Y.Doc {
  // Deterministic, so every benchmark run draws the same board.
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const doc = new Y.Doc();
  const { episodeId: firstEpisode } = initBoard(doc, { title: 'Heavy board', language: 'en' });
  const characters = ['Lin Yue', 'Zhou Hao', 'Aunt Mei'].map((name) => addCharacter(doc, { name }));

  let episodeId = firstEpisode;
  for (let e = 0; e < options.episodes; e++) {
    if (e > 0) episodeId = addEpisode(doc, { title: `Episode ${e + 1}`, afterEpisodeId: episodeId });
    const contents = Array.from({ length: options.shotsPerEpisode }, (_, s) => ({
      scene: `EXT. CANAL - NIGHT ${s + 1}`,
      size: pick(SHOT_SIZES),
      movement: pick(MOVEMENTS),
      durationMs: 2000 + Math.round(random() * 6000),
      action: `She turns toward the water. Beat ${s + 1}.`,
    }));
    const shotIds = insertShots(doc, { episodeId, contents });
    for (const shotId of shotIds) {
      addDialogueLine(doc, shotId, { characterId: pick(characters), line: 'You owe me an explanation.' });
      setBeat(doc, [shotId], { type: pick(BEAT_TYPES), emotion: pick(EMOTIONS), intensity: Math.round(random() * 10) });
      for (let k = 0; k < options.strokesPerShot; k++) {
        const points: number[] = [];
        let x = random();
        let y = random();
        for (let p = 0; p < options.pointsPerStroke; p++) {
          x = Math.min(1, Math.max(0, x + (random() - 0.5) * 0.1));
          y = Math.min(1, Math.max(0, y + (random() - 0.5) * 0.1));
          points.push(Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4);
        }
        addStroke(doc, shotId, { tool: 'pen', color: '#1f2937', width: 0.01, points });
      }
    }
  }
  return doc;
}
