import * as Y from 'yjs';
import {
  getEpisodeMap, getShotMap, getShotsMap, orderedEpisodes, orderedShots, orderedShotsByEpisode, orderOf,
  setField, transact, type RecordMap,
} from '../doc';
import { NotFoundError } from '../errors';
import { newId } from '../ids';
import { MAX_SOUND_NAME_LENGTH, clipText } from '../limits';
import { compareByOrder, planPlacement, type OrderEntry } from '../order';
import { readShot } from '../read';
import {
  BeatPatchSchema, ShotContentInputSchema, ShotPatchSchema, clampIntensity, defaultShotContent, parseInput,
} from '../schema';
import { setTextField } from '../text';
import type { BeatPatch, DialogueLine, Shot, ShotContent, ShotPatch } from '../types';

/**
 * New shot content: any field may be left out (of a dialogue line and the beat too), and
 * strokes may be drawn points or encoded paths.
 */
export type ShotContentInput = Omit<Partial<ShotContent>, 'strokes' | 'dialogue' | 'beat'> & {
  strokes?: StrokeInput[];
  dialogue?: Partial<DialogueLine>[];
  beat?: BeatPatch;
};
import { insertDialogueLines } from './dialogue';
import { copyStroke } from './strokes';
import { toStoredStroke, type StrokeInput } from '../strokes/strokeForms';

/** Validates new shot content and fills what was left out; `scene` stays undefined if not given. */
function toContent(input: ShotContentInput): Omit<ShotContent, 'scene'> & { scene?: string } {
  const valid = parseInput(ShotContentInputSchema, input);
  const base = defaultShotContent();
  return {
    ...base,
    ...valid,
    scene: valid.scene,
    dialogue: (valid.dialogue ?? []).map((line) => ({
      characterId: line.characterId ?? null, line: line.line ?? '', parenthetical: line.parenthetical ?? '',
    })),
    beat: { ...base.beat, ...valid.beat, intensity: clampIntensity(valid.beat?.intensity ?? 0) },
    strokes: (valid.strokes ?? []).map((stroke) => toStoredStroke(stroke as StrokeInput, stroke.id ?? newId())),
  };
}

/** Creates a shot record: its map joins the doc first, then each field is set. */
function createShot(doc: Y.Doc, id: string, episodeId: string, order: string, content: ShotContent): void {
  const map = new Y.Map<unknown>();
  getShotsMap(doc).set(id, map);
  map.set('episodeId', episodeId);
  map.set('order', order);
  map.set('scene', content.scene);
  map.set('size', content.size);
  map.set('angle', content.angle);
  map.set('movement', content.movement);
  map.set('moveAmount', content.moveAmount);
  map.set('transition', content.transition);
  map.set('durationMs', content.durationMs);
  map.set('action', new Y.Text(content.action));
  const dialogue = new Y.Array<unknown>();
  map.set('dialogue', dialogue);
  insertDialogueLines(dialogue, 0, content.dialogue);
  map.set('sound', content.sound);
  map.set('notes', new Y.Text(content.notes));
  const beat = new Y.Map<unknown>();
  map.set('beat', beat);
  beat.set('type', content.beat.type);
  beat.set('emotion', content.beat.emotion);
  beat.set('intensity', clampIntensity(content.beat.intensity));
  const strokes = new Y.Array<unknown>();
  map.set('strokes', strokes);
  strokes.push(content.strokes.map(copyStroke));
  map.set('imageAssetId', content.imageAssetId);
  map.set('clipAssetId', content.clipAssetId);
  map.set('clipName', content.clipName);
  map.set('clipVolume', content.clipVolume);
}

function applyShotKeys(doc: Y.Doc, entries: OrderEntry[]): void {
  for (const { id, order } of entries) getShotMap(doc, id)?.set('order', order);
}

export interface AddShotInput {
  episodeId: string;
  /** The shot to insert after; null or undefined (or a shot not in the episode) = at the end. */
  afterShotId?: string | null;
  /** Left-out fields get defaults; a left-out scene carries over from the shot before. */
  content?: ShotContentInput;
}

