import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { useBoard } from '../../hooks/board';
import { useActionEnabled } from '../hooks/useActionEnabled';
import { useBoardCommands, useRunAction } from '../hooks/useBoardCommands';
import { BackIcon, GearIcon, KeyboardIcon, PlayIcon, PlusIcon, RedoIcon, ReviewIcon, SparkIcon, UndoIcon } from './icons';
import { ViewSwitch } from './TabSwitch';
import { ZoomControl } from './ZoomControl';
import { StatusPill } from './StatusPill';
import { PresenceAvatars } from '../presence/PresenceAvatars';

interface TopBarProps {
  onBack(): void;
  /** Id of the main view, which the Board / Shot list tabs control. */
  mainId: string;
  /**
   * A version is shown in place of the live board: the tools that edit the board or act on
   * it wait (they would act out of sight); the view switch still picks board or shot list.
   */
  versionShown?: boolean;
}

export function TopBar({ onBack, mainId, versionShown = false }: TopBarProps) {
  const { t } = useTranslation();
  const { editor, canEdit, role } = useBoardSession();
  const board = useBoard();
  const view = useStore(editor.view);
  const { addEpisodeAtEnd, addShot } = useBoardCommands();
  const runBoardAction = useRunAction();
  // Each button is enabled by its action's rule, the same one its shortcut follows.
  const enabled = {
    addEpisode: useActionEnabled('addEpisode'),
    addShot: useActionEnabled('addShot'),
    undo: useActionEnabled('undo'),
    redo: useActionEnabled('redo'),
    suggest: useActionEnabled('suggest'),
    review: useActionEnabled('review'),
    playAnimatic: useActionEnabled('playAnimatic'),
    shortcuts: useActionEnabled('shortcuts'),
    share: useActionEnabled('share'),
  };
  const title = board.meta.title.trim() || t('ui.home.untitled');

  return (
    <header className="app-bar top-bar">
      <div className="top-bar__start">
        <button type="button" className="button button--ghost top-bar__back" title={t('ui.board.allBoards')} onClick={onBack}>
          <BackIcon />
          <span>{t('ui.board.allBoards')}</span>
        </button>
        <span className="top-bar__divider" aria-hidden="true" />
        <h1 className="top-bar__title" title={title}>
          {title}
        </h1>
        {!canEdit && (
          // The role alone fits beside a long title; "view only" and why are in its name and tooltip.
          <span className="badge badge--warning badge--large role-badge" role="note"
            aria-label={t('live.role.readOnlyBadge', { role: t(`live.role.${role}`) })}
            title={t(role === 'director' ? 'live.role.directorHint' : 'live.role.readOnlyHint')}>
            {t(`live.role.${role}`)}
          </span>
        )}
      </div>

      <div className="top-bar__center">
        <div className="top-bar__tools" inert={versionShown}>
        <div className="button-group" role="group" aria-label={t('ui.board.addGroup')}>
          <button type="button" className="button" title={t('ui.board.addEpisode')} onClick={addEpisodeAtEnd} disabled={!enabled.addEpisode}>
            <PlusIcon />
            <span>{t('ui.board.addEpisode')}</span>
          </button>
          <button type="button" className="button button--primary" title={t('ui.board.addShot')} onClick={addShot}
            disabled={!enabled.addShot}>
            <PlusIcon />
            <span>{t('ui.board.addShot')}</span>
          </button>
        </div>
        <div className="button-group" role="group" aria-label={t('ui.board.historyGroup')}>
          <button type="button" className="icon-button" aria-label={t('ui.board.undo')} title={t('ui.board.undo')}
            disabled={!enabled.undo} onClick={() => runBoardAction('undo')}>
            <UndoIcon />
          </button>
          <button type="button" className="icon-button" aria-label={t('ui.board.redo')} title={t('ui.board.redo')}
            disabled={!enabled.redo} onClick={() => runBoardAction('redo')}>
            <RedoIcon />
          </button>
        </div>
        <button type="button" className="button top-bar__secondary" title={t('ai.suggestHint')} aria-keyshortcuts="S"
          disabled={!enabled.suggest} onClick={() => runBoardAction('suggest')}>
          <SparkIcon />
          <span>{t('ai.suggest')}</span>
        </button>
        <button type="button" className="button top-bar__secondary" title={t('review.reviewHint')} aria-keyshortcuts="R"
          disabled={!enabled.review} onClick={() => runBoardAction('review')}>
          <ReviewIcon />
          <span>{t('review.review')}</span>
        </button>
        {/* The play sign says it all; an icon only, so the board's title keeps its room. */}
        <button type="button" className="button" aria-label={t('animatic.play')} title={t('animatic.playHint')}
          aria-keyshortcuts="P" disabled={!enabled.playAnimatic} onClick={() => runBoardAction('playAnimatic')}>
          <PlayIcon />
        </button>
        </div>
        <ViewSwitch store={editor.view} panelId={mainId} />
      </div>

      <div className="top-bar__end">
        <StatusPill />
        {view === 'board' && !versionShown && <ZoomControl />}
        <PresenceAvatars />
        {enabled.share && (
          <button type="button" className="button" onClick={() => runBoardAction('share')}>
            {t('live.share.button')}
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t('ui.board.shortcuts')} title={t('ui.board.shortcutsHint')}
          aria-keyshortcuts="?" disabled={!enabled.shortcuts} onClick={() => runBoardAction('shortcuts')}>
          <KeyboardIcon />
        </button>
        <button type="button" className="icon-button" aria-label={t('ui.board.settings')} title={t('ui.board.settings')}
          onClick={() => runBoardAction('settings')}>
          <GearIcon />
        </button>
      </div>
    </header>
  );
}
