import * as Y from 'yjs';
import { getShotsMap, groupShotsByEpisode, readBoard, readShot } from '../model';
import type { BoardSnapshot, Shot } from '../model/types';
import type { BoardStore } from './boardStore';

/**
 * Keeps a plain snapshot of the board doc up to date. A change to one shot re-reads only that
 * shot, and its old object is replaced, so `useShot(id)` re-renders exactly the panels whose
 * shot changed. Changes to meta, episodes or characters re-read those (small) maps.
 */
export function createBoardStore(doc: Y.Doc, boardId: string): BoardStore {
  const shotsMap = getShotsMap(doc);
  let board: BoardSnapshot = readBoard(doc);
  const listeners = new Set<() => void>();
  const shotListeners = new Map<string, Set<() => void>>();

  let dirtyShots = new Set<string>();
  let dirtyStructure = false;

  const onShotsChanged = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === shotsMap) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirtyShots.add(key);
      } else {
        const id = event.path[0];
        if (typeof id === 'string') dirtyShots.add(id);
      }
    }
  };
  const onStructureChanged = () => {
    dirtyStructure = true;
  };
  const otherRoots = (['meta', 'episodes', 'characters'] as const).map((name) => doc.getMap(name));

  // observeDeep callbacks run before 'afterTransaction', so by then we know what changed.
  const onAfterTransaction = () => {
    if (dirtyShots.size === 0 && !dirtyStructure) return;
    const changed = dirtyShots;
    dirtyShots = new Set();
    if (dirtyStructure) {
      dirtyStructure = false;
      // Rare and small: re-read everything but keep unchanged shot objects.
      const fresh = readBoard(doc);
      for (const [id, shot] of Object.entries(fresh.shots)) {
        const old = board.shots[id];
        if (old && !changed.has(id) && sameShot(old, shot)) fresh.shots[id] = old;
      }
      board = { ...fresh, problems: board.problems };
    } else {
      const shots = { ...board.shots };
      let orderChanged = false;
      for (const id of changed) {
        const yShot = shotsMap.get(id);
        const before = shots[id];
        // A value that is not a shot map (a bad import or a foreign client) reads as absent.
        if (!(yShot instanceof Y.Map)) {
          delete shots[id];
          orderChanged = true;
          continue;
        }
        const after = readShot(id, yShot, []);
        if (!after) continue;
        shots[id] = after;
        if (!before || before.episodeId !== after.episodeId || before.order !== after.order) orderChanged = true;
      }
      const shotsByEpisode = orderChanged ? groupShotsByEpisode(board.episodes, shots) : board.shotsByEpisode;
      board = { ...board, shots, shotsByEpisode };
    }
    for (const id of changed) shotListeners.get(id)?.forEach((listener) => listener());
    listeners.forEach((listener) => listener());
  };

  shotsMap.observeDeep(onShotsChanged);
  otherRoots.forEach((root) => root.observeDeep(onStructureChanged));
  doc.on('afterTransaction', onAfterTransaction);

  return {
    doc,
    boardId,
    getBoard: () => board,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getShot: (id) => board.shots[id],
    subscribeShot(id, listener) {
      let set = shotListeners.get(id);
      if (!set) shotListeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) shotListeners.delete(id);
      };
    },
    destroy() {
      shotsMap.unobserveDeep(onShotsChanged);
      otherRoots.forEach((root) => root.unobserveDeep(onStructureChanged));
      doc.off('afterTransaction', onAfterTransaction);
      listeners.clear();
      shotListeners.clear();
    },
  };
}

/** Cheap structural equality for shots read from the same doc (used to keep identities). */
function sameShot(a: Shot, b: Shot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