export function addShot(doc: Y.Doc, input: AddShotInput, origin?: unknown): string {
  const { content = {}, ...place } = input;
  return insertShots(doc, { ...place, contents: [content] }, origin)[0];
}

/** Inserts several shots in a row (paste, import) and returns their ids in that order. */
export function insertShots(
  doc: Y.Doc,
  input: { episodeId: string; afterShotId?: string | null; contents: ShotContentInput[] },
  origin?: unknown,
): string[] {
  const contents = input.contents.map(toContent);
  const ids = contents.map(() => newId());
  transact(doc, origin, () => {
    if (!getEpisodeMap(doc, input.episodeId)) throw new NotFoundError('episode', input.episodeId);
    const siblings = orderedShots(doc, input.episodeId);
    const after = input.afterShotId ? siblings.findIndex((s) => s.id === input.afterShotId) : -1;
    const at = after >= 0 ? after + 1 : siblings.length;
    const placement = planPlacement(siblings, at, contents.length);
    applyShotKeys(doc, placement.rekeyed);

    const before = at > 0 ? getShotMap(doc, siblings[at - 1].id)?.get('scene') : undefined;
    let scene = typeof before === 'string' ? before : '';
    contents.forEach((content, i) => {
      scene = content.scene ?? scene;
      createShot(doc, ids[i], input.episodeId, placement.keys[i], { ...content, scene });
    });
  });
  return ids;
}

/** Copies shots, each right after its original; returns the copies' ids in the order given. */
export function duplicateShots(doc: Y.Doc, ids: string[], origin?: unknown): string[] {
  const copies: string[] = [];
  transact(doc, origin, () => {
    const lanes = orderedShotsByEpisode(doc);
    for (const id of new Set(ids)) {
      const map = getShotMap(doc, id);
      if (!map) continue;
      const original = readShot(id, map);
      const lane = lanes.get(original.episodeId);
      if (!lane || !getEpisodeMap(doc, original.episodeId)) continue;
      const at = lane.findIndex((entry) => entry.id === id) + 1;
      const placement = planPlacement(lane, at, 1);
      for (const changed of placement.rekeyed) {
        getShotMap(doc, changed.id)?.set('order', changed.order);
        lane.find((entry) => entry.id === changed.id)!.order = changed.order;
      }
      const copyId = newId();
      createShot(doc, copyId, original.episodeId, placement.keys[0], shotContent(original));
      lane.splice(at, 0, { id: copyId, order: placement.keys[0] });
      copies.push(copyId);
    }
  });
  return copies;
}

export function deleteShots(doc: Y.Doc, ids: string[], origin?: unknown): void {
  transact(doc, origin, () => {
    const shots = getShotsMap(doc);
    for (const id of ids) shots.delete(id);
  });
}

/**
 * Moves shots to `index` of an episode, where `index` counts the episode's shots without the
 * moved ones; the moved shots keep their relative order. Each moved shot gets a new `order`
 * key (and `episodeId`), and nothing else is written, so two people moving the same shot at
 * once end with it in one place. Both fields are always written, even when the episode does not
 * change: concurrent writes to one map resolve the same way for every key, so a shot takes
 * its episode and its key from the same move instead of mixing two.
 */
export function moveShots(
  doc: Y.Doc,
  ids: string[],
  target: { episodeId: string; index: number },
  origin?: unknown,
): void {
  transact(doc, origin, () => {
    if (!getEpisodeMap(doc, target.episodeId)) throw new NotFoundError('episode', target.episodeId);
    const lanePosition = new Map(orderedEpisodes(doc).map((episode, i) => [episode.id, i]));
    const moving: Array<OrderEntry & { map: RecordMap; lane: number }> = [];
    for (const id of new Set(ids)) {
      const map = getShotMap(doc, id);
      if (!map) continue;
      const lane = lanePosition.get(map.get('episodeId') as string) ?? Number.MAX_SAFE_INTEGER;
      moving.push({ id, order: orderOf(map), map, lane });
    }
    if (moving.length === 0) return;
    moving.sort((a, b) => a.lane - b.lane || compareByOrder(a, b));

    const movingIds = new Set(moving.map((shot) => shot.id));
    const siblings = orderedShots(doc, target.episodeId).filter((shot) => !movingIds.has(shot.id));
    const placement = planPlacement(siblings, target.index, moving.length);
    applyShotKeys(doc, placement.rekeyed);
    moving.forEach((shot, i) => {
      shot.map.set('episodeId', target.episodeId);
      shot.map.set('order', placement.keys[i]);
    });
  });
}

