import type { BoardAction } from './actions/types';
import { matchesCombo, type KeyInput } from './keys';

// Board shortcuts, read from the action registry (the listener is src/ui/hooks/useBoardKeyboard).
// Keystrokes meant for a text field, a menu or a dialog are left alone, and so are Enter and
// Space on a focused button (they press it).

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

/** Holding an arrow or a zoom key repeats it; holding N should not add a shot per repeat. */
export function isRepeatable(key: string): boolean {
  return key.startsWith('Arrow') || key === '=' || key === '+' || key === '-' || key === 'z' || key === 'Z';
}
