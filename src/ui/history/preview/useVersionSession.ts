import { useEffect, useState } from 'react';
import { useBoardSession } from '../../../hooks/session';
import type { VersionSnapshot } from '../../../model';
import { openVersionSession, type VersionSession } from './versionSession';

export type VersionSessionState =
  | { status: 'loading' }
  | { status: 'ready'; session: VersionSession }
  | { status: 'failed'; message: string };

/**
 * A read-only session over the snapshot `load` brings, opened once per `key` and let go when
 * the key changes or the component unmounts (its docs live in memory only).
 */
export function useVersionSession(key: string, load: () => Promise<VersionSnapshot>): VersionSessionState {
  const live = useBoardSession();
  const [state, setState] = useState<VersionSessionState>({ status: 'loading' });
  useEffect(() => {
    let session: VersionSession | null = null;
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (snapshot) => {
        if (!current) return;
        try {
          session = openVersionSession(live, snapshot);
          setState({ status: 'ready', session });
        } catch (error) {
          setState({ status: 'failed', message: messageOf(error) });
        }
      },
      (error: unknown) => current && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
      session?.dispose();
    };
    // `load` is a new function on every render of the caller; `key` names what it loads.
  }, [live, key]);
  return state;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
