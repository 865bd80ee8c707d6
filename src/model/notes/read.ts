import * as Y from 'yjs';
import { readStrokeList } from '../strokes/strokeForms';
import type { Stroke } from '../types';
import { getApprovalsMap, getCommentsMap, getMarksMap } from './commands';
import { APPROVAL_STATUSES, type Approval, type ApprovalStatus, type Comment, type NoteAuthor, type NotesSnapshot, type Reply } from './types';

const UNKNOWN_AUTHOR: NoteAuthor = { id: '', name: '?', color: '#6b7280' };

function readAuthor(value: unknown): NoteAuthor {
  if (typeof value !== 'object' || value === null) return UNKNOWN_AUTHOR;
  const { id, name, color } = value as Record<string, unknown>;
  return {
    id: typeof id === 'string' ? id : '',
    name: typeof name === 'string' ? name : '?',
    color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : UNKNOWN_AUTHOR.color,
  };
}

function readReply(value: unknown): Reply[] {
  if (typeof value !== 'object' || value === null) return [];
  const { author, text, createdAt } = value as Record<string, unknown>;
  if (typeof text !== 'string') return [];
  return [{ author: readAuthor(author), text, createdAt: typeof createdAt === 'number' ? createdAt : 0 }];
}

function readRegion(value: unknown): Comment['region'] {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, w, h } = value as Record<string, unknown>;
  return [x, y, w, h].every((n) => typeof n === 'number' && Number.isFinite(n)) ? { x, y, w, h } as Comment['region'] : null;
}

/** The whole notes doc as plain data, leniently (entries of other shapes are skipped). */
export function readNotes(notes: Y.Doc): NotesSnapshot {
  const comments: Comment[] = [];
  getCommentsMap(notes).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const shotId = value.get('shotId');
    const text = value.get('text');
    if (typeof shotId !== 'string' || typeof text !== 'string') return;
    const replies = value.get('replies');
    comments.push({
      id,
      shotId,
      region: readRegion(value.get('region')),
      author: readAuthor(value.get('author')),
      text,
      createdAt: typeof value.get('createdAt') === 'number' ? (value.get('createdAt') as number) : 0,
      resolved: value.get('resolved') === true,
      replies: replies instanceof Y.Array ? replies.toArray().flatMap(readReply) : [],
    });
  });
  comments.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

  const approvals: Record<string, Approval> = {};
  getApprovalsMap(notes).forEach((value, shotId) => {
    if (!(value instanceof Y.Map)) return;
    const status = value.get('status');
    if (!(APPROVAL_STATUSES as readonly unknown[]).includes(status)) return;
    approvals[shotId] = {
      status: status as ApprovalStatus,
      by: typeof value.get('by') === 'string' ? (value.get('by') as string) : '',
      at: typeof value.get('at') === 'number' ? (value.get('at') as number) : 0,
    };
  });

  const marks: Record<string, Stroke[]> = {};
  getMarksMap(notes).forEach((value, shotId) => {
    if (!(value instanceof Y.Array)) return;
    marks[shotId] = readStrokeList(value);
  });
  return { comments, approvals, marks };
}

/** Approved shots of an episode against all its shots, e.g. 18 of 24. */
export function approvalProgress(shotIds: readonly string[], approvals: Record<string, Approval>): { approved: number; total: number } {
  return { approved: shotIds.filter((id) => approvals[id]?.status === 'approved').length, total: shotIds.length };
}
