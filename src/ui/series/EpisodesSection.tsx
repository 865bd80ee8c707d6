import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EPISODE_TITLE_LENGTH, deleteEpisode, episodeShotsInOrder, episodeTiming, formatDuration, moveEpisode, updateEpisode } from '../../model';
import type { BoardSnapshot, Episode } from '../../model/types';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { Field } from '../fields/Field';
import { TextField } from '../fields/TextField';
import { useActionEnabled } from '../hooks/useActionEnabled';
import { useBoardCommands } from '../hooks/useBoardCommands';
import { useRunCommand } from '../hooks/useCommand';
import { TargetSecondsInput } from './TargetSecondsInput';

interface PendingDelete {
  episode: Episode;
  number: number;
  shotCount: number;
}

export function EpisodesSection({ board }: { board: BoardSnapshot }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const { addEpisodeAtEnd } = useBoardCommands();
  const canAddEpisode = useActionEnabled('addEpisode');
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const count = board.episodes.length;

  return (
    <section className="panel-section" aria-labelledby="series-episodes">
      <h3 id="series-episodes" className="section-title">
        {t('ui.series.episodes')} <span className="count-badge">{count}</span>
      </h3>
      <ol className="card-list">
        {board.episodes.map((episode, index) => {
          const number = index + 1;
          const shotCount = episodeShotsInOrder(board, episode.id).length;
          const timing = episodeTiming(board, episode.id);
          const over = timing.status === 'over';
          const groupName = t('ui.series.episodeN', { n: number });
          return (
            <li key={episode.id} className="card-list__item episode-card" role="group" aria-label={groupName}>
              <div className="episode-card__head">
                <span className="episode-card__number">{groupName}</span>
                <span className={over ? 'runtime runtime--over' : 'runtime'}>
                  {t('ui.series.runtimeOfTarget', {
                    runtime: formatDuration(timing.runtimeMs),
                    target: formatDuration(timing.targetMs),
                  })}
                  {over && <span className="visually-hidden"> {t('ui.series.overTarget')}</span>}
                </span>
                <span className="episode-card__tools">
                  <button type="button" className="icon-button" disabled={index === 0}
                    aria-label={t('ui.series.moveEpisodeUp', { n: number })} title={t('ui.series.moveEpisodeUp', { n: number })}
                    onClick={() => run((doc) => moveEpisode(doc, episode.id, index - 1))}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" disabled={index === count - 1}
                    aria-label={t('ui.series.moveEpisodeDown', { n: number })} title={t('ui.series.moveEpisodeDown', { n: number })}
                    onClick={() => run((doc) => moveEpisode(doc, episode.id, index + 1))}>
                    ↓
                  </button>
                  <button type="button" className="icon-button icon-button--danger"
                    aria-label={t('ui.series.deleteEpisode', { n: number })} title={t('ui.series.deleteEpisode', { n: number })}
                    onClick={() => setPendingDelete({ episode, number, shotCount })}>
                    ×
                  </button>
                </span>
              </div>
              <TextField label={t('ui.series.episodeTitle')} value={episode.title} maxLength={MAX_EPISODE_TITLE_LENGTH}
                onChange={(title) => run((doc) => updateEpisode(doc, episode.id, { title }))} />
              <div className="field-grid">
                <Field label={t('ui.series.target')}>
                  {({ id }) => (
                    <TargetSecondsInput id={id} seconds={episode.targetSeconds}
                      onChange={(targetSeconds) => run((doc) => updateEpisode(doc, episode.id, { targetSeconds }))} />
                  )}
                </Field>
                <label className="checkbox episode-card__paywall">
                  <input type="checkbox" checked={episode.paywall}
                    onChange={(event) => run((doc) => updateEpisode(doc, episode.id, { paywall: event.target.checked }))} />
                  <span>{t('ui.series.paywall')}</span>
                </label>
              </div>
              <TextField label={t('ui.series.synopsis')} multiline rows={2} value={episode.synopsis}
                onChange={(synopsis) => run((doc) => updateEpisode(doc, episode.id, { synopsis }))} />
              <p className="muted episode-card__shots">{t('ui.series.shotCount', { count: shotCount })}</p>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={addEpisodeAtEnd} disabled={!canAddEpisode}>
        {t('ui.board.addEpisode')}
      </button>
      {pendingDelete && (
        <ConfirmDialog
          title={t('ui.series.deleteEpisodeTitle', { n: pendingDelete.number })}
          message={t('ui.series.deleteEpisodeMessage', {
            count: pendingDelete.shotCount,
            title: pendingDelete.episode.title || t('ui.series.episodeN', { n: pendingDelete.number }),
          })}
          confirmLabel={t('ui.series.deleteEpisodeConfirm')}
          danger
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => {
            run((doc) => deleteEpisode(doc, pendingDelete.episode.id));
            setPendingDelete(null);
          }}
        />
      )}
    </section>
  );
}
