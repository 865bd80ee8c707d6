import { useTranslation } from 'react-i18next';
import { SelectControl } from '../fields/SelectField';
import type { AnimaticScope } from './AnimaticPlayer';

interface PlayerControlsProps {
  scope: AnimaticScope;
  episodes: readonly { id: string; label: string }[];
  onScope(scope: AnimaticScope): void;
  playing: boolean;
  rate: number;
  onPlay(): void;
  onStep(direction: 1 | -1): void;
  loop: boolean;
  onLoop(loop: boolean): void;
  speakerNames: boolean;
  onSpeakerNames(on: boolean): void;
  /** The cut has sound: playing at another speed than 1x says it is silent. */
  hasSound: boolean;
  muted: boolean;
  onMute(muted: boolean): void;
  /** "mm:ss.ff / mm:ss.ff": the playhead and the cut's length. */
  time: string;
  /** False on an empty episode: nothing to play, step through or export. */
  hasShots: boolean;
  onExport(): void;
  onExportVideo(): void;
}

/** The row under the picture: what plays, the transport, the time, the settings, the cut list and the video. */
export function PlayerControls(props: PlayerControlsProps) {
  const { t } = useTranslation();
  const { playing, rate } = props;
  return (
    <div className="animatic-controls" role="toolbar" aria-label={t('animatic.controls')}>
      <SelectControl
        ariaLabel={t('animatic.scope')}
        className="input input--select animatic-controls__scope"
        value={props.scope}
        options={[...props.episodes.map((episode) => ({ value: episode.id, label: episode.label })), { value: 'series', label: t('animatic.series') }]}
        onChange={(next) => props.onScope(next ?? 'series')}
      />
      <div className="button-group" role="group" aria-label={t('animatic.transport')}>
        <button type="button" className="button button--small" disabled={!props.hasShots} onClick={() => props.onStep(-1)} title={t('animatic.previousHint')}>
          {t('animatic.previous')}
        </button>
        <button type="button" className="button button--small button--primary animatic-controls__play" disabled={!props.hasShots} onClick={props.onPlay}
          aria-keyshortcuts="Space">
          {playing ? t('animatic.pause') : t('animatic.playButton')}
        </button>
        <button type="button" className="button button--small" disabled={!props.hasShots} onClick={() => props.onStep(1)} title={t('animatic.nextHint')}>
          {t('animatic.next')}
        </button>
      </div>
      <output className="animatic-controls__time" aria-label={t('animatic.time')}>{props.time}</output>
      {/* The shuttle speed, shown only when it is not plain forward play. */}
      <span className="animatic-controls__rate" aria-live="polite">
        {playing && rate !== 1
          ? t(props.hasSound ? 'animatic.rateSilent' : 'animatic.rate', { rate: rate > 0 ? `${rate}×` : `−${-rate}×` })
          : ''}
      </span>
      <div className="toggle-row animatic-controls__settings">
        <button type="button" className="button button--small" aria-pressed={props.muted} aria-keyshortcuts="M"
          onClick={() => props.onMute(!props.muted)} title={t('animatic.muteHint')}>
          {t('animatic.mute')}
        </button>
        <button type="button" className="button button--small" aria-pressed={props.loop} onClick={() => props.onLoop(!props.loop)}>
          {t('animatic.loop')}
        </button>
        <button type="button" className="button button--small" aria-pressed={props.speakerNames}
          onClick={() => props.onSpeakerNames(!props.speakerNames)}>
          {t('animatic.speakerNames')}
        </button>
        <button type="button" className="button button--small" disabled={!props.hasShots} onClick={props.onExport}
          title={t('animatic.exportEdlHint')}>
          {t('animatic.exportEdl')}
        </button>
        <button type="button" className="button button--small" disabled={!props.hasShots} onClick={props.onExportVideo}
          title={t('animatic.exportVideoHint')}>
          {t('animatic.exportVideo')}
        </button>
      </div>
    </div>
  );
}
