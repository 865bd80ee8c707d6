import * as Y from 'yjs';
import {
  getEpisodeMap, getEpisodesMap, getShotsMap, orderedEpisodes, setFields, transact, type RecordMap,
} from '../doc';
import { newId } from '../ids';
import { EPISODE_TEXT_LIMITS, clipFields } from '../limits';
import { planPlacement, type OrderEntry } from '../order';
import { DEFAULT_SOUNDTRACK_VOLUME, DEFAULT_TARGET_SECONDS, EpisodePatchSchema, parseInput } from '../schema';
import type { Episode } from '../types';

export interface AddEpisodeInput {
  title?: string;
  /** The episode to insert after; null or undefined (or an episode that is gone) = at the end. */
  afterEpisodeId?: string | null;
  targetSeconds?: number;
  paywall?: boolean;
  synopsis?: string;
  soundtrackAssetId?: string | null;
  soundtrackName?: string;
  soundtrackVolume?: number;
}

export function addEpisode(doc: Y.Doc, input: AddEpisodeInput = {}, origin?: unknown): string {
  const { afterEpisodeId, ...fields } = input;
  const valid = clipFields(parseInput(EpisodePatchSchema, fields), EPISODE_TEXT_LIMITS);
  const id = newId();
  transact(doc, origin, () => {
    const siblings = orderedEpisodes(doc);
    const after = afterEpisodeId ? siblings.findIndex((e) => e.id === afterEpisodeId) : -1;
    const placement = planPlacement(siblings, after >= 0 ? after + 1 : siblings.length, 1);
    applyEpisodeKeys(doc, placement.rekeyed);

    const map = new Y.Map<unknown>();
    getEpisodesMap(doc).set(id, map);
    map.set('title', valid.title ?? '');
    map.set('order', placement.keys[0]);
    map.set('targetSeconds', valid.targetSeconds ?? DEFAULT_TARGET_SECONDS);
    map.set('paywall', valid.paywall ?? false);
    map.set('synopsis', valid.synopsis ?? '');
    map.set('soundtrackAssetId', valid.soundtrackAssetId ?? null);
    map.set('soundtrackName', valid.soundtrackName ?? '');
    map.set('soundtrackVolume', valid.soundtrackVolume ?? DEFAULT_SOUNDTRACK_VOLUME);
  });
  return id;
}

export function updateEpisode(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Episode, 'id' | 'order'>>,
  origin?: unknown,
): void {
  const valid = clipFields(parseInput(EpisodePatchSchema, patch), EPISODE_TEXT_LIMITS);
  transact(doc, origin, () => setFields(getEpisodeMap(doc, id), valid));
}

/**
 * Sets (or with null, removes) the episode's soundtrack: an audio asset already stored (see
 * `src/collab/assets.ts`) and the name people see for it (its file's name; clipped to
 * MAX_SOUND_NAME_LENGTH). Its volume is kept, so a replaced track plays at the same level.
 */
export function setEpisodeSoundtrack(doc: Y.Doc, id: string, assetId: string | null, name = '', origin?: unknown): void {
  updateEpisode(doc, id, { soundtrackAssetId: assetId, soundtrackName: assetId === null ? '' : name }, origin);
}

/** Sets the soundtrack's volume, 0 (silent) to 1; anything else throws a `ValidationError`. */
export function setEpisodeSoundtrackVolume(doc: Y.Doc, id: string, volume: number, origin?: unknown): void {
  updateEpisode(doc, id, { soundtrackVolume: volume }, origin);
}

/** Moves an episode to `toIndex`, counted among the other episodes (without the moved one). */
export function moveEpisode(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): void {
  transact(doc, origin, () => {
    const map = getEpisodeMap(doc, id);
    if (!map) return;
    const others = orderedEpisodes(doc).filter((e) => e.id !== id);
    const placement = planPlacement(others, toIndex, 1);
    applyEpisodeKeys(doc, placement.rekeyed);
    map.set('order', placement.keys[0]);
  });
}

/** Deletes an episode and all of its shots. */
export function deleteEpisode(doc: Y.Doc, id: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const episodes = getEpisodesMap(doc);
    if (!episodes.has(id)) return;
    const shots = getShotsMap(doc);
    const doomed: string[] = [];
    shots.forEach((shot, shotId) => {
      if (shot instanceof Y.Map && shot.get('episodeId') === id) doomed.push(shotId);
    });
    for (const shotId of doomed) shots.delete(shotId);
    episodes.delete(id);
  });
}

function applyEpisodeKeys(doc: Y.Doc, entries: OrderEntry[]): void {
  for (const { id, order } of entries) {
    const map: RecordMap | undefined = getEpisodeMap(doc, id);
    map?.set('order', order);
  }
}
