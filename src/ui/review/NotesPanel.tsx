import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberedBoard } from '../../hooks/board';
import { useNotes } from '../../hooks/useNotes';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { revealShot } from '../../editor/actions/viewActions';
import { notesExportRows, notesToCsv, notesToMarkdown } from '../../io/notesExport';
import { EpisodeFilter } from '../fields/EpisodeFilter';
import { downloadText, fileNameOf } from '../lib/download';

type Filter = 'open' | 'resolved' | 'mine' | 'all';
const FILTERS: Filter[] = ['open', 'resolved', 'mine', 'all'];

/** Every note on the board, filtered; choosing one selects and shows its shot. Exports too. */
export function NotesPanel() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { board, numbers } = useNumberedBoard();
  const notes = useNotes();
  const [filter, setFilter] = useState<Filter>('open');
  const [episodeId, setEpisodeId] = useState('');
  const me = session.presence.identity().id;
  const needsChangesOnly = useStore(session.editor.needsChangesOnly);

  const shown = notes.comments.filter((comment) => {
    if (filter === 'open' && comment.resolved) return false;
    if (filter === 'resolved' && !comment.resolved) return false;
    if (filter === 'mine' && comment.author.id !== me && !comment.replies.some((reply) => reply.author.id === me)) return false;
    if (episodeId && board.shots[comment.shotId]?.episodeId !== episodeId) return false;
    return true;
  });

  const focus = (shotId: string) => {
    if (!board.shots[shotId]) return;
    session.editor.selection.set([shotId]);
    session.editor.sidePanel.set('inspector');
    revealShot(session, shotId);
  };
  const exportAs = (format: 'csv' | 'md') => {
    const rows = notesExportRows(board, notes);
    const name = fileNameOf(board.meta.title, 'board');
    if (format === 'csv') downloadText(`${name}-notes.csv`, notesToCsv(rows), 'text/csv;charset=utf-8');
    else downloadText(`${name}-notes.md`, notesToMarkdown(board.meta.title, rows), 'text/markdown;charset=utf-8');
  };

  return (
    <div className="notes-panel">
      <div className="toggle-row" role="group" aria-label={t('notes.filter')}>
        {FILTERS.map((value) => (
          <button key={value} type="button" className="button button--small" aria-pressed={filter === value} onClick={() => setFilter(value)}>
            {t(`notes.filters.${value}`)}
          </button>
        ))}
      </div>
      <label className="choice">
        <input type="checkbox" checked={needsChangesOnly} onChange={(event) => session.editor.needsChangesOnly.set(event.target.checked)} />
        <span>{t('review.needsChangesBoard')}</span>
      </label>
      <EpisodeFilter id="notes-episode" label={t('notes.episode')} allLabel={t('notes.allEpisodes')} episodes={board.episodes}
        value={episodeId} onChange={setEpisodeId} />
      {shown.length === 0 && <p className="empty-note">{t('notes.noneFound')}</p>}
      <ul className="notes-panel__list">
        {shown.map((comment) => {
          const onDeletedShot = !board.shots[comment.shotId];
          return (
            <li key={comment.id}>
              <button type="button" className="tile-button notes-panel__item" disabled={onDeletedShot} onClick={() => focus(comment.shotId)}>
                <span className="notes-panel__shot">
                  {onDeletedShot ? t('notes.deletedShot') : t('notes.shot', { number: numbers[comment.shotId] })}
                  {comment.resolved && ` · ${t('notes.resolved')}`}
                </span>
                <span><strong>{comment.author.name}</strong>: {comment.text}</span>
                {comment.replies.length > 0 && <span className="muted">{t('notes.replies', { count: comment.replies.length })}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="notes-panel__export">
        <button type="button" className="button button--small" onClick={() => exportAs('csv')}>{t('notes.exportCsv')}</button>
        <button type="button" className="button button--small" onClick={() => exportAs('md')}>{t('notes.exportMarkdown')}</button>
      </div>
    </div>
  );
}
