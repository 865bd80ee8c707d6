import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { migrateBoard } from '../model';
import type { BeatboardDb } from './db';
import { summaryFields } from './localLibrary';

export interface OpenedBoard {
  doc: Y.Doc;
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

/** Loads a board doc from IndexedDB, migrates it, and keeps the home-screen summary current. */
export async function openLocalBoard(db: BeatboardDb, id: string): Promise<OpenedBoard> {
  const record = await db.boards.get(id);
  if (!record) throw new BoardNotFoundError(id);
  const doc = record.doc;
  const problems: string[] = [];
  const provider = DexieYProvider.load(doc);
  try {
    await provider.whenLoaded;
  } catch (error) {
    problems.push(`Some stored changes could not be read (${String(error)}).`);
  }
  try {
    migrateBoard(doc);
  } catch (error) {
    // A board from a newer Beatboard stays untouched and unloaded.
    DexieYProvider.release(doc);
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
    problems,
    close() {
      doc.off('update', onUpdate);
      window.removeEventListener('pagehide', onPageHide);
      onPageHide();
      DexieYProvider.release(doc);
    },
  };
}
