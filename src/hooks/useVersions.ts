import { useCallback, useEffect, useMemo, useState } from 'react';
import { getDatabase } from '../collab/db';
import { LocalVersionStore } from '../collab/versions/localVersionStore';
import { dexieVersionTables } from '../collab/versions/localVersionTables';
import { ServerVersionStore } from '../collab/versions/serverVersionStore';
import type { VersionStore } from '../collab/versions/versionStore';
import type { VersionMeta } from '../model/versions/types';
import { useBoardSession } from './session';
import { announceVersionsChanged, useBoardToken, versionsChanged } from './versionSignals';

export { announceVersionsChanged };

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

