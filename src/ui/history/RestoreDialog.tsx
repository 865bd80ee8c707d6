import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { docOf, type RestoreChoice } from '../../collab/versions/applyRestore';
import { useBoard } from '../../hooks/board';
import { readBoard, shotNumbers, type BoardSnapshot } from '../../model';
import type { VersionMeta, VersionSnapshot } from '../../model/versions/types';
import { Dialog, DialogActions } from '../dialogs/Dialog';
import { versionErrorText } from './versionErrors';
import { versionTitle } from './versionText';

type Scope = RestoreChoice['scope'];

export interface RestoreDialogProps {
  version: VersionMeta;
  loadSnapshot(): Promise<VersionSnapshot>;
  onRestore(snapshot: VersionSnapshot, choice: RestoreChoice): void;
  onClose(): void;
}

/**
 * What to take from a version: the whole board, some of its episodes (those deleted since
 * included), or one shot's sketch or text. Reads the version first, to list what it holds.
 */
export function RestoreDialog({ version, loadSnapshot, onRestore, onClose }: RestoreDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [loaded, setLoaded] = useState<{ snapshot: VersionSnapshot; board: BoardSnapshot } | { error: string } | null>(null);
  const [scope, setScope] = useState<Scope>('board');
  const [episodeIds, setEpisodeIds] = useState<ReadonlySet<string>>(new Set());
  const [shotId, setShotId] = useState('');
  const [tried, setTried] = useState(false);

  useEffect(() => {
    let current = true;
    loadSnapshot().then(
      (snapshot) => {
        const doc = docOf(snapshot.board);
        const board = readBoard(doc);
        doc.destroy();
        if (current) setLoaded({ snapshot, board });
      },
      (error: unknown) => current && setLoaded({ error: versionErrorText(t, error) }),
    );
    return () => {
      current = false;
    };
  }, [loadSnapshot, t]);

  const board = loaded && 'board' in loaded ? loaded.board : null;
  const choice: RestoreChoice | null = !board ? null
    : scope === 'board' ? { scope }
    : scope === 'episodes' ? (episodeIds.size > 0 ? { scope, episodeIds: [...episodeIds] } : null)
    : shotId ? { scope, shotId } : null;

  const submit = () => {
    setTried(true);
    if (loaded && 'snapshot' in loaded && choice) onRestore(loaded.snapshot, choice);
  };

  return (
    <Dialog title={t('history.restoreDialog.title', { name: versionTitle(t, version) })} onClose={onClose}
      footer={<DialogActions onCancel={onClose} confirmLabel={t('history.restoreDialog.confirm')} form={formId} disabled={!board} />}>
      {!loaded && <p role="status">{t('history.restoreDialog.loading')}</p>}
      {loaded && 'error' in loaded && <p role="alert" className="field-error">{loaded.error}</p>}
      {board && (
        <form id={formId} className="restore-dialog" onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}>
          <fieldset className="fieldset">
            <legend className="field-label">{t('history.restoreDialog.what')}</legend>
            <ScopeChoice scope="board" current={scope} onChange={setScope} label={t('history.restoreDialog.board')} hint={t('history.restoreDialog.boardHint')} />
            <ScopeChoice scope="episodes" current={scope} onChange={setScope} label={t('history.restoreDialog.episodes')} hint={t('history.restoreDialog.episodesHint')} />
            {scope === 'episodes' && <EpisodeChoice board={board} chosen={episodeIds} onChange={setEpisodeIds} showError={tried} />}
            <ScopeChoice scope="shot-sketch" current={scope} onChange={setScope} label={t('history.restoreDialog.sketch')} />
            <ScopeChoice scope="shot-text" current={scope} onChange={setScope} label={t('history.restoreDialog.text')} />
            {(scope === 'shot-sketch' || scope === 'shot-text') && <ShotChoice board={board} value={shotId} onChange={setShotId} />}
          </fieldset>
          <p className="muted">{t('history.restoreDialog.safety')}</p>
        </form>
      )}
    </Dialog>
  );
}

function ScopeChoice({ scope, current, onChange, label, hint }: { scope: Scope; current: Scope; onChange(scope: Scope): void; label: string; hint?: string }) {
  return (
    <label className="choice restore-dialog__scope">
      <input type="radio" name="restore-scope" checked={scope === current} onChange={() => onChange(scope)} />
      <span>
        {label}
        {hint && <span className="restore-dialog__hint">{hint}</span>}
      </span>
    </label>
  );
}

/** The version's episodes, in its order; those no longer on the board are marked. */
function EpisodeChoice({ board, chosen, onChange, showError }: { board: BoardSnapshot; chosen: ReadonlySet<string>; onChange(ids: ReadonlySet<string>): void; showError: boolean }) {
  const { t } = useTranslation();
  const current = useBoard();
  const onBoard = new Set(current.episodes.map((episode) => episode.id));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <div className="choice-list restore-dialog__options">
      {board.episodes.map((episode, index) => (
        <label key={episode.id} className="choice">
          <input type="checkbox" checked={chosen.has(episode.id)} onChange={() => toggle(episode.id)} />
          <span>
            {episode.title.trim() || t('history.restoreDialog.episodeN', { number: index + 1 })}
            {!onBoard.has(episode.id) && <span className="badge badge--warning restore-dialog__deleted">{t('history.restoreDialog.deletedSince')}</span>}
          </span>
        </label>
      ))}
      {showError && chosen.size === 0 && <p className="field-error" role="alert">{t('history.restoreDialog.chooseEpisode')}</p>}
    </div>
  );
}

/** Every shot of the version, numbered as the version numbered them. */
function ShotChoice({ board, value, onChange }: { board: BoardSnapshot; value: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const options = useMemo(() => {
    const numbers = shotNumbers(board);
    return board.episodes.flatMap((episode, index) => (board.shotsByEpisode[episode.id] ?? []).map((shotId) => ({
      shotId,
      label: t('history.restoreDialog.shotOption', {
        number: numbers[shotId] ?? '?',
        episode: episode.title.trim() || t('history.restoreDialog.episodeN', { number: index + 1 }),
      }),
    })));
  }, [board, t]);
  useEffect(() => {
    if (!value && options.length > 0) onChange(options[0].shotId);
  }, [value, options, onChange]);
  if (options.length === 0) return <p className="muted restore-dialog__options">{t('history.restoreDialog.noShots')}</p>;
  return (
    <div className="restore-dialog__options">
      <label className="field-label" htmlFor={id}>{t('history.restoreDialog.shot')}</label>
      <select id={id} className="input input--select" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => <option key={option.shotId} value={option.shotId}>{option.label}</option>)}
      </select>
    </div>
  );
}
