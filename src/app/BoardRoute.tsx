import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeatboardDb } from '../collab/db';
import { BoardNotFoundError } from '../collab/openLocalBoard';
import { StorageReadError } from '../collab/storage/docStorage';
import { BoardLinkRefusedError } from '../collab/serverClient/liveBoard';
import { NewerSchemaError } from '../model';
import type { TFunction } from 'i18next';
import { i18next } from '../ui/i18n';
import { BoardSessionContext } from '../hooks/session';
import { type BoardSession } from '../editor/session';
import { BoardScreen } from '../ui/board/BoardScreen';
import { BoardOpenClosedError, openBoard } from './openBoard';

type LoadState =
  | { status: 'loading'; fromServer: boolean; percent?: number }
  | { status: 'failed'; message: string; canRetry: boolean }
  | { status: 'ready'; session: BoardSession; problems: string[] };

/** One board's screen: its loading state, why it failed to open, or the board itself. */
export function BoardRoute({ db, boardId, onBack }: { db: BeatboardDb; boardId: string; onBack(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading', fromServer: false });
  // Bumped by "Try again" to run the open once more.
  const [attempt, setAttempt] = useState(0);

  // Started as the loading screen is committed, not after the browser has painted it: the
  // board's own first paint waits on this.
  useLayoutEffect(() => {
    // A closed open may still settle (or report progress) later: only the current one speaks.
    let current = true;
    const opening = openBoard(db, boardId, (progress) => current && setState({ status: 'loading', ...progress }));
    opening.opened.then(
      ({ session, problems }) => current && setState({ status: 'ready', session, problems }),
      (error: unknown) => {
        if (current && !(error instanceof BoardOpenClosedError)) {
          setState({ status: 'failed', message: describeOpenError(error, i18next.t), canRetry: error instanceof StorageReadError });
        }
      },
    );
    return () => {
      current = false;
      opening.close();
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
