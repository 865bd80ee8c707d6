import { useEffect } from 'react';
import { getDatabase } from '../collab/db';
import { startHourlyVersions } from '../collab/versions/hourlyVersions';
import { dexieVersionTables } from '../collab/versions/localVersionTables';
import type { AutoVersionReason, VersionAuthor } from '../model/versions/types';
import { useBoardSession } from './session';
import { announceVersionsChanged, useBoardToken } from './versionSignals';

/**
 * While a board that lives only in this browser is open and editable, an automatic version
 * every hour it changed (the server does this for live boards). The version store (its
 * snapshot and summary code) loads when the first one is due, not with the board.
 */
export function useLocalHourlyVersions(): void {
  const session = useBoardSession();
  const token = useBoardToken(session);
  useEffect(() => {
    if (token || !session.canEdit) return;
    const docs = { board: session.doc, notes: session.notes };
    const store = {
      async createAutomatic(reason: AutoVersionReason, author: VersionAuthor | null) {
        const { LocalVersionStore } = await import('../collab/versions/localVersionStore');
        return new LocalVersionStore(dexieVersionTables(getDatabase()), session.boardId, docs).createAutomatic(reason, author);
      },
    };
    return startHourlyVersions({
      store,
      docs,
      onCreated: announceVersionsChanged,
      onError: (error) => console.warn('The hourly version of this board could not be kept in this browser.', error),
    });
  }, [session, token]);
}
