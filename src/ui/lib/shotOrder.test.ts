import { describe, expect, it } from 'vitest';
import type { BoardSnapshot, Shot } from '../../model/types';
import { orderedShotIds } from './shotOrder';

function shot(id: string, episodeId: string): Shot {
  return {
    id, episodeId, order: 'a0', scene: '', size: null, angle: null, movement: null, durationMs: 3000,
    action: '', dialogue: [], sound: '', notes: '', beat: { type: null, emotion: null, intensity: 0 },
    strokes: [], imageAssetId: null,
  };
}

function board(): BoardSnapshot {
  const episode = (id: string) => ({ id, title: id, order: id, targetSeconds: 90, paywall: false, synopsis: '' });
  return {
    meta: { schemaVersion: 1, title: 'T', logline: '', language: 'en', aspect: '9:16', createdAt: 0 },
    characters: {},
    episodes: [episode('e1'), episode('e2')],
    shots: { s1: shot('s1', 'e1'), s2: shot('s2', 'e1'), s3: shot('s3', 'e2') },
    shotsByEpisode: { e1: ['s1', 's2'], e2: ['s3'] },
    problems: [],
  };
}

describe('orderedShotIds', () => {
  it('lists shots episode by episode, or one episode', () => {
    expect(orderedShotIds(board())).toEqual(['s1', 's2', 's3']);
    expect(orderedShotIds(board(), 'e2')).toEqual(['s3']);
  });
});
