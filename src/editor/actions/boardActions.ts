import { acceptAllSuggestions, acceptableSuggestions } from '../../model';
import type { BoardSession } from '../session';
import { addEpisodeAtEnd } from './episodeActions';
import {
  addShotAfterSelection,
  canPaste,
  copySelectedShots,
  cutSelectedShots,
  deleteSelectedShots,
  duplicateSelectedShots,
  hasSelection,
  insertionPoint,
  openSketchForSelection,
  pasteShots,
  selectAllShots,
  selectNeighbour,
} from './shotActions';
import type { BoardAction } from './types';
import { canvasReady, fitBoardToView, zoomByStep, zoomToActualSize } from './viewActions';

// Every board action, once. Labels are i18n keys under 'canvas.actions'. The 'canvas' group
// lists the pointer gestures so the shortcuts dialog shows them; the canvas performs those
// itself, so their `run` does nothing and the keyboard skips them. Actions without keys are
// offered by buttons only (the shortcuts dialog leaves them out).

const label = (id: string) => `canvas.actions.${id}`;
const gesture = () => undefined;
const boardVisible = (session: BoardSession) => session.editor.view.get() === 'board';
/** Actions that change the board need a role that may write it (directors and viewers may not). */
const editing =
  (when?: (session: BoardSession) => boolean) =>
  (session: BoardSession): boolean =>
    session.canEdit && (when ? when(session) : true);
/** Suggestions are asked of the server: any role but viewer, on a board the server knows. */
const canAskForSuggestions = (session: BoardSession) => session.role !== 'viewer' && session.sync.get().token !== null;
/** Cards "Accept all" would take; accepting writes the board, so only roles that may edit. */
const hasAcceptableSuggestions = (session: BoardSession) => acceptableSuggestions(session.doc, session.store.getBoard()).length > 0;

function action(
  id: string,
  group: BoardAction['group'],
  keys: string[],
  run: BoardAction['run'],
  enabled?: BoardAction['enabled'],
): BoardAction {
  return { id, labelKey: label(id), group, keys, run, ...(enabled ? { enabled } : {}) };
}

export function createBoardActions(): BoardAction[] {
  return [
    // Edit
    action('undo', 'edit', ['Mod+Z'], (s) => s.undo.undo(), editing((s) => s.undo.canUndo())),
    action('redo', 'edit', ['Mod+Shift+Z', 'Mod+Y'], (s) => s.undo.redo(), editing((s) => s.undo.canRedo())),
    action('cut', 'edit', ['Mod+X'], cutSelectedShots, editing(hasSelection)),
    action('copy', 'edit', ['Mod+C'], copySelectedShots, hasSelection),
    action('paste', 'edit', ['Mod+V'], pasteShots, editing(canPaste)),
    action('duplicate', 'edit', ['Mod+D'], duplicateSelectedShots, editing(hasSelection)),
    action('delete', 'edit', ['Delete', 'Backspace'], deleteSelectedShots, editing(hasSelection)),

    // Shots
    action('addShot', 'shots', ['N'], addShotAfterSelection, editing((s) => insertionPoint(s) !== null)),
    action('openSketch', 'shots', ['Enter'], openSketchForSelection, editing(hasSelection)),
    action('review', 'shots', ['R'], (s) => s.editor.dialog.set('review'), (s) => s.store.getBoard().episodes.length > 0),
    // Playing needs no write access: directors and viewers watch the cut too.
    action('playAnimatic', 'shots', ['P'], (s) => s.editor.dialog.set('animatic'), (s) => s.store.getBoard().episodes.length > 0),
    action('suggest', 'shots', ['S'], (s) => s.editor.dialog.set('suggest'), (s) => hasSelection(s) && canAskForSuggestions(s)),
    action('acceptAllSuggestions', 'shots', [], (s) => acceptAllSuggestions(s.doc, s.store.getBoard()), editing(hasAcceptableSuggestions)),
    action('addEpisode', 'shots', [], addEpisodeAtEnd, editing()),
    action('selectAll', 'shots', ['Mod+A'], selectAllShots),
    action('clearSelection', 'shots', ['Escape'], (s) => s.editor.selection.set([]), hasSelection),
    action('selectNext', 'shots', ['ArrowRight'], (s) => selectNeighbour(s, 'right'), boardVisible),
    action('selectPrevious', 'shots', ['ArrowLeft'], (s) => selectNeighbour(s, 'left'), boardVisible),
    action('selectAbove', 'shots', ['ArrowUp'], (s) => selectNeighbour(s, 'up'), boardVisible),
    action('selectBelow', 'shots', ['ArrowDown'], (s) => selectNeighbour(s, 'down'), boardVisible),

    // View
    action('zoomToFit', 'view', ['Shift+1'], fitBoardToView, canvasReady),
    action('zoomIn', 'view', ['Mod+='], (s) => zoomByStep(s, 1), canvasReady),
    action('zoomOut', 'view', ['Mod+-'], (s) => zoomByStep(s, -1), canvasReady),
    action('zoomReset', 'view', ['Mod+0'], zoomToActualSize, canvasReady),
    action('toggleView', 'view', ['L'], (s) => s.editor.view.set((view) => (view === 'board' ? 'list' : 'board'))),
    action('shortcuts', 'view', ['?'], (s) => s.editor.dialog.set('shortcuts')),
    action('share', 'view', [], (s) => s.editor.dialog.set('share'), (s) => s.role === 'owner'),
    action('settings', 'view', [], (s) => s.editor.dialog.set('settings')),
    // Versions are kept by whoever may write the board; the History tab shows the new one.
    action('nameVersion', 'edit', [], (s) => {
      s.editor.sidePanel.set('history');
      s.editor.dialog.set('nameVersion');
    }, editing()),

    // Canvas gestures (shown, performed by the canvas)
    action('pan', 'canvas', ['Space+Drag', 'Wheel'], gesture),
    action('zoomGesture', 'canvas', ['Mod+Wheel'], gesture),
    action('toggleSelect', 'canvas', ['Shift+Click', 'Mod+Click'], gesture),
    action('marquee', 'canvas', ['Drag'], gesture),
    action('reorder', 'canvas', ['Drag'], gesture),
  ];
}
