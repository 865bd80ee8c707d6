import type { BoardSnapshot, Episode, Shot, Stroke } from '../types';
import {
  EPISODE_FIELDS, SHOT_TEXT_FIELDS,
  type BoardChange, type ChangeKind, type ChangeSummary, type EpisodeField, type ShotField,
} from './types';

/**
 * Compares two plain boards (as `readBoard` returns them) record by record. Used to show what
 * a version changed, and to summarise a new version against the one before it.
 *
 * Fields are compared as stored: `order` is reported when the record's own key changed (a
 * move writes only the moved record's key, so neighbours are not reported), `episodeId` when
 * a shot moved to another episode.
 */
export function compareBoards(before: BoardSnapshot, after: BoardSnapshot): BoardChange[] {
  const beforeEpisodes = new Map(before.episodes.map((episode) => [episode.id, episode]));
  const afterEpisodeIds = new Set(after.episodes.map((episode) => episode.id));
  const episodeIds = inReadingOrder(
    after.episodes.map((episode) => episode.id),
    before.episodes.map((episode) => episode.id),
    (id) => !afterEpisodeIds.has(id),
  );
  const afterEpisodes = new Map(after.episodes.map((episode) => [episode.id, episode]));

  const changes: BoardChange[] = [];
  for (const episodeId of episodeIds) {
    const episodeChange = compareEpisode(beforeEpisodes.get(episodeId), afterEpisodes.get(episodeId));
    if (episodeChange) changes.push(episodeChange);
    const shotIds = inReadingOrder(
      after.shotsByEpisode[episodeId] ?? [],
      before.shotsByEpisode[episodeId] ?? [],
      (id) => !Object.hasOwn(after.shots, id),
    );
    for (const shotId of shotIds) {
      const shotChange = compareShot(before.shots[shotId], after.shots[shotId]);
      if (shotChange) changes.push(shotChange);
    }
  }
  return changes;
}

/**
 * `afterIds` with the removed ones of `beforeIds` slotted in where they were: each right after
 * the id that preceded it in `beforeIds` and is still there (or first). Ids of `beforeIds`
 * that are neither in `afterIds` nor removed (a shot moved to another episode) are listed
 * elsewhere, so they are skipped here.
 */
function inReadingOrder(afterIds: readonly string[], beforeIds: readonly string[], isRemoved: (id: string) => boolean): string[] {
  const present = new Set(afterIds);
  const START = '';
  const removedAfter = new Map<string, string[]>();
  let anchor = START;
  for (const id of beforeIds) {
    if (present.has(id)) anchor = id;
    else if (isRemoved(id)) {
      const run = removedAfter.get(anchor);
      if (run) run.push(id);
      else removedAfter.set(anchor, [id]);
    }
  }
  if (removedAfter.size === 0) return [...afterIds];
  const ordered = [...(removedAfter.get(START) ?? [])];
  for (const id of afterIds) ordered.push(id, ...(removedAfter.get(id) ?? []));
  return ordered;
}

function changeKind(before: unknown, after: unknown): ChangeKind {
  if (!before) return 'added';
  return after ? 'changed' : 'removed';
}

function compareEpisode(before: Episode | undefined, after: Episode | undefined): BoardChange | null {
  // The same object: a board read again where nothing of it changed.
  if (before === after) return null;
  const fields: EpisodeField[] = before && after ? EPISODE_FIELDS.filter((field) => before[field] !== after[field]) : [];
  const change = changeKind(before, after);
  if (change === 'changed' && fields.length === 0) return null;
  return { kind: 'episode', change, episodeId: (after ?? before)!.id, fields };
}

function compareShot(before: Shot | undefined, after: Shot | undefined): BoardChange | null {
  if (before === after) return null;
  const fields = before && after ? changedShotFields(before, after) : [];
  const change = changeKind(before, after);
  if (change === 'changed' && fields.length === 0) return null;
  const shot = (after ?? before)!;
  return { kind: 'shot', change, shotId: shot.id, episodeId: shot.episodeId, fields };
}

/** The fields that differ, in the order of `ShotField`: the text fields, then sketch, episode and order. */
export function changedShotFields(before: Shot, after: Shot): ShotField[] {
  const fields: ShotField[] = SHOT_TEXT_FIELDS.filter((field) => !sameValue(before[field], after[field]));
  if (!sameStrokes(before.strokes, after.strokes)) fields.push('sketch');
  if (before.episodeId !== after.episodeId) fields.push('episodeId');
  if (before.order !== after.order) fields.push('order');
  return fields;
}

/** Deep equality of plain snapshot values (strings, numbers, null, arrays and plain objects such as the beat or a dialogue line). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Two sketches are the same when they hold the same strokes (by id, path, tool, colour and width) in the same order. */
export function sameStrokes(a: readonly Stroke[], b: readonly Stroke[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((stroke, i) => sameStroke(stroke, b[i]));
}

function sameStroke(a: Stroke, b: Stroke): boolean {
  if (a === b) return true;
  return a.id === b.id && a.tool === b.tool && a.color === b.color && a.width === b.width && sameBytes(a.path, b.path);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const noChanges = () => ({ added: 0, removed: 0, changed: 0 });

/** Counts a comparison's entries; a sketch change counts among the changed shots and in `sketchesChanged`. */
export function summaryOfChanges(changes: readonly BoardChange[]): ChangeSummary {
  const summary: ChangeSummary = { episodes: noChanges(), shots: noChanges(), sketchesChanged: 0 };
  for (const entry of changes) {
    if (entry.kind === 'episode') {
      summary.episodes[entry.change]++;
    } else {
      summary.shots[entry.change]++;
      if (entry.change === 'changed' && entry.fields.includes('sketch')) summary.sketchesChanged++;
    }
  }
  return summary;
}

/**
 * What changed from `before` to `after`. With no `before` (a board's first version),
 * everything in `after` counts as added.
 */
export function summariseChanges(before: BoardSnapshot | null, after: BoardSnapshot): ChangeSummary {
  if (before) return summaryOfChanges(compareBoards(before, after));
  const shotCount = Object.values(after.shotsByEpisode).reduce((sum, lane) => sum + lane.length, 0);
  return {
    episodes: { ...noChanges(), added: after.episodes.length },
    shots: { ...noChanges(), added: shotCount },
    sketchesChanged: 0,
  };
}
