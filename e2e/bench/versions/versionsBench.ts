import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchLoopDelay } from '../loopDelay';
import * as Y from 'yjs';
import {
  compareBoards, getShotsMap, newId, readBoard, setText, updateShot, versionDocOf,
  restoreEpisodes, type BoardChange, type VersionMeta,
} from '../../../src/model';
import { compareVersionStates, restoreEpisodesFromState } from '../../../src/model/versions/partialCompare';
import { loadConfig } from '../../../server/config';
import { createServerContext } from '../../../server/context';
import { createApp } from '../../../server/http/app';
import { percentile } from '../stats';
import { buildSeriesBoard, SERIES_BOARD } from '../seriesBoard';

export const VERSIONS_BOARD = SERIES_BOARD;

// Versions at the scale users reach (the 100-episode sketched series): what making one costs
// the server while the room is live, what one weighs, listing a long history, comparing two
// versions and restoring one episode, as the client does it: the change list from the two
// versions' structs, decoding only the shots that differ (compareVersionStates), and the
// episode's shots read from the version, then one forward transaction (restoreEpisodesFromState).

const CREATES = 12;
const LISTED = 500;
// Compare and restore run this many times; the first of them runs with the code still cold.
const RUNS = 20;
// The reference (the whole boards decoded, as before) is slow and only for scale.
const REFERENCE_RUNS = 5;

export interface VersionsBenchResult {
  createP50: number;
  createP95: number;
  /** What a version made after a few edits added to the store. */
  bytesPerVersion: number;
  /** Its docs' whole state, as a client downloads it. */
  wholeBytes: number;
  listP95: number;
  /** The longest the event loop was held while the board's first version was made (it encodes and reads the whole board), and later ones. */
  firstBlockMs: number;
  laterBlockMs: number;
  compareP50: number;
  compareP95: number;
  /** The first compare, its code not yet optimised (a user's first compare in a session). */
  compareFirst: number;
  /** The same, decoding both versions whole (as before), in the same run. */
  wholeCompareP50: number;
  wholeCompareP95: number;
  wholeRestoreP50: number;
  wholeRestoreP95: number;
  restoreP50: number;
  restoreP95: number;
  /** The first restore, its code not yet optimised. */
  restoreFirst: number;
  /** Timed runs of compare and of restore. */
  runs: number;
  changes: number;
}

