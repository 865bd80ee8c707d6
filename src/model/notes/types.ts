import type { Stroke } from '../types';

/** The notes doc (room `<boardId>/notes`, docs/schema.md): the director's side of a board. */
export interface NoteAuthor {
  id: string;
  name: string;
  color: string;
}

/** A part of a panel, in 0..1 of its box. */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Reply {
  author: NoteAuthor;
  text: string;
  createdAt: number;
}

export interface Comment {
  id: string;
  shotId: string;
  region: Region | null;
  author: NoteAuthor;
  text: string;
  createdAt: number;
  resolved: boolean;
  replies: Reply[];
}

export const APPROVAL_STATUSES = ['approved', 'changes', 'pending'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface Approval {
  status: ApprovalStatus;
  /** Display name of who set it. */
  by: string;
  at: number;
}

export interface NotesSnapshot {
  /** Oldest first. */
  comments: Comment[];
  approvals: Record<string, Approval>;
  marks: Record<string, Stroke[]>;
}

