import { canWriteBoard, canWriteNotes, type BoardRole } from '../../src/model';

/** A board's two synced docs: the board itself, and the notes (comments, marks, approvals). */
export type BoardDoc = 'board' | 'notes';

export function isBoardDoc(name: string): name is BoardDoc {
  return name === 'board' || name === 'notes';
}

/** The room a doc is synced in: `<boardId>` for the board, `<boardId>/notes` for the notes. */
export function roomOf(boardId: string, doc: BoardDoc): string {
  return doc === 'notes' ? `${boardId}/notes` : boardId;
}

/** Whether a role may write a doc; the same rule over websockets and HTTP. */
export function canWriteDoc(doc: BoardDoc, role: BoardRole): boolean {
  return doc === 'notes' ? canWriteNotes(role) : canWriteBoard(role);
}
