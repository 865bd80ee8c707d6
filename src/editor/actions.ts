import type { BoardSession } from './session';

/**
 * Every user action of the board is registered here once. The keyboard handler, the toolbar,
 * menus and the shortcuts dialog all read this list, so a shortcut shown is a shortcut that works.
 */
export interface BoardAction {
  id: string;
  /** i18n key of the label, e.g. 'actions.undo'. */
  labelKey: string;
  /** Key combos as shown and matched, e.g. ['Mod+Z'], ['Delete', 'Backspace'], ['?']. Mod = Ctrl or Cmd. */
  keys: string[];
  /** Group in the shortcuts dialog. */
  group: 'edit' | 'view' | 'canvas' | 'shots';
  run(session: BoardSession): void;
  /** When false the action is shown disabled and its keys do nothing. */
  enabled?(session: BoardSession): boolean;
}

// Filled in by the editor tools (see actionList.ts); the UI only reads BOARD_ACTIONS.
export const BOARD_ACTIONS: BoardAction[] = [];
