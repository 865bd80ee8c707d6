import * as Y from 'yjs';
import { bringBoardUpToDate } from '../model';
import type { BeatboardDb, BoardAccess } from './db';
import { summaryFields } from './localLibrary';
import { loadStoredDoc, persistDoc, type DocPersistence } from './storage/docStorage';
import { takeJustStored } from './storage/justStored';

export interface OpenedBoard {
  doc: Y.Doc;
  /** The notes doc (comments, marks, approvals), loaded from IndexedDB as well. */
  notes: Y.Doc;
  /** Present once the board is on the server (published, or opened from a link). */
  access: BoardAccess | undefined;
  /** Problems met while loading (unreadable stored changes); shown in a banner. */
  problems: string[];
  close(): void;
}

export class BoardNotFoundError extends Error {
  constructor(id: string) {
    super(`There is no board ${id} in this browser.`);
    this.name = 'BoardNotFoundError';
  }
}

const SUMMARY_DELAY_MS = 400;

export interface OpenLocalBoardOptions {
  /**
   * Runs after the stored docs are loaded and before the board is migrated: a board opened
   * from a link has nothing stored yet, and waits here for its first sync with the server.
   */
  beforeMigrate?(opened: { doc: Y.Doc; notes: Y.Doc; access: BoardAccess | undefined }): Promise<void>;
  /** When a board downloaded whole (opened from a link) is written to storage: see PersistOptions. */
  storeReceivedAfter?: Promise<unknown>;
}

/** Loads a board's docs from IndexedDB, keeps storing their changes, migrates them, and keeps
 *  the home-screen summary current. */
export async function openLocalBoard(db: BeatboardDb, id: string, options: OpenLocalBoardOptions = {}): Promise<OpenedBoard> {
  const record = await db.boards.get(id);
  if (!record) throw new BoardNotFoundError(id);
  const { access } = record;
  // Just made in this tab: its docs are still here, as stored.
  const handed = takeJustStored(id);
  const doc = handed?.board ?? new Y.Doc();
  const notes = handed?.notes ?? new Y.Doc();
  // Both docs are read whole before anything is stored: a read that keeps failing throws
  // StorageReadError here, and the board is not opened, so nothing is ever written over it.
  // Read side by side: the small notes doc is in while the board's rows are still coming.
  const [board, notesLoad] = handed
    ? [{ problems: [], lastSeq: handed.boardSeq }, { problems: [], lastSeq: handed.notesSeq }]
    : await Promise.all([loadStoredDoc(db, id, 'board', doc), loadStoredDoc(db, id, 'notes', notes)]);
  const problems = [...board.problems, ...notesLoad.problems];
  const persisted: DocPersistence[] = [
    persistDoc(db, id, 'board', doc, board.lastSeq, { storeReceivedAfter: options.storeReceivedAfter }),
    persistDoc(db, id, 'notes', notes, notesLoad.lastSeq, { storeReceivedAfter: options.storeReceivedAfter }),
  ];
  const release = () => {
    persisted.forEach((persistence) => persistence.stop());
    doc.destroy();
    notes.destroy();
  };
  try {
    await options.beforeMigrate?.({ doc, notes, access });
    // A board kept only in this browser is its owner's.
    bringBoardUpToDate(doc, notes, access?.role ?? 'owner');
  } catch (error) {
    // A board from a newer Beatboard stays untouched and unloaded.
    release();
    throw error;
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  const writeSummary = () => {
    timer = null;
    void db.boards.update(id, { ...summaryFields(doc), updatedAt: Date.now() });
  };
  const onUpdate = () => {
    timer ??= setTimeout(writeSummary, SUMMARY_DELAY_MS);
  };
  doc.on('update', onUpdate);
  // A reload or a closed tab never reaches close(): write the pending summary on the way out.
  const onPageHide = () => {
    if (timer) {
      clearTimeout(timer);
      writeSummary();
    }
  };
  window.addEventListener('pagehide', onPageHide);

  return {
    doc,
    notes,
    access,
    problems,
    close() {
      doc.off('update', onUpdate);
      window.removeEventListener('pagehide', onPageHide);
      onPageHide();
      release();
    },
  };
}
