import * as Y from 'yjs';
import { newId, readBoard, summariseChanges, thinVersions, versionDocOf, type BoardSnapshot } from '../../src/model';
import type { AutoVersionReason, VersionAuthor, VersionMeta } from '../../src/model/versions/types';
import type { DocStorage } from '../storage/docStorage';
import type { VersionBase, VersionBaseInfo, VersionStorage } from '../storage/versionStorage';
import { roomOf, type BoardDoc } from '../sync/boardDocs';
import type { Room } from '../sync/room';
import type { ChangeLog } from './changeLog';
import { LiveBoardReader } from './liveBoardReader';

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
  /** Per live board doc, what reads it for the next version (gone with the doc when its room unloads). */
  private readonly liveReaders = new WeakMap<Y.Doc, LiveBoardReader>();

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
    const [boardBase, notesBase] = await Promise.all([versions.latestBase(boardId, 'board'), versions.latestBase(boardId, 'notes')]);
    const board = await this.readDoc(boardId, 'board', boardBase, options.room);
    if (options.needsContent && !board.hasContent) return undefined;
    // Each step of a large board's version holds the event loop for a few hundred ms: other
    // requests (a second browser downloading the board just published) go in between.
    await nextTurn();
    const notes = await this.readDoc(boardId, 'notes', notesBase, options.room);
    const summary = summariseChanges(latest ? await this.boardOf(boardId, latest) : null, board.snapshot!);
    await nextTurn();
    const meta: VersionMeta = {
      id: newId(),
      kind: request.name !== undefined ? 'named' : 'auto',
      name: request.name ?? null,
      reason: request.reason ?? null,
      createdAt: now(),
      author: request.author ?? null,
      summary,
      boardBytes: board.bytes,
      notesBytes: notes.bytes,
    };
    const newBases = [board.newBase, notes.newBase].filter((base) => base !== undefined);
    meta.storedBytes = board.update.byteLength + notes.update.byteLength + newBases.reduce((sum, base) => sum + base.state.byteLength, 0);
    await versions.create(boardId, {
      meta, board: board.update, notes: notes.update, boardBase: board.baseId, notesBase: notes.baseId, newBases,
    });
    this.remember(boardId, meta.id, board.snapshot!, board.bytes);
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

  /**
   * A doc now, as the version stores it (from the live room, else from storage), and for the
   * board what it reads as and whether it holds anything at all. Encoded on `base`, the doc's
   * newest stored whole state, when the doc still holds all of that state and has grown by at
   * most a quarter of it since: then only the difference is encoded and stored. Else the whole
   * state is encoded and becomes the doc's new base.
   */
  private async readDoc(boardId: string, which: BoardDoc, base: VersionBaseInfo | undefined, unloading?: Room): Promise<ReadDoc> {
    const room = this.roomFor(roomOf(boardId, which), unloading);
    if (room) return room.read((doc) => encodeForVersion(doc, which, base, which === 'board' ? () => this.liveReader(doc).read() : null));
    const doc = await this.loadStored(boardId, which);
    try {
      return encodeForVersion(doc, which, base, which === 'board' ? () => readBoard(doc) : null);
    } finally {
      doc.destroy();
    }
  }

  /** The reader of a live room's board doc, made at its first version and kept as long as the doc. */
  private liveReader(doc: Y.Doc): LiveBoardReader {
    let reader = this.liveReaders.get(doc);
    if (!reader) this.liveReaders.set(doc, (reader = new LiveBoardReader(doc)));
    return reader;
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
    const updates = await this.deps.versions.snapshot(boardId, version.id, 'board');
    if (!updates) return null;
    const doc = versionDocOf(updates);
    try {
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

/** Resolves in a later turn of the event loop, after the I/O that is waiting. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A doc read for a version (see BoardVersions.readDoc). */
interface ReadDoc {
  /** What the version stores: the whole state, or the difference from `baseId`'s (possibly empty). */
  update: Uint8Array;
  baseId: string | null;
  /** A base this version starts: the whole state just encoded. */
  newBase?: VersionBase;
  /** The doc's whole state's size: the base's and the difference's. */
  bytes: number;
  /** The board as read, for the board doc. */
  snapshot?: BoardSnapshot;
  hasContent: boolean;
}

/** How much a doc may have grown since its base, in a share of the base's bytes, before the next version starts a new base. */
const MAX_DIFFERENCE_SHARE = 0.25;

function encodeForVersion(
  doc: Y.Doc, which: BoardDoc, base: VersionBaseInfo | undefined, readAsBoard: (() => BoardSnapshot) | null,
): ReadDoc {
  const snapshot = readAsBoard?.();
  const hasContent = doc.store.clients.size > 0;
  if (base && holdsState(doc, base.stateVector)) {
    const update = Y.encodeStateAsUpdate(doc, base.stateVector);
    if (update.byteLength <= base.bytes * MAX_DIFFERENCE_SHARE) {
      // Nothing since the base: a Yjs update with no structs and no deletions.
      const empty = isEmptyUpdate(update);
      return { update: empty ? new Uint8Array(0) : update, baseId: base.id, bytes: base.bytes + (empty ? 0 : update.byteLength), snapshot, hasContent };
    }
  }
  const state = Y.encodeStateAsUpdate(doc);
  const newBase: VersionBase = { id: newId(), doc: which, stateVector: Y.encodeStateVector(doc), state };
  return { update: new Uint8Array(0), baseId: newBase.id, newBase, bytes: state.byteLength, snapshot, hasContent };
}

/** Whether the doc holds every struct of the state `stateVector` describes (it always does unless it was replaced). */
function holdsState(doc: Y.Doc, stateVector: Uint8Array): boolean {
  const now = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(stateVector)) if ((now.get(client) ?? 0) < clock) return false;
  return true;
}

/** `Y.encodeStateAsUpdate` of a doc with nothing past the state vector: no structs, no deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}
