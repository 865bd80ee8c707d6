import * as Y from 'yjs';
import {
  getCharactersMap, getEpisodesMap, getMetaMap, getShotsMap, groupShotsByEpisode, readBoard, readStructure, readVisibleShot,
  type BoardStructure,
} from '../../src/model';
import type { BoardSnapshot } from '../../src/model/types';

/**
 * Reads a live room's board doc for its versions, re-reading only what changed since the last
 * read: the shots edited since, and the small maps (meta, episodes, characters) when one of
 * them changed. On a 100-episode sketched series a whole read takes some 60 ms or more; a
 * version made after a few edits then reads a few shots. Unchanged shots are the same objects
 * from one read to the next, so comparing two reads skips them at once.
 *
 * The observers only note ids; the reading happens in `read`, when a version is made.
 */
export class LiveBoardReader {
  private board: BoardSnapshot | null = null;
  private structure: BoardStructure | null = null;
  private dirtyShots = new Set<string>();
  private dirtyStructure = false;
  private readonly shots: Y.Map<unknown>;
  private readonly otherRoots: Y.Map<unknown>[];

  constructor(private readonly doc: Y.Doc) {
    this.shots = getShotsMap(doc);
    this.otherRoots = [getMetaMap(doc), getEpisodesMap(doc), getCharactersMap(doc)];
    this.shots.observeDeep(this.onShotsChanged);
    for (const root of this.otherRoots) root.observeDeep(this.onStructureChanged);
  }

  /** The board as it is now, as `readBoard` reads it (but for `problems`, those of the first read). */
  read(): BoardSnapshot {
    if (!this.board || !this.structure) return this.readWhole();
    if (this.dirtyShots.size === 0 && !this.dirtyStructure) return this.board;
    const changed = this.dirtyShots;
    this.dirtyShots = new Set();
    const shots = { ...this.board.shots };
    let orderChanged = false;
    if (this.dirtyStructure) {
      this.dirtyStructure = false;
      const structure = readStructure(this.doc);
      // A character gone or back changes how every line spoken by it reads: read all again.
      if (!sameKeys(structure.characters, this.structure.characters)) return this.readWhole();
      this.structure = structure;
      orderChanged = true;
      // Shots whose episode appeared or disappeared.
      for (const [id, shot] of Object.entries(shots)) if (!structure.episodeIds.has(shot.episodeId)) changed.add(id);
      for (const id of this.shots.keys()) if (!Object.hasOwn(shots, id)) changed.add(id);
    }
    const structure = this.structure;
    for (const id of changed) {
      const before = shots[id];
      const after = readVisibleShot(id, this.shots.get(id), structure);
      if (after) shots[id] = after;
      else delete shots[id];
      if (!before || !after || before.episodeId !== after.episodeId || before.order !== after.order) orderChanged = true;
    }
    const { meta, characters, episodes } = structure;
    this.board = {
      meta, characters, episodes, shots,
      shotsByEpisode: orderChanged ? groupShotsByEpisode(episodes, shots) : this.board.shotsByEpisode,
      problems: this.board.problems,
    };
    return this.board;
  }

  destroy(): void {
    this.shots.unobserveDeep(this.onShotsChanged);
    for (const root of this.otherRoots) root.unobserveDeep(this.onStructureChanged);
  }

  private readWhole(): BoardSnapshot {
    this.dirtyShots = new Set();
    this.dirtyStructure = false;
    this.board = readBoard(this.doc);
    this.structure = { ...this.board, episodeIds: new Set(this.board.episodes.map((episode) => episode.id)) };
    return this.board;
  }

  private readonly onShotsChanged = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (!this.board) return;
    for (const event of events) {
      if (event.target === this.shots) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.dirtyShots.add(key);
      } else {
        const id = event.path[0];
        if (typeof id === 'string') this.dirtyShots.add(id);
      }
    }
  };

  private readonly onStructureChanged = () => {
    this.dirtyStructure = true;
  };
}

function sameKeys(a: object, b: object): boolean {
  const aKeys = Object.keys(a);
  return aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(b, key));
}