export async function runVersionsBench(): Promise<VersionsBenchResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-versions-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0' }, dataDir);
  const context = await createServerContext(config);
  try {
    const boardId = newId();
    context.registry.addBoard(boardId);
    const series = buildSeriesBoard('v2');
    await context.storage.compact(boardId, Y.encodeStateAsUpdate(series));
    // The room is live, as it is while a writing room works; the first version reads the board once.
    const { room, release } = await context.rooms.lease(boardId);
    // How long the event loop (other rooms' relays) waits at most while versions are made.
    const firstBlock = watchLoopDelay(5);
    // Its timer runs from the loop's next turn; making a version may not yield before it blocks.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await context.versions.create(boardId, { name: 'First draft' });
    // The histogram notes a block when the loop next turns.
    await new Promise((resolve) => setTimeout(resolve, 20));
    firstBlock.stop();
    const laterBlocks = watchLoopDelay(5);
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Each later version follows a few edits, as a named draft or an hourly one would.
    const createMs: number[] = [];
    let latest: VersionMeta | undefined;
    const shotIds = [...room.doc.getMap('shots').keys()];
    for (let run = 0; run < CREATES; run++) {
      await room.change((doc) => {
        for (let edit = 0; edit < 5; edit++) updateShot(doc, shotIds[(run * 37 + edit * 101) % shotIds.length]!, { scene: `EXT. DOCK - NIGHT ${run}.${edit}` });
      });
      const start = performance.now();
      latest = await context.versions.create(boardId, { name: `Draft ${run + 2}` });
      createMs.push(performance.now() - start);
    }

    await new Promise((resolve) => setTimeout(resolve, 20));
    laterBlocks.stop();

    // A long history: the storage holds 500 versions of the board (copies of the last one's
    // meta; listing reads metas only), listed through the route as a client asks for it.
    const board = await context.versionStorage.snapshot(boardId, latest!.id, 'board');
    const existing = (await context.versionStorage.list(boardId)).length;
    for (let i = existing; i < LISTED; i++) {
      await context.versionStorage.create(boardId, { meta: { ...latest!, id: newId(), kind: 'auto', name: null, reason: 'hourly', createdAt: latest!.createdAt - i * 3_600_000 }, board: new Uint8Array([0, 0]), notes: new Uint8Array([0, 0]) });
    }
    const app = createApp(context);
    const token = await context.access.issue(boardId, 'viewer');
    const listMs: number[] = [];
    for (let run = 0; run < RUNS * 4; run++) {
      const start = performance.now();
      const response = await app.request(`/api/boards/${boardId}/versions`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { versions: unknown[] };
      listMs.push(performance.now() - start);
      if (body.versions.length !== LISTED) throw new Error(`Listed ${body.versions.length} versions, expected ${LISTED}.`);
    }

    // Compare two versions to a change list, as the client does (compareVersionStates).
    const firstMeta = (await context.versionStorage.list(boardId)).find((meta) => meta.name === 'First draft')!;
    const firstBoard = (await context.versionStorage.snapshot(boardId, firstMeta.id, 'board'))!;
    const compareMs: number[] = [];
    let changes: BoardChange[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      changes = compareVersionStates(firstBoard, board!).changes;
      compareMs.push(performance.now() - start);
    }
    // For reference, afterwards (its garbage must not land in the runs above): comparing the
    // two whole boards, as the client did before (decode and read both); the change lists
    // must be the same.
    const wholeCompareMs: number[] = [];
    for (let run = 0; run < REFERENCE_RUNS; run++) {
      const start = performance.now();
      const whole = compareBoards(readBoard(versionDocOf(firstBoard)), readBoard(versionDocOf(board!)));
      wholeCompareMs.push(performance.now() - start);
      if (JSON.stringify(changes) !== JSON.stringify(whole)) throw new Error('Comparing the versions in part found other changes than comparing them whole.');
    }

    // Restore one episode: since the first version, the board has had the action text of
    // RUNS episodes rewritten; each run brings one of them back from the version, on one copy
    // of the board, as a user restores on the board they have open. (A fresh copy of the whole
    // board for each run left its garbage to be collected inside the timed restores.) Checked
    // afterwards, against the version and against restoring from the whole version decoded.
    const live = new Y.Doc();
    Y.applyUpdate(live, Y.encodeStateAsUpdate(room.doc));
    const episodes = readBoard(live).episodes.slice(40, 40 + RUNS).map((episode) => episode.id);
    live.transact(() => {
      const shots = readBoard(live).shotsByEpisode;
      for (const [index, episodeId] of episodes.entries()) {
        for (const shotId of shots[episodeId]!) setText((getShotsMap(live).get(shotId) as Y.Map<unknown>).get('action') as Y.Text, `Rewritten ${index}`);
      }
    });
    const before = Y.encodeStateAsUpdate(live);
    const restoreMs: number[] = [];
    for (const episodeId of episodes) {
      const start = performance.now();
      restoreEpisodesFromState(live, firstBoard, [episodeId]);
      restoreMs.push(performance.now() - start);
    }
    const version = readBoard(versionDocOf(firstBoard));
    const left = compareBoards(version, readBoard(live)).filter((change) => episodes.includes(change.episodeId));
    if (left.length > 0) throw new Error(`The restored episodes still differ from the version: ${JSON.stringify(left.slice(0, 3))}`);
    const wholeRestoreMs: number[] = [];
    const copy = new Y.Doc();
    Y.applyUpdate(copy, before);
    for (const episodeId of episodes.slice(0, REFERENCE_RUNS)) {
      const wholeStart = performance.now();
      restoreEpisodes(copy, versionDocOf(firstBoard), [episodeId]);
      wholeRestoreMs.push(performance.now() - wholeStart);
    }
    const referenced = episodes.slice(0, REFERENCE_RUNS);
    const differ = compareBoards(readBoard(live), readBoard(copy)).filter((change) => referenced.includes(change.episodeId));
    if (differ.length > 0) throw new Error('Restoring in part wrote other than restoring from the whole version.');
    release();
    return {
      createP50: percentile(createMs, 50),
      createP95: percentile(createMs, 95),
      bytesPerVersion: latest!.storedBytes ?? latest!.boardBytes + latest!.notesBytes,
      wholeBytes: latest!.boardBytes + latest!.notesBytes,
      listP95: percentile(listMs, 95),
      firstBlockMs: firstBlock.max(),
      laterBlockMs: laterBlocks.max(),
      compareP50: percentile(compareMs, 50),
      compareP95: percentile(compareMs, 95),
      compareFirst: compareMs[0]!,
      wholeCompareP50: percentile(wholeCompareMs, 50),
      wholeCompareP95: percentile(wholeCompareMs, 95),
      wholeRestoreP50: percentile(wholeRestoreMs, 50),
      wholeRestoreP95: percentile(wholeRestoreMs, 95),
      restoreP50: percentile(restoreMs, 50),
      restoreP95: percentile(restoreMs, 95),
      restoreFirst: restoreMs[0]!,
      changes: changes.length,
      runs: RUNS,
    };
  } finally {
    await context.rooms.unloadAll();
    await context.autoVersions.stop();
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

