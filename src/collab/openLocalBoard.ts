import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { bringBoardUpToDate } from '../model';
import type { BeatboardDb, BoardAccess } from './db';
import { summaryFields } from './localLibrary';

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

type Listener = (...args: unknown[]) => void;

/**
 * Loads a doc's stored updates through y-dexie. y-dexie listens to the doc's `updateV2` events
 * (to store local edits) from before it applies what is stored, and Yjs encodes every
 * transaction for such listeners: the first load would re-encode the whole board, a third of
 * the open time of a 5,000-shot board, only for y-dexie to skip it as its own. Its listeners
 * are set aside until the stored state is in; nobody can edit the doc before that.
 */
async function loadStoredDoc(doc: Y.Doc): Promise<void> {
  const provider = DexieYProvider.load(doc);
  // Y.Doc keeps its listeners in lib0's Observable map; if that ever changes, load as before.
  const observers = (doc as unknown as { _observers?: unknown })._observers;
  const listeners = observers instanceof Map ? [...((observers.get('updateV2') as Set<Listener> | undefined) ?? [])] : [];
  listeners.forEach((listener) => doc.off('updateV2', listener));
  try {
    await provider.whenLoaded;
  } finally {
    listeners.forEach((listener) => doc.on('updateV2', listener));
  }
}

export interface OpenLocalBoardOptions {
  /**
   * Runs after the stored docs are loaded and before the board is migrated: a board opened
   * from a link has nothing stored yet, and waits here for its first sync with the server.
   */
  beforeMigrate?(opened: { doc: Y.Doc; notes: Y.Doc; access: BoardAccess | undefined }): Promise<void>;
}

/** Loads a board doc from IndexedDB, migrates it, and keeps the home-screen summary current. */
export async function openLocalBoard(db: BeatboardDb, id: string, options: OpenLocalBoardOptions = {}): Promise<OpenedBoard> {
  const record = await db.boards.get(id);
  if (!record) throw new BoardNotFoundError(id);
  const { doc, notes, access } = record;
  const problems: string[] = [];
  const release = () => {
    DexieYProvider.release(doc);
    DexieYProvider.release(notes);
  };
  for (const stored of [doc, notes]) {
    try {
      await loadStoredDoc(stored);
    } catch (error) {
      problems.push(`Some stored changes could not be read (${String(error)}).`);
    }
  }
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