function applyShotPatch(map: RecordMap, patch: ShotPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'action' || key === 'notes') setTextField(map, key, value as string);
    else setField(map, key, value);
  }
}

/** Sets shot fields; `action` and `notes` are merged into their shared texts as minimal edits. */
export function updateShot(doc: Y.Doc, id: string, patch: ShotPatch, origin?: unknown): void {
  updateShots(doc, [id], patch, origin);
}

/** Sets the same fields on several shots in one step (multi-selection in the inspector). */
export function updateShots(doc: Y.Doc, ids: string[], patch: ShotPatch, origin?: unknown): void {
  const valid = parseInput(ShotPatchSchema, patch);
  transact(doc, origin, () => {
    for (const id of ids) {
      const map = getShotMap(doc, id);
      if (map) applyShotPatch(map, valid);
    }
  });
}

/**
 * Sets (or with null, removes) the sound clip of shots: an audio asset already stored (see
 * `src/collab/assets.ts`) that starts with each shot in the animatic, and the name people see
 * for it (clipped to MAX_SOUND_NAME_LENGTH). The volume is kept.
 */
export function setShotClip(doc: Y.Doc, ids: string[], assetId: string | null, name = '', origin?: unknown): void {
  updateShots(doc, ids, { clipAssetId: assetId, clipName: assetId === null ? '' : clipText(name, MAX_SOUND_NAME_LENGTH) }, origin);
}

/** Sets the clip volume of shots, 0 (silent) to 1; anything else throws a `ValidationError`. */
export function setShotClipVolume(doc: Y.Doc, ids: string[], volume: number, origin?: unknown): void {
  updateShots(doc, ids, { clipVolume: volume }, origin);
}

/** Sets beat fields on each shot's beat map (never replacing it); intensity is clamped to 0..10. */
export function setBeat(doc: Y.Doc, ids: string[], patch: BeatPatch, origin?: unknown): void {
  const valid = parseInput(BeatPatchSchema, patch);
  transact(doc, origin, () => {
    for (const id of ids) {
      const map = getShotMap(doc, id);
      if (!map) continue;
      let beat = map.get('beat');
      if (!(beat instanceof Y.Map)) {
        // Only a corrupt record lacks its beat map, so there is nobody else's map to replace.
        beat = new Y.Map<unknown>();
        map.set('beat', beat);
      }
      const target = beat as RecordMap;
      if (valid.type !== undefined) setField(target, 'type', valid.type);
      if (valid.emotion !== undefined) setField(target, 'emotion', valid.emotion);
      if (valid.intensity !== undefined) setField(target, 'intensity', clampIntensity(valid.intensity));
    }
  });
}

/** A shot's content as fresh plain data (clipboard, duplicate), sharing nothing with `shot`. */
export function shotContent(shot: Shot): ShotContent {
  return {
    scene: shot.scene,
    size: shot.size,
    angle: shot.angle,
    movement: shot.movement,
    moveAmount: shot.moveAmount,
    transition: shot.transition,
    durationMs: shot.durationMs,
    action: shot.action,
    dialogue: shot.dialogue.map((line) => ({ ...line })),
    sound: shot.sound,
    notes: shot.notes,
    beat: { ...shot.beat },
    strokes: shot.strokes.map(copyStroke),
    imageAssetId: shot.imageAssetId,
    clipAssetId: shot.clipAssetId,
    clipName: shot.clipName,
    clipVolume: shot.clipVolume,
  };
}
