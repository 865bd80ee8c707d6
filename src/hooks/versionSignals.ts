import { useSyncExternalStore } from 'react';
import type { BoardSession } from '../editor/session';

// Any part of the board screen that makes a version (a restore, a script update, the hourly
// timer) says so here, and every open list of versions reads the list again. Kept apart from
// the version stores, which load with the History tab.
export const versionsChanged = new EventTarget();

export function announceVersionsChanged(): void {
  versionsChanged.dispatchEvent(new Event('change'));
}

/** The board's token while it is on the server, null while it lives only in this browser. */
export function useBoardToken(session: BoardSession): string | null {
  return useSyncExternalStore(session.sync.subscribe, () => session.sync.get().token);
}
