import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSummary } from '../../collab/library';
import { relativeTimeParts } from '../lib/shotText';

interface BoardCardProps {
  board: BoardSummary;
  now: number;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
}

// A row of blank 9:16 frames stands in for a cover image until boards have one.
const COVER_FRAMES = 5;

export function BoardCard({ board, now, onOpen, onRename, onDuplicate, onDelete }: BoardCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const title = board.title.trim() || t('ui.home.untitled');
  const { value, unit } = relativeTimeParts(board.updatedAt, now);
  const edited =
    unit === 'second'
      ? t('ui.home.editedJustNow')
      : t('ui.home.edited', { when: new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(value, unit) });

  return (
    <article className="board-card" aria-labelledby={titleId}>
      {/* Clicking the cover opens the board too; the title button is the keyboard path. */}
      <div className="board-card__cover" onClick={onOpen} aria-hidden="true">
        {Array.from({ length: COVER_FRAMES }, (_, index) => (
          <span key={index} className="board-card__frame" />
        ))}
      </div>
      <div className="board-card__body">
        <h2 className="board-card__title" id={titleId}>
          <button type="button" className="board-card__open" onClick={onOpen}>
            {title}
          </button>
        </h2>
        <p className="board-card__meta">
          {t('ui.home.counts', {
            episodes: t('ui.home.episodes', { count: board.episodeCount }),
            shots: t('ui.home.shots', { count: board.shotCount }),
          })}
          {board.role && board.role !== 'owner' && <span className="badge board-card__role">{t(`live.role.${board.role}`)}</span>}
        </p>
        <p className="board-card__meta muted">
          <time dateTime={new Date(board.updatedAt).toISOString()}>{edited}</time>
        </p>
      </div>
      <div className="board-card__actions">
        <button type="button" className="button button--small button--ghost" aria-label={t('ui.home.renameBoard', { title })} onClick={onRename}>
          {t('ui.home.rename')}
        </button>
        <button type="button" className="button button--small button--ghost" aria-label={t('ui.home.duplicateBoard', { title })} onClick={onDuplicate}>
          {t('ui.home.duplicate')}
        </button>
        <button type="button" className="button button--small button--ghost button--danger-text" aria-label={t('ui.home.deleteBoard', { title })} onClick={onDelete}>
          {t('ui.home.delete')}
        </button>
      </div>
    </article>
  );
}
