import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { getDatabase } from '../collab/db';
import { startHourlyVersions } from '../collab/versions/hourlyVersions';
import { LocalVersionStore } from '../collab/versions/localVersionStore';
import { dexieVersionTables } from '../collab/versions/localVersionTables';
import { ServerVersionStore } from '../collab/versions/serverVersionStore';
import type { VersionStore } from '../collab/versions/versionStore';
import type { BoardSession } from '../editor/session';
import type { VersionMeta } from '../model/versions/types';
import { useBoardSession } from './session';

// Any part of the board screen that makes a version (a restore, a script update, the hourly
// timer) says so here, and every open list of versions reads the list again.
const versionsChanged = new EventTarget();

export function announceVersionsChanged(): void {
  versionsChanged.dispatchEvent(new Event('change'));
}

/** The board's token while it is on the server, null while it lives only in this browser. */
function useBoardToken(session: BoardSession): string | null {
  return useSyncExternalStore(session.sync.subscribe, () => session.sync.get().token);
}

/**
 * Where the open board's versions are kept: the server once the board is live (it has a token),
 * this browser's IndexedDB while it lives only here (not published yet, or its id is taken).
 */
export function useVersionStore(): VersionStore {
  const session = useBoardSession();
  const token = useBoardToken(session);
  return useMemo(
    () => (token
      ? new ServerVersionStore(session.boardId, token)
      : new LocalVersionStore(dexieVersionTables(getDatabase()), session.boardId, { board: session.doc, notes: session.notes })),
    [session, token],
  );
}

export type VersionList =
  | { status: 'loading' }
  | { status: 'ready'; versions: VersionMeta[] }
  | { status: 'failed'; error: unknown };

// Others in the room make versions too (and the server its hourly ones): an open list looks again now and then.
const REFRESH_MS = 60_000;

/** The open board's versions, newest first, read again whenever one is made or removed. */
export function useVersions(): { store: VersionStore; list: VersionList; refresh(): void } {
  const store = useVersionStore();
  const [list, setList] = useState<VersionList>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    store.list().then(
      (versions) => current && setList({ status: 'ready', versions }),
      (error: unknown) => current && setList({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [store, generation]);

  useEffect(() => {
    versionsChanged.addEventListener('change', refresh);
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      versionsChanged.removeEventListener('change', refresh);
      clearInterval(timer);
    };
  }, [refresh]);

  return { store, list, refresh };
}

/**
 * While the open board lives only in this browser (and this user may edit it), an automatic
 * version every hour it changed: the server does this for live boards.
 */
export function useLocalHourlyVersions(): void {
  const session = useBoardSession();
  const token = useBoardToken(session);
  useEffect(() => {
    if (token || !session.canEdit) return;
    const store = new LocalVersionStore(dexieVersionTables(getDatabase()), session.boardId, { board: session.doc, notes: session.notes });
    return startHourlyVersions({
      store,
      docs: { board: session.doc, notes: session.notes },
      onCreated: announceVersionsChanged,
      onError: (error) => console.warn('The hourly version of this board could not be kept in this browser.', error),
    });
  }, [session, token]);
}
