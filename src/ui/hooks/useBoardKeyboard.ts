import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_ACTIONS, runAction } from '../../editor/actions/registry';
import type { BoardAction } from '../../editor/actions/types';
import { actionForKey, isOwnedByFocus, isRepeatable } from '../../editor/keyboard';
import { useBoardSession } from '../../hooks/session';

/**
 * Listens for board shortcuts while mounted (by the board screen, so they work in every view).
 * Safe to mount more than once: the first listener to handle a key marks it handled.
 */
export function useBoardKeyboard(actions: readonly BoardAction[] = BOARD_ACTIONS): void {
  const session = useBoardSession();
  const { t } = useTranslation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || (event.repeat && !isRepeatable(event.key))) return;
      if (isOwnedByFocus(event.target, event.key)) return;
      // The sketch editor and dialogs have shortcuts of their own (and their own undo).
      if (session.editor.sketchShotId.get() !== null || session.editor.dialog.get() !== null) return;
      const action = actionForKey(actions, event);
      // A key whose action is disabled is left to the browser, as if it were not a shortcut.
      if (action && runAction(session, action, { t })) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session, actions, t]);
}
