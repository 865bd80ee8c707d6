import * as Y from 'yjs';
import { newId } from '../../model/ids';
import { readBoard } from '../../model/read';
import { summariseChanges } from '../../model/versions/compare';
import { thinVersions } from '../../model/versions/retention';
import type { AutoVersionReason, VersionAuthor, VersionMeta, VersionSnapshot } from '../../model/versions/types';
import type { LocalVersionRecord } from '../db';
import type { LocalVersionTables } from './localVersionTables';
import { VersionStoreError, type VersionStore } from './versionStore';

/**
 * The versions of a board that lives only in this browser, kept in IndexedDB beside it. It
 * does what the server does for a live board: snapshots both docs, sums up the changes since
 * the previous version and thins automatic versions with the same rule (thinVersions).
 */
export class LocalVersionStore implements VersionStore {
  readonly location = 'browser';

  constructor(
    private readonly tables: LocalVersionTables,
    private readonly boardId: string,
    private readonly docs: { board: Y.Doc; notes: Y.Doc },
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<VersionMeta[]> {
    const records = await stored(this.tables.listMeta(this.boardId));
    return records.map(toMeta).sort(newestFirst);
  }

  createNamed(name: string, author: VersionAuthor): Promise<VersionMeta> {
    const trimmed = name.trim();
    if (!trimmed) return Promise.reject(new VersionStoreError('invalid', 'A version needs a name.'));
    return this.create({ kind: 'named', name: trimmed, reason: null, author });
  }

  /** Any automatic reason: here the browser also makes the hourly ones (useLocalHourlyVersions). */
  createAutomatic(reason: AutoVersionReason, author: VersionAuthor | null): Promise<VersionMeta> {
    return this.create({ kind: 'auto', name: null, reason, author });
  }

  async fetchSnapshot(versionId: string): Promise<VersionSnapshot> {
    const docs = await stored(this.tables.getDocs(versionId));
    if (!docs) throw new VersionStoreError('not-found', 'This version is no longer stored in this browser.');
    return { board: docs.board, notes: docs.notes };
  }

  async remove(versionId: string): Promise<void> {
    const record = (await stored(this.tables.listMeta(this.boardId))).find((version) => version.id === versionId);
    if (!record) throw new VersionStoreError('not-found', 'This version is no longer stored in this browser.');
    if (record.kind !== 'named') throw new VersionStoreError('invalid', 'Automatic versions are removed by retention only.');
    await stored(this.tables.remove([versionId]));
  }

  private async create(fields: Pick<VersionMeta, 'kind' | 'name' | 'reason' | 'author'>): Promise<VersionMeta> {
    const board = Y.encodeStateAsUpdate(this.docs.board);
    const notes = Y.encodeStateAsUpdate(this.docs.notes);
    const existing = await stored(this.tables.listMeta(this.boardId));
    const previous = [...existing].sort(newestFirst)[0];
    const summary = summariseChanges(previous ? await this.boardOf(previous.id) : null, readBoard(this.docs.board));
    // Never older than the newest version, so a clock set back keeps the list in order.
    const createdAt = Math.max(this.now(), (previous?.createdAt ?? 0) + 1);
    const record: LocalVersionRecord = {
      ...fields, id: newId(), boardId: this.boardId, createdAt, summary, boardBytes: board.byteLength, notesBytes: notes.byteLength,
    };
    await stored(this.tables.add(record, { id: record.id, board, notes }));
    const thinned = thinVersions([...existing, record], createdAt);
    if (thinned.length > 0) await stored(this.tables.remove(thinned));
    return toMeta(record);
  }

  private async boardOf(versionId: string) {
    const docs = await stored(this.tables.getDocs(versionId));
    if (!docs) return null;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, docs.board);
      return readBoard(doc);
    } finally {
      doc.destroy();
    }
  }
}

const newestFirst = (a: VersionMeta, b: VersionMeta) => b.createdAt - a.createdAt || (b.id > a.id ? 1 : -1);

function toMeta({ boardId: _boardId, ...meta }: LocalVersionRecord): VersionMeta {
  return meta;
}

/** IndexedDB's failures (quota, a blocked database) as one case the interface can word. */
async function stored<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    if (error instanceof VersionStoreError) throw error;
    throw new VersionStoreError('storage', error instanceof Error ? error.message : String(error));
  }
}
