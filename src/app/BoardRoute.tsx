import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Awareness } from 'y-protocols/awareness';
import type { BeatboardDb } from '../collab/db';
import { BoardNotFoundError, openLocalBoard } from '../collab/openLocalBoard';
import { StorageReadError } from '../collab/storage/docStorage';
import { BoardLinkRefusedError, startLiveBoard, type LiveBoard } from '../collab/server/liveBoard';
import { loadIdentity } from '../collab/presence/identity';
import { NewerSchemaError, bringBoardUpToDate, getMetaMap } from '../model';
import type { TFunction } from 'i18next';
import { i18next } from '../ui/i18n';
import { BoardSessionContext, type BoardSession } from '../editor/session';
import { BoardScreen } from '../ui/board/BoardScreen';
import { setAutomationSession } from './automation';
import { createBoardSession, disposeBoardSession } from './createSession';

type LoadState =
  | { status: 'loading'; fromServer: boolean; percent?: number }
  | { status: 'failed'; message: string; canRetry: boolean }
  | { status: 'ready'; session: BoardSession; problems: string[] };

/**
 * Opens one board from this browser's storage, connects it to the sync server (publishing it
 * first when it was made here), and hands it to the board screen. A board opened from a link
 * has nothing stored yet: it waits for its first sync.
 */
export function BoardRoute({ db, boardId, onBack }: { db: BeatboardDb; boardId: string; onBack(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading', fromServer: false });
  // Bumped by "Try again" to run the open once more.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let disposed = false;
    let cleanup: (() => void) | null = null;
    let live: LiveBoard | null = null;
    let awareness: Awareness | null = null;
    // Marks for the benchmark's breakdown of the open time (visible in any profiler too).
    performance.mark('beatboard:open-start');
    openLocalBoard(db, boardId, {
      async beforeMigrate({ doc, notes, access }) {
        awareness = new Awareness(doc);
        live = startLiveBoard({ db, boardId, doc, notes, awareness, access });
        if (access && getMetaMap(doc).size === 0) {
          setState({ status: 'loading', fromServer: true });
          // A large board arrives over HTTP first: show how far along it is.
          const board = live;
          const unsubscribe = board.subscribe(() => {
            const { transfer } = board.get();
            if (!disposed && transfer?.kind === 'loading' && transfer.total > 0) {
              setState({ status: 'loading', fromServer: true, percent: Math.floor((transfer.done / transfer.total) * 100) });
            }
          });
          try {
            await board.whenSynced();
          } finally {
            unsubscribe();
          }
        }
      },
    })
      .then(async (opened) => ({ opened, identity: await loadIdentity(db) }))
      .then(
      ({ opened, identity }) => {
        performance.mark('beatboard:doc-loaded');
        const session = createBoardSession(db, boardId, opened.doc, {
          role: opened.access?.role ?? 'owner',
          awareness: awareness!,
          sync: live!,
          identity,
          notes: opened.notes,
        });
        performance.mark('beatboard:session-ready');
        setAutomationSession(session);
        // The server may hold strokes in the older format that this browser's copy lacked.
        live!.whenSynced().then(
          () => {
            if (disposed) return;
            try {
              bringBoardUpToDate(opened.doc, opened.notes, session.role, true);
            } catch (error) {
              // Made newer on the server while this browser had an older copy: leave it be.
              console.warn('The board on the server is in a newer format; it is left as it is.', error);
            }
          },
          () => undefined, // a refused link is shown by the pill
        );
        cleanup = () => {
          setAutomationSession(null);
          disposeBoardSession(session);
          live?.destroy();
          awareness?.destroy();
          opened.close();
        };
        if (disposed) cleanup();
        else {
          // Storage problems (unreadable updates) and record problems (damaged fields) alike.
          const problems = [...opened.problems, ...session.store.getBoard().problems];
          setState({ status: 'ready', session, problems });
        }
      },
      (error: unknown) => {
        live?.destroy();
        awareness?.destroy();
        if (!disposed) setState({ status: 'failed', message: describeOpenError(error, i18next.t), canRetry: error instanceof StorageReadError });
      },
    );
    return () => {
      disposed = true;
      if (cleanup) cleanup();
      else {
        // Still loading (e.g. waiting for the server): stop the connection now.
        live?.destroy();
      }
    };
  }, [db, boardId, attempt]);

  if (state.status === 'loading') {
    return (
      <div className="app-loading" role="status">
        {state.percent !== undefined
          ? t('app.loadingFromServerProgress', { percent: state.percent })
          : t(state.fromServer ? 'app.loadingFromServer' : 'app.loadingBoard')}
        {state.percent !== undefined && <progress className="app-loading__progress" max={100} value={state.percent} aria-hidden="true" />}
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="app-error" role="alert">
        <h1>{t('app.boardFailed')}</h1>
        <p>{state.message}</p>
        <div className="app-error__actions">
          {state.canRetry && (
            <button type="button" className="button button--primary" onClick={() => {
              setState({ status: 'loading', fromServer: false });
              setAttempt((n) => n + 1);
            }}>{t('app.tryAgain')}</button>
          )}
          <button type="button" className={state.canRetry ? 'button' : 'button button--primary'} onClick={onBack}>{t('app.backHome')}</button>
        </div>
      </div>
    );
  }
  return (
    <BoardSessionContext.Provider value={state.session}>
      <BoardScreen problems={state.problems} onBack={onBack} />
    </BoardSessionContext.Provider>
  );
}

/** Why a board did not open, in the interface language; unexpected errors keep their text. */
function describeOpenError(error: unknown, t: TFunction): string {
  if (error instanceof BoardNotFoundError) return t('app.notFound');
  if (error instanceof NewerSchemaError) return t('app.newerSchema', { found: error.found, supported: error.supported });
  if (error instanceof BoardLinkRefusedError) return t('app.linkRefused');
  if (error instanceof StorageReadError) return t('app.storageFailed');
  return error instanceof Error ? error.message : String(error);
}
