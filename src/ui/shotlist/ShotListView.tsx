import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { episodeTiming, formatDuration, seriesRuntimeMs, shotsInReadingOrder } from '../../model';
import { useBoardSession } from '../../hooks/session';
import { useNotes } from '../../hooks/useNotes';
import { useStore } from '../../hooks/useStore';
import { toggleSelected } from '../../editor/editorState';
import { useNumberedBoard } from '../../hooks/board';
import { useEnumOptions } from '../hooks/useEnumOptions';
import { ShotRow } from './ShotRow';

// Thousands of rows of live inputs would make the page sluggish; rows come in pages instead.
const PAGE_SIZE = 200;

const COLUMNS = ['shot', 'scene', 'size', 'angle', 'movement', 'duration', 'action', 'dialogue', 'beatType', 'emotion', 'intensity', 'sound', 'notes'] as const;

/** The line producer's view: every shot as an editable table row, filterable by episode. */
export function ShotListView() {
  const { t } = useTranslation();
  const { editor, canEdit } = useBoardSession();
  const { board, numbers } = useNumberedBoard();
  const selection = useStore(editor.selection);
  const rawFilter = useStore(editor.listEpisodeFilter);
  const options = useEnumOptions();
  const filterId = useId();
  const changesId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const { approvals } = useNotes();
  const onlyChanges = useStore(editor.needsChangesOnly);

  // A filter pointing at a deleted episode falls back to all episodes.
  const filter = rawFilter && board.episodes.some((e) => e.id === rawFilter) ? rawFilter : null;
  const ids = useMemo(() => {
    const all = shotsInReadingOrder(board, filter);
    // The review's "needs changes" view: shots a director sent back.
    return onlyChanges ? all.filter((id) => approvals[id]?.status === 'changes') : all;
  }, [board, filter, onlyChanges, approvals]);
  const selected = useMemo(() => new Set(selection), [selection]);

  // Show enough rows to include the selection made on the board.
  const [limit, setLimit] = useState(() => {
    const lastSelected = Math.max(-1, ...selection.map((id) => ids.indexOf(id)));
    return Math.max(PAGE_SIZE, Math.ceil((lastSelected + 1) / PAGE_SIZE) * PAGE_SIZE);
  });
  const visibleIds = ids.slice(0, limit);

  useEffect(() => {
    tableRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'center' });
    // Only when the list opens: later clicks happen on rows that are already in view.
  }, []);

  const handleSelect = useCallback(
    (id: string, event: MouseEvent) => {
      if (event.shiftKey || event.metaKey || event.ctrlKey) {
        // Modifier clicks inside a field are for the text, not for the selection.
        if ((event.target as HTMLElement).closest('input, textarea, select')) return;
        toggleSelected(editor, id);
      } else if (editor.selection.get().length !== 1 || editor.selection.get()[0] !== id) {
        editor.selection.set([id]);
      }
    },
    [editor],
  );

  const filteredTiming = filter && board.episodes.some((e) => e.id === filter) ? episodeTiming(board, filter) : undefined;

  return (
    <div className="shot-list">
      <div className="shot-list__toolbar">
        <label htmlFor={filterId} className="field-label field-label--inline">
          {t('ui.shotList.episode')}
        </label>
        <select
          id={filterId}
          className="input input--select shot-list__filter"
          value={filter ?? ''}
          onChange={(event) => editor.listEpisodeFilter.set(event.target.value || null)}
        >
          <option value="">{t('ui.shotList.allEpisodes')}</option>
          {board.episodes.map((episode, index) => (
            <option key={episode.id} value={episode.id}>
              {t('ui.shotList.episodeOption', { n: index + 1, title: episode.title })}
            </option>
          ))}
        </select>
        <label className="choice shot-list__changes" htmlFor={changesId}>
          <input id={changesId} type="checkbox" checked={onlyChanges} onChange={(event) => editor.needsChangesOnly.set(event.target.checked)} />
          <span>{t('review.needsChanges')}</span>
        </label>
        <span className="muted">{t('ui.shotList.shotCount', { count: ids.length })}</span>
      </div>

      <div className="shot-list__scroller">
        {/* A disabled fieldset disables every cell control: read-only roles see, not edit. */}
        <fieldset className="read-only-scope" disabled={!canEdit}>
        <table ref={tableRef} className="shot-table" aria-label={t('ui.shotList.tableLabel')}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className={`shot-table__col--${column}`}>
                  {t(column === 'shot' ? 'ui.shotList.shot' : `ui.fields.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visibleIds.map((id) => (
              <ShotRow
                key={id}
                id={id}
                number={numbers[id] ?? ''}
                selected={selected.has(id)}
                characters={board.characters}
                options={options}
                onSelect={handleSelect}
              />
            ))}
          </tbody>
        </table>
        </fieldset>
        {ids.length === 0 && <p className="empty-note shot-list__empty">{t('ui.shotList.empty')}</p>}
        {ids.length > limit && (
          <button type="button" className="button shot-list__more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {t('ui.shotList.showMore', { count: Math.min(PAGE_SIZE, ids.length - limit), hidden: ids.length - limit })}
          </button>
        )}
      </div>

      <footer className="shot-list__footer">
        <span>{t('ui.shotList.seriesRuntime', { runtime: formatDuration(seriesRuntimeMs(board)) })}</span>
        {filteredTiming && (
          <span>
            {t('ui.shotList.episodeRuntime', {
              runtime: formatDuration(filteredTiming.runtimeMs),
              target: formatDuration(filteredTiming.targetMs),
            })}
          </span>
        )}
        <span className="muted">{t('ui.shotList.episodeCount', { count: board.episodes.length })}</span>
      </footer>
    </div>
  );
}
