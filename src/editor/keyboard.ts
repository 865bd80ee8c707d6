import { useEffect } from 'react';
import { BOARD_ACTIONS, type BoardAction } from './actions';
import { matchesCombo, type KeyInput } from './keys';
import { useBoardSession } from './session';

// Board shortcuts, read from the action registry. Keystrokes meant for a text field, a menu
// or a dialog are left alone, and so are Enter and Space on a focused button (they press it).

/** The action a key press triggers; gestures (group 'canvas') have no keys to press. */
export function actionForKey(actions: readonly BoardAction[], event: KeyInput): BoardAction | undefined {
  return actions.find((action) => action.group !== 'canvas' && action.keys.some((combo) => matchesCombo(event, combo)));
}

const FOCUS_OWNS_KEYS = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="dialog"]',
  'dialog',
  '[role="menu"]',
  '[role="listbox"]',
].join(', ');

/** True when the key belongs to whatever has focus rather than to the board. */
export function isOwnedByFocus(target: EventTarget | null, key: string): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest(FOCUS_OWNS_KEYS)) return true;
  return (key === 'Enter' || key === ' ') && target.closest('button, a[href], [role="button"], summary') !== null;
}

/**
 * Listens for board shortcuts while mounted. Safe to mount more than once (say by the board
 * screen and by the canvas): the first listener to handle a key marks it handled.
 */
export function useBoardKeyboard(actions: readonly BoardAction[] = BOARD_ACTIONS): void {
  const session = useBoardSession();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || (event.repeat && !isRepeatable(event.key))) return;
      if (isOwnedByFocus(event.target, event.key)) return;
      // The sketch editor and dialogs have shortcuts of their own (and their own undo).
      if (session.editor.sketchShotId.get() !== null || session.editor.dialog.get() !== null) return;
      const action = actionForKey(actions, event);
      if (!action || (action.enabled && !action.enabled(session))) return;
      event.preventDefault();
      action.run(session);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session, actions]);
}

/** Holding an arrow or a zoom key repeats it; holding N should not add a shot per repeat. */
function isRepeatable(key: string): boolean {
  return key.startsWith('Arrow') || key === '=' || key === '+' || key === '-' || key === 'z' || key === 'Z';
}
