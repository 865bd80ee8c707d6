import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeatboardDb } from '../collab/db';
import { BoardNotFoundError, openLocalBoard } from '../collab/openLocalBoard';
import { NewerSchemaError } from '../model';
import type { TFunction } from 'i18next';
import { i18next } from '../ui/i18n';
import { BoardSessionContext, type BoardSession } from '../editor/session';
import { BoardScreen } from '../ui/board/BoardScreen';
import { setAutomationSession } from './automation';
import { createBoardSession, disposeBoardSession } from './createSession';

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; session: BoardSession; problems: string[] };

/** Opens one board from this browser's storage and hands it to the board screen. */
export function BoardRoute({ db, boardId, onBack }: { db: BeatboardDb; boardId: string; onBack(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let disposed = false;
    let cleanup: (() => void) | null = null;
    // Marks for the benchmark's breakdown of the open time (visible in any profiler too).
    performance.mark('beatboard:open-start');
    openLocalBoard(db, boardId).then(
      (opened) => {
        performance.mark('beatboard:doc-loaded');
        const session = createBoardSession(db, boardId, opened.doc);
        performance.mark('beatboard:session-ready');
        setAutomationSession(session);
        cleanup = () => {
          setAutomationSession(null);
          disposeBoardSession(session);
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
        if (!disposed) setState({ status: 'failed', message: describeOpenError(error, i18next.t) });
      },
    );
    return () => {
      disposed = true;
      cleanup?.();
    };
  }, [db, boardId]);

  if (state.status === 'loading') {
    return <div className="app-loading" role="status">{t('app.loadingBoard')}</div>;
  }
  if (state.status === 'failed') {
    return (
      <div className="app-error" role="alert">
        <h1>{t('app.boardFailed')}</h1>
        <p>{state.message}</p>
        <button type="button" className="button button--primary" onClick={onBack}>{t('app.backHome')}</button>
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
  return error instanceof Error ? error.message : String(error);
}
