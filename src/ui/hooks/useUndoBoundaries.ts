import { useEffect } from 'react';
import { useBoardSession } from '../../hooks/session';
import { listenAll } from '../lib/listen';

/**
 * Starts a new undo step at every discrete gesture: a pointer press, a shortcut, a move of
 * focus to another field. Without it, the undo manager merges everything within its capture
 * window, so pressing N twice and then Ctrl+Z would remove both shots. Typing inside one text
 * field is not a boundary, so a burst of typing still undoes as one step.
 */
export function useUndoBoundaries(): void {
  const { undo } = useBoardSession();
  useEffect(() => {
    const boundary = () => undo.stopCapturing();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTyping(event)) undo.stopCapturing();
    };
    return listenAll(window, { pointerdown: boundary, focusin: boundary, keydown: onKeyDown }, true);
  }, [undo]);
}

/** A plain character typed into a text field, as opposed to a shortcut or a key elsewhere. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const editable = !!target && (target.isContentEditable || target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'range', 'color'].includes((target as HTMLInputElement).type)));
  return editable && !event.ctrlKey && !event.metaKey && !event.altKey;
}
