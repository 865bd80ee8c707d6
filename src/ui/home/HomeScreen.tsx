import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardLibrary, BoardSummary } from '../../collab/library';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { PromptDialog } from '../dialogs/PromptDialog';
import { GearIcon, PlusIcon } from '../board/icons';
import { NoticeArea, useNotify } from '../notify';
import { BoardCard } from './BoardCard';
import { ImportScript } from './ImportScript';
import { useBoardList } from './useBoardList';

export interface HomeScreenProps {
  library: BoardLibrary;
  onOpen(boardId: string): void;
  onOpenSettings(): void;
}

type Pending = { kind: 'create' } | { kind: 'rename'; board: BoardSummary } | { kind: 'delete'; board: BoardSummary };

/** The boards kept in this browser: create, open, rename, duplicate, delete. */
export function HomeScreen({ library, onOpen, onOpenSettings }: HomeScreenProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useBoardList(library);
  const [pending, setPending] = useState<Pending | null>(null);
  const now = useMinuteClock();

  useEffect(() => {
    document.title = 'Beatboard';
  }, []);

  // Each library call reports its own failure; the list itself updates through the subscription.
  async function attempt<R>(work: () => Promise<R>, failureKey: string): Promise<R | undefined> {
    try {
      return await work();
    } catch (error) {
      console.error(error);
      notify.error(t(failureKey));
      return undefined;
    }
  }

  const titleOf = (board: BoardSummary) => board.title.trim() || t('ui.home.untitled');

  return (
    <div className="home">
      <header className="app-bar app-header">
        <div className="app-header__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Beatboard</span>
        </div>
        <button type="button" className="icon-button" aria-label={t('ui.board.settings')} title={t('ui.board.settings')} onClick={onOpenSettings}>
          <GearIcon />
        </button>
      </header>

      <main className="home__main">
        <div className="home__heading">
          <div>
            <h1 className="home__title">{t('ui.home.title')}</h1>
            <p className="muted">{t('ui.home.subtitle')}</p>
          </div>
          <div className="home__actions">
            <ImportScript library={library} onOpen={onOpen} />
            <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
              <PlusIcon />
              <span>{t('ui.home.newBoard')}</span>
            </button>
          </div>
        </div>

        {state.status === 'loading' && <p role="status" className="muted">{t('ui.home.loading')}</p>}
        {state.status === 'failed' && <p role="alert" className="field-error">{t('ui.home.loadFailed')}</p>}
        {state.status === 'ready' && state.boards.length === 0 && (
          <div className="empty-state empty-state--large">
            <h2 className="empty-state__title">{t('ui.home.emptyTitle')}</h2>
            <p className="empty-state__text">{t('ui.home.emptyText')}</p>
            <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
              {t('ui.home.newBoard')}
            </button>
          </div>
        )}
        {state.status === 'ready' && state.boards.length > 0 && (
          <ul className="board-grid" aria-label={t('ui.home.title')}>
            {state.boards.map((board) => (
              <li key={board.id}>
                <BoardCard
                  board={board}
                  now={now}
                  onOpen={() => onOpen(board.id)}
                  onRename={() => setPending({ kind: 'rename', board })}
                  onDuplicate={async () => {
                    const id = await attempt(() => library.duplicate(board.id, (title) => t('ui.home.copyTitle', { title })), 'ui.home.duplicateFailed');
                    if (id) notify.info(t('ui.home.duplicated', { title: titleOf(board) }));
                  }}
                  onDelete={() => setPending({ kind: 'delete', board })}
                />
              </li>
            ))}
          </ul>
        )}
      </main>

      {pending?.kind === 'create' && (
        <PromptDialog
          title={t('ui.home.newBoardTitle')}
          label={t('ui.home.boardTitle')}
          initialValue={t('ui.home.untitled')}
          confirmLabel={t('ui.home.create')}
          emptyMessage={t('ui.home.titleRequired')}
          onCancel={() => setPending(null)}
          onSubmit={async (title) => {
            setPending(null);
            const id = await attempt(() => library.create(title), 'ui.home.createFailed');
            if (id) onOpen(id);
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <PromptDialog
          title={t('ui.home.renameTitle')}
          label={t('ui.home.boardTitle')}
          initialValue={pending.board.title}
          confirmLabel={t('ui.home.rename')}
          emptyMessage={t('ui.home.titleRequired')}
          onCancel={() => setPending(null)}
          onSubmit={(title) => {
            const { board } = pending;
            setPending(null);
            void attempt(() => library.rename(board.id, title), 'ui.home.renameFailed');
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('ui.home.deleteTitle')}
          message={t('ui.home.deleteMessage', { title: titleOf(pending.board) })}
          confirmLabel={t('ui.home.delete')}
          danger
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            const { board } = pending;
            setPending(null);
            const done = await attempt(() => library.remove(board.id).then(() => true), 'ui.home.deleteFailed');
            if (done) notify.info(t('ui.home.deleted', { title: titleOf(board) }));
          }}
        />
      )}
      <NoticeArea />
    </div>
  );
}

/** "Edited 3 minutes ago" stays true while the page sits open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
