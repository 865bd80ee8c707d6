import type { BoardSession } from '../session';

/** Translates an i18n key, e.g. i18next's `t`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What the interface lends an action when running it: words for what the action writes. */
export interface ActionContext {
  /** For names an action gives new records, e.g. "Episode 3". */
  t: Translate;
}

/**
 * One user action of the board. Each is registered once (registry.ts); the keyboard handler,
 * the toolbar, menus and the shortcuts dialog all read the registry, so a shortcut shown is a
 * shortcut that works and a button is enabled exactly when its key is.
 */
export interface BoardAction {
  id: string;
  /** i18n key of the label, e.g. 'canvas.actions.undo'. */
  labelKey: string;
  /**
   * Key combos as shown and matched, e.g. ['Mod+Z'], ['Delete', 'Backspace'], ['?']. Mod = Ctrl
   * or Cmd. Empty for an action only a button offers.
   */
  keys: string[];
  /** Group in the shortcuts dialog. */
  group: 'edit' | 'view' | 'canvas' | 'shots';
  run(session: BoardSession, context: ActionContext): void;
  /** When false the action is shown disabled and its keys do nothing. */
  enabled?(session: BoardSession): boolean;
}
