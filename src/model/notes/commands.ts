import * as Y from 'yjs';
import { arrayIn, transact } from '../doc';
import { ValidationError } from '../errors';
import { newId } from '../ids';
import { storedStrokeOf, type StrokeInput } from '../commands/strokes';
import { MAX_COMMENT_LENGTH, MAX_PERSON_NAME_LENGTH, clipText } from '../limits';
import { APPROVAL_STATUSES, type ApprovalStatus, type NoteAuthor, type Region } from './types';

export const getCommentsMap = (notes: Y.Doc): Y.Map<unknown> => notes.getMap('comments');
export const getMarksMap = (notes: Y.Doc): Y.Map<unknown> => notes.getMap('marks');
export const getApprovalsMap = (notes: Y.Doc): Y.Map<unknown> => notes.getMap('approvals');

/** Every root of the notes doc, e.g. to observe them all. */
export const notesRootMaps = (notes: Y.Doc): Y.Map<unknown>[] => [getCommentsMap(notes), getMarksMap(notes), getApprovalsMap(notes)];

/** Comment text as typed, or a message the UI can show: never empty, never over the limit. */
export function checkCommentText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new ValidationError('A comment cannot be empty.', 'text');
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    throw new ValidationError(`A comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`, 'text');
  }
  return trimmed;
}

function checkRegion(region: Region | null | undefined): Region | null {
  if (!region) return null;
  const inside = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;
  const { x, y, w, h } = region;
  if (![x, y, w, h].every(inside) || w <= 0 || h <= 0 || x + w > 1.0001 || y + h > 1.0001) {
    throw new ValidationError('A comment region must lie inside its panel.', 'region');
  }
  return { x, y, w, h };
}

const plainAuthor = (author: NoteAuthor): NoteAuthor => ({ id: author.id, name: clipText(author.name, MAX_PERSON_NAME_LENGTH), color: author.color });

export interface AddCommentInput {
  shotId: string;
  region?: Region | null;
  author: NoteAuthor;
  text: string;
  now?: number;
}

/** Pins a new comment thread to a shot (optionally a region of its panel); returns its id. */
export function addComment(notes: Y.Doc, input: AddCommentInput, origin?: unknown): string {
  const text = checkCommentText(input.text);
  const region = checkRegion(input.region);
  const id = newId();
  transact(notes, origin, () => {
    const map = new Y.Map<unknown>();
    getCommentsMap(notes).set(id, map);
    map.set('shotId', input.shotId);
    map.set('region', region);
    map.set('author', plainAuthor(input.author));
    map.set('text', text);
    map.set('createdAt', input.now ?? Date.now());
    map.set('resolved', false);
    map.set('replies', new Y.Array<unknown>());
  });
  return id;
}

export function replyToComment(notes: Y.Doc, commentId: string, author: NoteAuthor, text: string, now = Date.now(), origin?: unknown): void {
  const checked = checkCommentText(text);
  const map = getCommentsMap(notes).get(commentId);
  if (!(map instanceof Y.Map)) return;
  transact(notes, origin, () => {
    let replies = map.get('replies');
    if (!(replies instanceof Y.Array)) map.set('replies', (replies = new Y.Array<unknown>()));
    (replies as Y.Array<unknown>).push([{ author: plainAuthor(author), text: checked, createdAt: now }]);
  });
}

export function setCommentResolved(notes: Y.Doc, commentId: string, resolved: boolean, origin?: unknown): void {
  const map = getCommentsMap(notes).get(commentId);
  if (!(map instanceof Y.Map) || map.get('resolved') === resolved) return;
  transact(notes, origin, () => map.set('resolved', resolved));
}

/** Sets a shot's approval, with who and when. */
export function setApproval(notes: Y.Doc, shotId: string, status: ApprovalStatus, by: string, now = Date.now(), origin?: unknown): void {
  if (!(APPROVAL_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError(`Approval must be one of: ${APPROVAL_STATUSES.join(', ')}.`, 'status');
  }
  transact(notes, origin, () => {
    const approvals = getApprovalsMap(notes);
    let map = approvals.get(shotId);
    // Set the fields of the existing map: someone else may be setting it at the same time.
    if (!(map instanceof Y.Map)) approvals.set(shotId, (map = new Y.Map<unknown>()));
    const record = map as Y.Map<unknown>;
    record.set('status', status);
    record.set('by', clipText(by, MAX_PERSON_NAME_LENGTH));
    record.set('at', now);
  });
}

function marksOf(notes: Y.Doc, shotId: string): Y.Array<unknown> {
  return arrayIn(getMarksMap(notes), shotId);
}

/** A red-pen stroke over a panel (same shape as a sketch stroke); returns its id. */
export function addMark(notes: Y.Doc, shotId: string, stroke: StrokeInput, origin?: unknown): string {
  const stored = storedStrokeOf(stroke);
  transact(notes, origin, () => marksOf(notes, shotId).push([stored]));
  return stored.id;
}

export function eraseMarks(notes: Y.Doc, shotId: string, ids: readonly string[], origin?: unknown): void {
  const marks = getMarksMap(notes).get(shotId);
  if (!(marks instanceof Y.Array) || ids.length === 0) return;
  const doomed = new Set(ids);
  transact(notes, origin, () => {
    for (let index = marks.length - 1; index >= 0; index--) {
      const stroke = marks.get(index) as { id?: unknown } | undefined;
      if (stroke && typeof stroke.id === 'string' && doomed.has(stroke.id)) marks.delete(index, 1);
    }
  });
}
