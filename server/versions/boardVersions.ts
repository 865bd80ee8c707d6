import * as Y from 'yjs';
import { newId, readBoard, summariseChanges, thinVersions, type BoardSnapshot } from '../../src/model';
import type { AutoVersionReason, VersionAuthor, VersionMeta } from '../../src/model/versions/types';
import type { DocStorage } from '../storage/docStorage';
import type { VersionStorage } from '../storage/versionStorage';
import { roomOf, type BoardDoc } from '../sync/boardDocs';
import type { Room } from '../sync/room';
import type { ChangeLog } from './changeLog';

/** What a new version is: named by someone, or made automatically for a reason. */
export type VersionRequest =
  | { name: string; reason?: undefined; author?: VersionAuthor | null }
  | { reason: AutoVersionReason; name?: undefined; author?: VersionAuthor | null };

export interface CreateOptions {
  /** Only if the board has no version yet (its `publish` version). */
  onlyFirst?: boolean;
  /** Only if the board changed since its latest version (another may have been made meanwhile). */
  onlyIfChanged?: boolean;
  /** Only if the board doc has any content (a published board whose doc has not arrived has none). */
  needsContent?: boolean;
  /** A room that is unloading, so no longer found among the loaded ones, but still readable. */
  room?: Room;
}

export interface BoardVersionsDeps {
  versions: VersionStorage;
  docs: DocStorage;
  /** The loaded room of that name, if any (Rooms.get). */
  loadedRoom(name: string): Room | undefined;
  changes: ChangeLog;
  now(): number;
  log: { warn(message: string): void };
}

/**
 * How much of the latest versions' boards stays in memory for the next summaries, counted by
 * their snapshots' bytes (a board read into objects takes about as much). Reading a version
 * back from its snapshot costs far more than the rest of making one (about a second for a
 * 10 MiB series board), so the boards being worked on should stay.
 */
const CACHED_BOARD_BYTES = 64 * 1024 * 1024;

/**
 * Makes versions of boards: reads both docs as they are now (from the live room when it is
 * loaded, else from storage, without loading a room), sums up what changed since the board's
 * previous version, stores both snapshots and thins the board's automatic versions. A board's
 * versions are made one at a time, so each summary is against the one made just before.
 */
export class BoardVersions {
  /** Per board, the version being made now; the next one waits for it. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The latest version's board, read once, so the next summary need not decode its snapshot. */
  private readonly latestBoards = new Map<string, { versionId: string; board: BoardSnapshot; bytes: number }>();
  private cachedBytes = 0;

  constructor(private readonly deps: BoardVersionsDeps) {}

  /** Resolves with the new version, or undefined when an option said not to make it. */
  create(boardId: string, request: VersionRequest, options: CreateOptions = {}): Promise<VersionMeta | undefined> {
    const previous = this.queues.get(boardId) ?? Promise.resolve();
    const made = previous.then(() => this.make(boardId, request, options));
    const settled = made.catch(() => undefined);
    this.queues.set(boardId, settled);
    void settled.then(() => {
      if (this.queues.get(boardId) === settled) this.queues.delete(boardId);
    });
    return made;
  }

  /** Deletes a named version; automatic ones are left to retention. */
  async deleteNamed(boardId: string, versionId: string): Promise<'deleted' | 'not_found' | 'not_named'> {
    const meta = await this.deps.versions.get(boardId, versionId);
    if (!meta) return 'not_found';
    if (meta.kind !== 'named') return 'not_named';
    await this.deps.versions.delete(boardId, [versionId]);
    if (this.latestBoards.get(boardId)?.versionId === versionId) this.forget(boardId);
    return 'deleted';
  }

  /** Frees what is kept in memory for a board. */
  forget(boardId: string): void {
    this.cachedBytes -= this.latestBoards.get(boardId)?.bytes ?? 0;
    this.latestBoards.delete(boardId);
  }

