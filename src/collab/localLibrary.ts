import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { getEpisodesMap, getShotsMap, initBoard, isBoardRole, newId, readBoardTitle, setBoardMeta, type BoardRole } from '../model';
import type { BeatboardDb, BoardAccess, BoardRecord } from './db';
import type { BoardLibrary, BoardSummary } from './library';
import { deleteStoredDocs, docKey, loadStoredDoc, storeNewDoc } from './storage/docStorage';
import { keepJustStored } from './storage/justStored';
import { rowsForUpdate } from './storage/updateParts';
import { deleteLocalVersions } from './versions/localVersionTables';

const ROLE_RANK: Record<BoardRole, number> = { viewer: 0, director: 1, writer: 2, owner: 3 };

/** The boards kept in this browser's IndexedDB, through Dexie (docs: storage/docStorage.ts). */
export class LocalBoardLibrary implements BoardLibrary {
  constructor(
    private readonly db: BeatboardDb,
    private readonly defaultLanguage: () => string = () => 'en',
  ) {}

  async list(): Promise<BoardSummary[]> {
    const records = await this.db.boards.orderBy('updatedAt').reverse().toArray();
    return records.map(toSummary);
  }

  subscribe(listener: (boards: BoardSummary[]) => void): () => void {
    const subscription = liveQuery(() => this.list()).subscribe({
      next: listener,
      error: (error: unknown) => console.error('Board list could not be read', error),
    });
    return () => subscription.unsubscribe();
  }

  async create(title: string, build?: (doc: Y.Doc) => void, notes?: Y.Doc): Promise<string> {
    const doc = new Y.Doc();
    if (build) build(doc);
    else initBoard(doc, { title, language: this.defaultLanguage() });
    return this.addDoc(doc, notes);
  }

  async rename(id: string, title: string): Promise<void> {
    await this.withDoc(id, (doc) => setBoardMeta(doc, { title }));
    await this.db.boards.update(id, { title, updatedAt: Date.now() });
  }

  /** A copy of a board under a new id; with `withNotes`, its comments, marks and approvals too. */
  async duplicate(id: string, copyTitle: (title: string) => string = (title) => `${title} (copy)`, withNotes = false): Promise<string> {
    if (!(await this.db.boards.get(id))) throw new Error(`Board ${id} is not in this browser`);
    const doc = new Y.Doc();
    await loadStoredDoc(this.db, id, 'board', doc);
    setBoardMeta(doc, { title: copyTitle(readBoardTitle(doc)) });
    let notes: Y.Doc | undefined;
    if (withNotes) {
      notes = new Y.Doc();
      await loadStoredDoc(this.db, id, 'notes', notes);
    }
    return this.addDoc(doc, notes);
  }

  /**
   * Adds (or updates) a board opened from a share link. Its docs arrive from the server. A
   * link never lowers the role this browser already has on the board.
   */
  async join(id: string, access: BoardAccess): Promise<void> {
    const existing = await this.db.boards.get(id);
    if (!existing) {
      const now = Date.now();
      await this.db.boards.add({ id, title: '', createdAt: now, updatedAt: now, episodeCount: 0, shotCount: 0, access } as BoardRecord);
      return;
    }
    if (!existing.access || ROLE_RANK[access.role] >= ROLE_RANK[existing.access.role]) {
      await this.db.boards.update(id, { access });
    }
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      await deleteStoredDocs(this.db, id);
      await deleteLocalVersions(this.db, id);
      await this.db.boards.delete(id);
    });
  }

  private async addDoc(doc: Y.Doc, notes?: Y.Doc): Promise<string> {
    const id = newId();
    const now = Date.now();
    const record: BoardRecord = { id, createdAt: now, updatedAt: now, ...summaryFields(doc) };
    // The docs and the record together, so the home screen never lists a board without them.
    let boardSeq = 0;
    let notesSeq = 0;
    await this.db.transaction('rw', [this.db.boards, this.db.docUpdates], async () => {
      boardSeq = await storeNewDoc(this.db, id, 'board', doc);
      if (notes) notesSeq = await storeNewDoc(this.db, id, 'notes', notes);
      await this.db.boards.add(record);
    });
    keepJustStored(id, { board: doc, notes: notes ?? null, boardSeq, notesSeq });
    return id;
  }

  /** Runs `fn` on a board's doc (not open in this tab) and stores what it changed. */
  private async withDoc(id: string, fn: (doc: Y.Doc) => void): Promise<void> {
    if (!(await this.db.boards.get(id))) throw new Error(`Board ${id} is not in this browser`);
    const doc = new Y.Doc();
    await loadStoredDoc(this.db, id, 'board', doc);
    const before = Y.encodeStateVector(doc);
    let changed = false;
    doc.on('update', () => (changed = true));
    fn(doc);
    const change = Y.encodeStateAsUpdateV2(doc, before);
    doc.destroy();
    if (changed) await this.db.docUpdates.bulkAdd(rowsForUpdate(docKey(id, 'board'), change));
  }
}

/** Title and counts for the home screen, read straight from the doc's maps. Only shots the
 *  board can show are counted (a damaged entry or a shot of a deleted episode is not). */
export function summaryFields(doc: Y.Doc): Pick<BoardRecord, 'title' | 'episodeCount' | 'shotCount'> {
  const episodes = getEpisodesMap(doc);
  let shotCount = 0;
  for (const shot of getShotsMap(doc).values()) {
    if (shot instanceof Y.Map && episodes.has(String(shot.get('episodeId')))) shotCount += 1;
  }
  return { title: readBoardTitle(doc), episodeCount: episodes.size, shotCount };
}

function toSummary(record: BoardRecord): BoardSummary {
  // The record is plain data from IndexedDB: guard every field so one damaged row cannot
  // break the whole list.
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return {
    id: String(record.id),
    title: typeof record.title === 'string' ? record.title : '',
    createdAt: number(record.createdAt),
    updatedAt: number(record.updatedAt),
    episodeCount: number(record.episodeCount),
    shotCount: number(record.shotCount),
    role: isBoardRole(record.access?.role) ? record.access.role : null,
  };
}
