import { addShot, deleteShots, duplicateShots, insertShots, shotContent, shotsInReadingOrder } from '../../model';
import { clipboardShots, setClipboardShots, shotsAsText } from '../clipboard';
import { layoutOfBoard, sortByBoardOrder } from '../layout';
import type { BoardSession } from '../session';
import { revealShot } from './viewActions';

// Shot actions on the current selection, shared by the keyboard, menus and the canvas.
// Each one is a single model command, so it is one undo step and one update for peers.

/** The selection in board order, without shots that have since been deleted (by undo or a peer). */
export function selectedShots(session: BoardSession): string[] {
  return sortByBoardOrder(layoutOfBoard(session.store.getBoard()), session.editor.selection.get());
}

export function hasSelection(session: BoardSession): boolean {
  return selectedShots(session).length > 0;
}

/** Where new shots go: after the last selected shot, else at the end of the last episode. */
export function insertionPoint(session: BoardSession): { episodeId: string; afterShotId: string | null } | null {
  const board = session.store.getBoard();
  const last = selectedShots(session).at(-1);
  const shot = last ? board.shots[last] : undefined;
  if (shot) return { episodeId: shot.episodeId, afterShotId: shot.id };
  // Nothing selected: the end of the last episode, where a storyboard usually grows.
  const lastEpisode = board.episodes.at(-1);
  return lastEpisode ? { episodeId: lastEpisode.id, afterShotId: null } : null;
}

function selectAndReveal(session: BoardSession, ids: string[]): void {
  session.editor.selection.set(ids);
  revealShot(session, ids.at(-1));
}

export function deleteSelectedShots(session: BoardSession): void {
  const ids = selectedShots(session);
  if (ids.length === 0) return;
  deleteShots(session.doc, ids);
  session.editor.selection.set([]);
}

export function duplicateSelectedShots(session: BoardSession): void {
  const ids = selectedShots(session);
  if (ids.length === 0) return;
  selectAndReveal(session, duplicateShots(session.doc, ids));
}

export function copySelectedShots(session: BoardSession): void {
  const board = session.store.getBoard();
  const contents = selectedShots(session).map((id) => shotContent(board.shots[id]));
  if (contents.length > 0) setClipboardShots(contents, shotsAsText(board, contents));
}

export function cutSelectedShots(session: BoardSession): void {
  copySelectedShots(session);
  deleteSelectedShots(session);
}

export function canPaste(session: BoardSession): boolean {
  return clipboardShots().length > 0 && insertionPoint(session) !== null;
}

export function pasteShots(session: BoardSession): void {
  const place = insertionPoint(session);
  const contents = clipboardShots();
  if (!place || contents.length === 0) return;
  selectAndReveal(session, insertShots(session.doc, { ...place, contents: [...contents] }));
}

export function addShotAfterSelection(session: BoardSession): void {
  const place = insertionPoint(session);
  if (!place) return;
  selectAndReveal(session, [addShot(session.doc, place)]);
}

/** The "+" ghost panel at the end of a lane. */
export function addShotToEpisode(session: BoardSession, episodeId: string): void {
  selectAndReveal(session, [addShot(session.doc, { episodeId })]);
}

export function selectAllShots(session: BoardSession): void {
  session.editor.selection.set(shotsInReadingOrder(session.store.getBoard()));
}

/** The shot the sketch editor opens: the one selected last. */
export function openSketchForSelection(session: BoardSession): void {
  const selection = session.editor.selection.get();
  const board = session.store.getBoard();
  const id = [...selection].reverse().find((candidate) => board.shots[candidate]);
  if (id) session.editor.sketchShotId.set(id);
}

/**
 * Arrow-key navigation: left/right walk the board in reading order, up/down jump to the same
 * position in the episode above or below. With nothing selected, the first shot is selected.
 */
export function selectNeighbour(session: BoardSession, direction: 'left' | 'right' | 'up' | 'down'): void {
  const board = session.store.getBoard();
  const layout = layoutOfBoard(board);
  const selection = session.editor.selection.get();
  const anchor = [...selection].reverse().map((id) => layout.panelById.get(id)).find(Boolean);
  const order = shotsInReadingOrder(board);
  if (!anchor) {
    if (order.length > 0) selectAndReveal(session, [order[0]]);
    return;
  }
  let nextId: string | undefined;
  if (direction === 'left' || direction === 'right') {
    nextId = order[order.indexOf(anchor.shotId) + (direction === 'right' ? 1 : -1)];
  } else {
    const step = direction === 'down' ? 1 : -1;
    for (let lane = anchor.laneIndex + step; lane >= 0 && lane < layout.lanes.length; lane += step) {
      const panels = layout.lanes[lane].panels;
      if (panels.length === 0) continue;
      nextId = panels[Math.min(anchor.index, panels.length - 1)].shotId;
      break;
    }
  }
  if (nextId) selectAndReveal(session, [nextId]);
}