  /** Resolves once every version being made now is stored (or failed). */
  async settled(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  private async make(boardId: string, request: VersionRequest, options: CreateOptions): Promise<VersionMeta | undefined> {
    const { versions, changes, now } = this.deps;
    const latest = await versions.latest(boardId);
    if (options.onlyFirst && latest) return undefined;
    if (options.onlyIfChanged && !changes.hasUncaptured(boardId)) return undefined;
    // Every change counted so far is in the docs read below: a change is counted once stored,
    // and a room applies it before storing it.
    const mark = changes.mark(boardId);
    const board = await this.readBoardDoc(boardId, options.room);
    if (options.needsContent && !board.hasContent) return undefined;
    const notes = await this.readNotesDoc(boardId, options.room);
    const summary = summariseChanges(latest ? await this.boardOf(boardId, latest) : null, board.snapshot);
    const meta: VersionMeta = {
      id: newId(),
      kind: request.name !== undefined ? 'named' : 'auto',
      name: request.name ?? null,
      reason: request.reason ?? null,
      createdAt: now(),
      author: request.author ?? null,
      summary,
      boardBytes: board.update.byteLength,
      notesBytes: notes.byteLength,
    };
    await versions.create(boardId, { meta, board: board.update, notes });
    this.remember(boardId, meta.id, board.snapshot, board.update.byteLength);
    changes.captured(boardId, mark);
    // The version is made whatever happens here; thinning is tried again after the next one.
    await this.thin(boardId).catch((error: unknown) => this.deps.log.warn(`board ${boardId}: could not thin versions: ${String(error)}`));
    return meta;
  }

  /** Deletes the automatic versions the retention policy no longer keeps. */
  private async thin(boardId: string): Promise<void> {
    // Named versions are in the list too; the policy keeps them all.
    await this.deps.versions.delete(boardId, thinVersions(await this.deps.versions.list(boardId), this.deps.now()));
  }

  /** The board doc now: its update, what it reads as, and whether it holds anything at all. */
  private async readBoardDoc(boardId: string, unloading?: Room) {
    const room = this.roomFor(roomOf(boardId, 'board'), unloading);
    if (room) {
      const update = await room.encodeState();
      // Read in the same turn as the encoding (no update is applied in between).
      return { update, snapshot: readBoard(room.doc), hasContent: room.doc.store.clients.size > 0 };
    }
    const doc = await this.loadStored(boardId, 'board');
    try {
      return { update: Y.encodeStateAsUpdate(doc), snapshot: readBoard(doc), hasContent: doc.store.clients.size > 0 };
    } finally {
      doc.destroy();
    }
  }

  private async readNotesDoc(boardId: string, unloading?: Room): Promise<Uint8Array> {
    const room = this.roomFor(roomOf(boardId, 'notes'), unloading);
    if (room) return room.encodeState();
    const doc = await this.loadStored(boardId, 'notes');
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  private roomFor(name: string, unloading?: Room): Room | undefined {
    return unloading?.name === name ? unloading : this.deps.loadedRoom(name);
  }

  /** A doc as stored (merged state and log); storage commits pending writes before it reads. */
  private async loadStored(boardId: string, doc: BoardDoc): Promise<Y.Doc> {
    const copy = new Y.Doc();
    const updates = await this.deps.docs.load(roomOf(boardId, doc));
    copy.transact(() => {
      for (const update of updates) Y.applyUpdate(copy, update);
    });
    return copy;
  }

  /** A version's board as read, from memory when it is the last one this process made. */
  private async boardOf(boardId: string, version: VersionMeta): Promise<BoardSnapshot | null> {
    const cached = this.latestBoards.get(boardId);
    if (cached?.versionId === version.id) return cached.board;
    const update = await this.deps.versions.snapshot(boardId, version.id, 'board');
    if (!update) return null;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, update);
      return readBoard(doc);
    } finally {
      doc.destroy();
    }
  }

  private remember(boardId: string, versionId: string, board: BoardSnapshot, bytes: number): void {
    this.forget(boardId);
    if (bytes > CACHED_BOARD_BYTES) return;
    this.latestBoards.set(boardId, { versionId, board, bytes });
    this.cachedBytes += bytes;
    // Oldest first in a Map's order: drop the boards versioned longest ago.
    for (const key of this.latestBoards.keys()) {
      if (this.cachedBytes <= CACHED_BOARD_BYTES) break;
      this.forget(key);
    }
  }
}
