import * as Y from 'yjs';
import { compareByOrder, type OrderEntry } from './order';

/**
 * Access to the board doc's top-level types and records (see docs/schema.md), shared by the
 * reader and the commands. Apart from `setField`, `setFields` and `arrayIn`, nothing here writes.
 */

/** The board's own roots (suggestions aside, which the server writes as they stream in). */
export const BOARD_ROOTS = ['meta', 'characters', 'episodes', 'shots'] as const;

export type RecordMap = Y.Map<unknown>;

export const getMetaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const getCharactersMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('characters');
export const getEpisodesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('episodes');
export const getShotsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('shots');
export const getSuggestionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('suggestions');

/** The Y.Maps in `BOARD_ROOTS`, ready to hand to `new Y.UndoManager(...)`. */
export function boardRootMaps(doc: Y.Doc): Y.Map<unknown>[] {
  return BOARD_ROOTS.map((name) => doc.getMap(name));
}

/** A record's Y.Map, or undefined when it is missing or is not a Y.Map (a corrupt entry). */
export function getRecordMap(parent: Y.Map<unknown>, id: string): RecordMap | undefined {
  const value = parent.get(id);
  return value instanceof Y.Map ? value : undefined;
}

export const getCharacterMap = (doc: Y.Doc, id: string) => getRecordMap(getCharactersMap(doc), id);
export const getEpisodeMap = (doc: Y.Doc, id: string) => getRecordMap(getEpisodesMap(doc), id);
export const getShotMap = (doc: Y.Doc, id: string) => getRecordMap(getShotsMap(doc), id);

/** The stored order key, or '' (sorts first) when a corrupt record has none. */
export function orderOf(record: RecordMap): string {
  const order = record.get('order');
  return typeof order === 'string' ? order : '';
}

/** Episodes as (id, order) in board order. */
export function orderedEpisodes(doc: Y.Doc): OrderEntry[] {
  const entries: OrderEntry[] = [];
  getEpisodesMap(doc).forEach((value, id) => {
    if (value instanceof Y.Map) entries.push({ id, order: orderOf(value) });
  });
  return entries.sort(compareByOrder);
}

/** Every episode's shots as (id, order) in order, keyed by episode id (episodes with shots only). */
export function orderedShotsByEpisode(doc: Y.Doc): Map<string, OrderEntry[]> {
  const lanes = new Map<string, OrderEntry[]>();
  getShotsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const episodeId = value.get('episodeId');
    if (typeof episodeId !== 'string') return;
    let lane = lanes.get(episodeId);
    if (!lane) lanes.set(episodeId, (lane = []));
    lane.push({ id, order: orderOf(value) });
  });
  for (const lane of lanes.values()) lane.sort(compareByOrder);
  return lanes;
}

/** One episode's shots as (id, order) in order. */
export function orderedShots(doc: Y.Doc, episodeId: string): OrderEntry[] {
  const entries: OrderEntry[] = [];
  getShotsMap(doc).forEach((value, id) => {
    if (value instanceof Y.Map && value.get('episodeId') === episodeId) entries.push({ id, order: orderOf(value) });
  });
  return entries.sort(compareByOrder);
}

/** Runs `fn` as one transaction: one update for peers, one step for undo. */
export function transact<T>(doc: Y.Doc, origin: unknown, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin ?? null);
  return result;
}

/**
 * Sets a plain field, skipping the write when the value is already there: an unchanged field
 * then costs no update, no undo step and no conflict with a peer who is changing it.
 */
export function setField(map: RecordMap, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value);
}

/** Sets every field of a patch that is not undefined (see `setField`); no-op for a missing record. */
export function setFields(map: RecordMap | undefined, patch: object): void {
  if (!map) return;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) setField(map, key, value);
  }
}

/** The Y.Array under `key`, created in the caller's transaction when it is missing or corrupt. */
export function arrayIn(parent: Y.Map<unknown>, key: string): Y.Array<unknown> {
  const existing = parent.get(key);
  if (existing instanceof Y.Array) return existing;
  const created = new Y.Array<unknown>();
  parent.set(key, created);
  return created;
}
