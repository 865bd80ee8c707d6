import * as Y from 'yjs';
import { arrayIn, getShotMap, setField, transact, type RecordMap } from '../doc';
import { NotFoundError } from '../errors';
import { clampIndex } from '../order';
import { DialogueLinePatchSchema, parseInput } from '../schema';
import { setTextField } from '../text';
import type { DialogueLine } from '../types';

/**
 * Dialogue of a shot: a Y.Array of Y.Maps (`characterId`, `line` as Y.Text, `parenthetical`).
 * Lines are addressed by index, as the inspector lists them; an index that no longer exists
 * (a collaborator just removed the line) is ignored.
 */

/** Inserts line maps into a dialogue array; each map joins the doc before its fields are set. */
export function insertDialogueLines(dialogue: Y.Array<unknown>, index: number, lines: DialogueLine[]): void {
  const maps = lines.map(() => new Y.Map<unknown>());
  dialogue.insert(index, maps);
  maps.forEach((map, i) => {
    map.set('characterId', lines[i].characterId);
    map.set('line', new Y.Text(lines[i].line));
    map.set('parenthetical', lines[i].parenthetical);
  });
}

/** The shot's dialogue array, created if a corrupt record has none. */
function dialogueOf(shot: RecordMap): Y.Array<unknown> {
  return arrayIn(shot, 'dialogue');
}

function lineAt(doc: Y.Doc, shotId: string, index: number): Y.Map<unknown> | undefined {
  const dialogue = getShotMap(doc, shotId)?.get('dialogue');
  if (!(dialogue instanceof Y.Array) || !Number.isInteger(index) || index < 0 || index >= dialogue.length) return undefined;
  const line = dialogue.get(index);
  return line instanceof Y.Map ? line : undefined;
}

/** Adds a line at `index` (default: after the last) and returns the index it landed at. */
export function addDialogueLine(
  doc: Y.Doc,
  shotId: string,
  line: Partial<DialogueLine> = {},
  index?: number,
  origin?: unknown,
): number {
  const valid = parseInput(DialogueLinePatchSchema, line);
  return transact(doc, origin, () => {
    const shot = getShotMap(doc, shotId);
    if (!shot) throw new NotFoundError('shot', shotId);
    const dialogue = dialogueOf(shot);
    const at = clampIndex(index ?? dialogue.length, dialogue.length);
    insertDialogueLines(dialogue, at, [
      { characterId: valid.characterId ?? null, line: valid.line ?? '', parenthetical: valid.parenthetical ?? '' },
    ]);
    return at;
  });
}

export function updateDialogueLine(
  doc: Y.Doc,
  shotId: string,
  index: number,
  patch: Partial<DialogueLine>,
  origin?: unknown,
): void {
  const valid = parseInput(DialogueLinePatchSchema, patch);
  transact(doc, origin, () => {
    const map = lineAt(doc, shotId, index);
    if (!map) return;
    if (valid.characterId !== undefined) setField(map, 'characterId', valid.characterId);
    if (valid.parenthetical !== undefined) setField(map, 'parenthetical', valid.parenthetical);
    if (valid.line !== undefined) setTextField(map, 'line', valid.line);
  });
}

export function removeDialogueLine(doc: Y.Doc, shotId: string, index: number, origin?: unknown): void {
  transact(doc, origin, () => {
    if (!lineAt(doc, shotId, index)) return;
    (getShotMap(doc, shotId)!.get('dialogue') as Y.Array<unknown>).delete(index, 1);
  });
}

/**
 * Moves a line from `from` to `to` (its index afterwards). Y.Array cannot move an element, so
 * the line is re-created at its new place; an edit a collaborator makes to that same line at
 * the same moment is lost, which is the usual trade-off for list moves in Yjs.
 */
export function moveDialogueLine(doc: Y.Doc, shotId: string, from: number, to: number, origin?: unknown): void {
  transact(doc, origin, () => {
    const map = lineAt(doc, shotId, from);
    if (!map) return;
    const dialogue = getShotMap(doc, shotId)!.get('dialogue') as Y.Array<unknown>;
    const target = clampIndex(to, dialogue.length - 1);
    if (target === from) return;
    const text = map.get('line');
    const characterId = map.get('characterId');
    const parenthetical = map.get('parenthetical');
    const copy: DialogueLine = {
      characterId: typeof characterId === 'string' ? characterId : null,
      line: text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '',
      parenthetical: typeof parenthetical === 'string' ? parenthetical : '',
    };
    dialogue.delete(from, 1);
    insertDialogueLines(dialogue, target, [copy]);
  });
}
