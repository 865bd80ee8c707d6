import * as Y from 'yjs';
import {
  addCharacter, addDialogueLine, addEpisode, deleteShots, insertShots, moveShots, readBoard, removeDialogueLine,
  updateCharacter, updateDialogueLine, updateEpisode, updateShot, type Shot, type ShotPatch,
} from '../../../model';
import { shotContentOf } from '../importScript';
import type { ScriptShot } from '../types';
import type { ReimportPlan } from './planReimport';

export interface ReimportReport {
  updated: number;
  unchanged: number;
  added: number;
  /** Board shots the script no longer has that the user chose to delete. */
  deleted: number;
  /** Board shots the script no longer has that stay on the board. */
  kept: number;
  newEpisodes: number;
  newCharacters: string[];
}

/**
 * Carries out a re-import plan as one change (so one undo takes it back). Matched shots get the
 * script's scene, action and dialogue; a camera-note size, captions and sound cues only fill an
 * empty size, notes or sound, and a bio only an empty bio. Sketches,
 * images, beats, timings and everything in the notes doc are never touched, since matched
 * shots keep their ids. Missing shots are deleted only when listed in `deleteShotIds`.
 */
export function applyReimport(doc: Y.Doc, plan: ReimportPlan, deleteShotIds: ReadonlySet<string>, origin?: unknown): ReimportReport {
  const missing = new Set(plan.episodes.flatMap((episode) => episode.missing));
  const deleting = [...deleteShotIds].filter((id) => missing.has(id));
  doc.transact(() => {
    const board = readBoard(doc);
    const characterIds = new Map(Object.values(board.characters).map((character) => [character.name.trim().toLowerCase(), character.id]));
    for (const { name, bio } of plan.newCharacters) characterIds.set(name.trim().toLowerCase(), addCharacter(doc, { name, bio }, origin));
    for (const { characterId, bio } of plan.bios) updateCharacter(doc, characterId, { bio }, origin);
    const characterOf = (name: string) => characterIds.get(name.trim().toLowerCase()) ?? null;

    for (const episode of plan.episodes) {
      const episodeId = episode.episodeId ?? addEpisode(doc, { title: episode.title }, origin);
      const current = board.episodes.find((candidate) => candidate.id === episodeId);
      const patch: { title?: string; synopsis?: string } = {};
      if (episode.title && current && current.title !== episode.title) patch.title = episode.title;
      if (episode.synopsis && current?.synopsis !== episode.synopsis) patch.synopsis = episode.synopsis;
      if (Object.keys(patch).length > 0) updateEpisode(doc, episodeId, patch, origin);

      // New shots go right after the board shot before them in script order.
      let after: string | null = null;
      let pending: ScriptShot[] = [];
      const flush = () => {
        if (pending.length === 0) return;
        const ids = insertShots(doc, { episodeId, afterShotId: after, contents: pending.map((shot) => shotContentOf(shot, characterOf)) }, origin);
        // With nothing before them, insertShots appends; script shots before every board shot
        // belong at the start of the episode.
        if (after === null) moveShots(doc, ids, { episodeId, index: 0 }, origin);
        after = ids[ids.length - 1] ?? after;
        pending = [];
      };
      for (const step of episode.steps) {
        if (step.kind === 'add') {
          pending.push(step.script);
          continue;
        }
        flush();
        after = step.shotId;
        const before = board.shots[step.shotId];
        if (step.changed && before) updateMatchedShot(doc, step.shotId, step.script, before, characterOf, origin);
      }
      flush();
    }
    if (deleting.length > 0) deleteShots(doc, deleting, origin);
  }, origin);

  return {
    updated: plan.counts.updated,
    unchanged: plan.counts.unchanged,
    added: plan.counts.added,
    deleted: deleting.length,
    kept: missing.size - deleting.length,
    newEpisodes: plan.counts.newEpisodes,
    newCharacters: plan.newCharacters.map((character) => character.name),
  };
}

/** `before` is the shot as it was when the re-import began; nothing else has changed it since. */
function updateMatchedShot(
  doc: Y.Doc, shotId: string, script: ScriptShot, before: Shot, characterOf: (name: string) => string | null, origin: unknown,
): void {
  const patch: ShotPatch = { action: script.action };
  if (script.scene) patch.scene = script.scene;
  if (script.size && !before.size) patch.size = script.size;
  if (script.sound && !before.sound) patch.sound = script.sound;
  if (script.notes && !before.notes) patch.notes = script.notes;
  updateShot(doc, shotId, patch, origin);
  const existing = before.dialogue.length;
  script.dialogue.forEach((line, index) => {
    const fields = { characterId: characterOf(line.character), line: line.line, parenthetical: line.parenthetical };
    if (index < existing) updateDialogueLine(doc, shotId, index, fields, origin);
    else addDialogueLine(doc, shotId, fields, index, origin);
  });
  for (let index = existing - 1; index >= script.dialogue.length; index--) removeDialogueLine(doc, shotId, index, origin);
}
