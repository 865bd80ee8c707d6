import { createBoardActions } from './actionList';
import type { BoardSession } from './session';

/**
 * Every user action of the board is registered here once. The keyboard handler, the toolbar,
 * menus and the shortcuts dialog all read this list, so a shortcut shown is a shortcut that works.
 */
export interface BoardAction {
  id: string;
  /** i18n key of the label, e.g. 'canvas.actions.undo'. */
  labelKey: string;
  /** Key combos as shown and matched, e.g. ['Mod+Z'], ['Delete', 'Backspace'], ['?']. Mod = Ctrl or Cmd. */
  keys: string[];
  /** Group in the shortcuts dialog. */
  group: 'edit' | 'view' | 'canvas' | 'shots';
  run(session: BoardSession): void;
  /** When false the action is shown disabled and its keys do nothing. */
  enabled?(session: BoardSession): boolean;
}

// The actions themselves live in actionList.ts; the UI only reads BOARD_ACTIONS.
export const BOARD_ACTIONS: BoardAction[] = createBoardActions();

/** Looks an action up by id, e.g. for a toolbar button: `runAction(session, 'zoomIn')`. */
export function findAction(id: string): BoardAction | undefined {
  return BOARD_ACTIONS.find((candidate) => candidate.id === id);
}

/** Runs an action if it is enabled; returns whether it ran. */
export function runAction(session: BoardSession, id: string): boolean {
  const found = findAction(id);
  if (!found || (found.enabled && !found.enabled(session))) return false;
  found.run(session);
  return true;
}
