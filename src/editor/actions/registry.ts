import type { BoardSession } from '../session';
import { createBoardActions } from './boardActions';
import type { ActionContext, BoardAction } from './types';

/**
 * Every user action of the board, registered once. Buttons, menus, the keyboard and the
 * shortcuts dialog read this list and ask `isActionEnabled`, so they can never disagree.
 */
export const BOARD_ACTIONS: readonly BoardAction[] = createBoardActions();

/** Looks an action up by id, e.g. for a toolbar button: `runAction(session, 'zoomIn')`. */
export function findAction(id: string): BoardAction | undefined {
  return BOARD_ACTIONS.find((candidate) => candidate.id === id);
}

function resolve(action: string | BoardAction): BoardAction | undefined {
  return typeof action === 'string' ? findAction(action) : action;
}

/** The one enabled rule: what a button shows as disabled is what its key will not do. */
export function isActionEnabled(session: BoardSession, action: string | BoardAction): boolean {
  const found = resolve(action);
  return found !== undefined && (found.enabled ? found.enabled(session) : true);
}

/** Without an interface to translate, keys stand for the words (tests, scripts). */
const UNTRANSLATED: ActionContext = { t: (key) => key };

/** Runs an action if it is enabled; returns whether it ran. */
export function runAction(session: BoardSession, action: string | BoardAction, context: ActionContext = UNTRANSLATED): boolean {
  const found = resolve(action);
  if (!found || !isActionEnabled(session, found)) return false;
  found.run(session, context);
  return true;
}
