import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { FilePickerButton } from '../fields/FilePickerButton';
import type { SoundProblem } from './useSoundInput';

const percent = (volume: number) => Math.round(volume * 100);

/** A sound's volume as a 0-100% slider; written as 0..1. */
export function VolumeSlider({ label, value, disabled, onChange }: { label: string; value: number; disabled?: boolean; onChange(next: number): void }) {
  const { t } = useTranslation();
  const id = useId();
  const text = t('sound.volumeValue', { percent: percent(value) });
  return (
    <div className="sound-volume">
      <label htmlFor={id} className="sound-volume__label">{label}</label>
      <input id={id} type="range" min={0} max={100} step={5} className="sound-volume__slider" disabled={disabled}
        aria-valuetext={text} value={percent(value)} onChange={(event) => onChange(Number(event.target.value) / 100)} />
      <span className="sound-volume__value">{text}</span>
    </div>
  );
}

/**
 * A button that plays a stored sound once, through a plain <audio> element and the asset's
 * object URL (fetched from the server first when this browser does not have it yet).
 */
export function PreviewButton({ assetId, onProblem }: { assetId: string; onProblem(problem: SoundProblem): void }) {
  const { t } = useTranslation();
  const { assets } = useBoardSession();
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);

  // Another sound in its place stops this one.
  useEffect(() => {
    const element = audio.current;
    return () => {
      element?.pause();
      setPlaying(false);
    };
  }, [assetId]);

  const toggle = async () => {
    const element = audio.current;
    if (!element) return;
    if (playing) {
      element.pause();
      element.currentTime = 0;
      setPlaying(false);
      return;
    }
    const url = await assets.getUrl(assetId);
    if (!url) {
      onProblem({ key: 'errors.previewFailed', values: {} });
      return;
    }
    if (element.src !== url) element.src = url;
    element.currentTime = 0;
    setPlaying(true);
    try {
      await element.play();
    } catch (error) {
      setPlaying(false);
      // A pause before playback began is not a failure.
      if ((error as { name?: string }).name !== 'AbortError') onProblem({ key: 'errors.previewFailed', values: {} });
    }
  };

  return (
    <>
      <button type="button" className="button button--small" aria-pressed={playing} onClick={() => void toggle()}>
        {playing ? t('sound.stopPreview') : t('sound.play')}
      </button>
      <audio ref={audio} preload="none" hidden onEnded={() => setPlaying(false)} onPause={() => setPlaying(false)} />
    </>
  );
}

/** A sound control's problem, in words, with a way to dismiss it. */
export function SoundProblemNote({ problem, onDismiss }: { problem: SoundProblem | null; onDismiss(): void }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <div className="sound-problem" role="alert">
      <span className="sound-problem__text">{t(`sound.${problem.key}`, problem.values)}</span>
      <button type="button" className="button button--small button--ghost" onClick={onDismiss}>{t('sound.errors.dismiss')}</button>
    </div>
  );
}

const SOUND_FILES = 'audio/*,.mp3,.wav,.ogg,.oga,.opus,.webm,.m4a,.mp4,.aac,.flac';

/** A file picker for sounds, opened by a button; `label` names its input for assistive tech and tests. */
export function SoundFilePicker({ label, disabled, onFile, buttonLabel }: { label: string; disabled?: boolean; buttonLabel: string; onFile(file: File): void }) {
  return (
    <FilePickerButton label={buttonLabel} inputLabel={label} accept={SOUND_FILES} className="button button--small" disabled={disabled} onFile={onFile} />
  );
}
