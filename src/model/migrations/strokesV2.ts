import * as Y from 'yjs';
import { getShotsMap } from '../doc';
import { getMarksMap } from '../notes/commands';
import { isStrokeV1, strokeFromV1 } from '../strokes/strokeForms';

/**
 * Schema version 2 stores stroke points as an encoded path (docs/schema.md, "Strokes"). This
 * brings every stroke list up to it: each version 1 stroke is replaced, at its place in the
 * list, by the same stroke encoded, under the same id.
 *
 * It is idempotent and safe to run by two writers at once. Both delete the same version 1
 * item (a delete of a deleted item is nothing) and each inserts a copy with the same id and
 * the same drawing; readers show an id once, and the next run keeps only the first copy of an
 * id. So a stroke is never lost, and never shown twice. It runs inside the caller's
 * transaction, and returns how many strokes it changed.
 */
export function upgradeStrokeList(list: Y.Array<unknown>): number {
  // Almost always there is nothing to do: a quick look first, since this runs on every open.
  if (!needsUpgrade(list)) return 0;
  let changed = 0;
  // From the end, so a change at one index never shifts the ones still to visit; the ids
  // are collected first so that the first copy of an id (in list order) is the one kept.
  const ids = list.toArray().map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined));
  const firstIndexOf = new Map<string, number>();
  ids.forEach((id, index) => {
    if (typeof id === 'string' && !firstIndexOf.has(id)) firstIndexOf.set(id, index);
  });
  for (let index = ids.length - 1; index >= 0; index--) {
    const id = ids[index];
    if (typeof id === 'string' && firstIndexOf.get(id) !== index) {
      list.delete(index, 1);
      changed++;
      continue;
    }
    const item = list.get(index);
    if (isStrokeV1(item)) {
      list.delete(index, 1);
      list.insert(index, [strokeFromV1(item)]);
      changed++;
    }
  }
  return changed;
}

/** True when a list holds a version 1 stroke or an id twice. */
function needsUpgrade(list: Y.Array<unknown>): boolean {
  const ids = new Set<unknown>();
  let found = false;
  list.forEach((item) => {
    if (found) return;
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (ids.has(id) || isStrokeV1(item)) found = true;
    ids.add(id);
  });
  return found;
}

/** Upgrades the sketch strokes of every shot of a board doc; returns how many changed. */
export function upgradeBoardStrokes(doc: Y.Doc): number {
  let changed = 0;
  getShotsMap(doc).forEach((shot) => {
    if (!(shot instanceof Y.Map)) return;
    const strokes = shot.get('strokes');
    if (strokes instanceof Y.Array && strokes.length > 0) changed += upgradeStrokeList(strokes);
  });
  return changed;
}

/** Upgrades the director's marks of every shot of a notes doc; returns how many changed. */
export function upgradeNotesMarks(notes: Y.Doc): number {
  let changed = 0;
  getMarksMap(notes).forEach((marks) => {
    if (marks instanceof Y.Array && marks.length > 0) changed += upgradeStrokeList(marks);
  });
  return changed;
}
