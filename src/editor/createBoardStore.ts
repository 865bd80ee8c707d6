import * as Y from 'yjs';
import {
  getCharactersMap, getEpisodesMap, getMetaMap, getShotsMap, groupShotsByEpisode, readBoard, readStructure, readVisibleShot, type BoardStructure,
} from '../model';
import type { BoardSnapshot } from '../model/types';
import type { BoardStore } from './boardStore';

/**
 * Keeps a plain snapshot of the board doc up to date. A change to one shot re-reads only that
 * shot, and its old object is replaced, so `useShot(id)` re-renders exactly the panels whose
 * shot changed. A change to meta, episodes or characters re-reads only those small maps: on a
 * board of thousands of shots, typing an episode title must not re-read every sketch.
 */
export function createBoardStore(doc: Y.Doc, boardId: string): BoardStore {
  const shotsMap = getShotsMap(doc);
  let board: BoardSnapshot = readBoard(doc);
  let structure: BoardStructure = readStructure(doc);
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
  const otherRoots = [getMetaMap(doc), getEpisodesMap(doc), getCharactersMap(doc)];

  // observeDeep callbacks run before 'afterTransaction', so by then we know what changed.
  const onAfterTransaction = () => {
    if (dirtyShots.size === 0 && !dirtyStructure) return;
    const changed = dirtyShots;
    dirtyShots = new Set();
    const shots = { ...board.shots };
    let orderChanged = dirtyStructure;
    if (dirtyStructure) {
      dirtyStructure = false;
      structure = readStructure(doc);
      // Shots whose episode appeared or disappeared (e.g. a peer's concurrent delete).
      for (const [id, shot] of Object.entries(shots)) if (!structure.episodeIds.has(shot.episodeId)) changed.add(id);
      for (const id of shotsMap.keys()) if (!(id in shots)) changed.add(id);
    }
    for (const id of changed) {
      const before = shots[id];
      const after = readVisibleShot(id, shotsMap.get(id), structure);
      if (after) shots[id] = after;
      else delete shots[id];
      if (!before || !after || before.episodeId !== after.episodeId || before.order !== after.order) orderChanged = true;
    }
    const { meta, characters, episodes } = structure;
    board = {
      meta,
      characters,
      episodes,
      shots,
      shotsByEpisode: orderChanged ? groupShotsByEpisode(episodes, shots) : board.shotsByEpisode,
      // Problems are those found when the board was opened; the banner reports them once.
      problems: board.problems,
    };
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

