import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_ACTIONS, runAction } from '../../../editor/actions/registry';
import { actionForKey, isOwnedByFocus } from '../../../editor/keyboard';
import type { BoardSession } from '../../../editor/session';

/** Shortcuts that only look: they run on the version; every other board shortcut is held back. */
const LOOKING_ACTIONS = BOARD_ACTIONS.filter((action) =>
  ['copy', 'selectAll', 'selectNext', 'selectPrevious', 'selectAbove', 'selectBelow', 'zoomToFit', 'zoomIn', 'zoomOut', 'zoomReset'].includes(action.id),
);

/**
 * Keys while a version is on screen. Escape calls `onEscape`; zoom, fit and moving the
 * selection run on the version's read-only session; no shortcut reaches the live board.
 * Listening in the capture phase and marking the key handled keeps the live board's own
 * listener (which skips handled keys) from adding or deleting shots behind the preview.
 */
export function useVersionKeys(session: BoardSession | null, onEscape: () => void): void {
  const { t } = useTranslation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A dialog over the version (restore, say) keeps its own keys, Escape included.
      if (document.querySelector('[aria-modal="true"]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      if (isOwnedByFocus(event.target, event.key)) return;
      if (!actionForKey(BOARD_ACTIONS, event)) return;
      event.preventDefault();
      const looking = actionForKey(LOOKING_ACTIONS, event);
      if (session && looking) runAction(session, looking, { t });
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [session, onEscape, t]);
}
