import { useTranslation } from 'react-i18next';
import { setShotClip, setShotClipVolume } from '../../model';
import type { Shot } from '../../model/types';
import { useBoardSession } from '../../hooks/session';
import { useRunCommand } from '../hooks/useCommand';
import { PreviewButton, SoundFilePicker, SoundProblemNote, VolumeSlider } from '../sound/SoundControls';
import { useRecorder } from '../sound/useRecorder';
import { useSoundInput } from '../sound/useSoundInput';

/**
 * A shot's clip: a temp voice line or effect that starts with the shot in the animatic.
 * Writers upload a file or record one from the microphone, play it, change its volume or
 * remove it; everyone else sees its name and can play it.
 */
export function ClipField({ shot }: { shot: Shot }) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useBoardSession();
  const run = useRunCommand();
  const input = useSoundInput();
  const shotId = shot.id;
  // The clip goes to the shot it was started on, even if the selection moves meanwhile.
  const useFor = (target: string) => (assetId: string, name: string) => run((doc) => setShotClip(doc, [target], assetId, name));
  const recorder = useRecorder(
    (recording, seconds) => {
      const time = new Date().toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const name = t('sound.recordingName', { time, seconds: seconds.toFixed(1) });
      // This browser made it, so it is not decoded again; its first bytes are still checked.
      input.acceptFile(recording, useFor(shotId), { name, decoder: null });
    },
    (problem) => input.showProblem(problem),
  );
  const recording = recorder.phase !== 'idle';
  const busy = input.busy || recording;
  const name = shot.clipAssetId ? shot.clipName.trim() || t('sound.unnamed') : t('sound.noClip');

  return (
    <div className="field sound-field" role="group" aria-label={t('sound.clip')}>
      <span className="field-label">{t('sound.clip')}</span>
      <p className={shot.clipAssetId ? 'sound-field__name' : 'sound-field__name sound-field__name--none'} title={name}>
        {name}
      </p>
      <div className="sound-field__buttons">
        {canEdit && (
          <SoundFilePicker label={t('sound.clipFile')} buttonLabel={t('sound.upload')} disabled={busy}
            onFile={(file) => input.acceptFile(file, useFor(shotId))} />
        )}
        {canEdit && (recorder.phase === 'recording' ? (
          <button type="button" className="button button--small button--danger" onClick={recorder.stop}>
            {t('sound.stop')}
          </button>
        ) : (
          <button type="button" className="button button--small" disabled={busy} onClick={() => {
            // An earlier problem (the microphone refused, a bad file) is over once a new try begins.
            input.showProblem(null);
            recorder.start();
          }}>
            {t('sound.record')}
          </button>
        ))}
        {shot.clipAssetId && !recording && <PreviewButton assetId={shot.clipAssetId} onProblem={input.showProblem} />}
        {canEdit && shot.clipAssetId && !recording && (
          <button type="button" className="button button--small button--ghost" disabled={busy} aria-label={t('sound.removeClip')}
            onClick={() => run((doc) => setShotClip(doc, [shotId], null))}>
            {t('sound.remove')}
          </button>
        )}
      </div>
      {recorder.phase === 'recording' && (
        <p className="sound-field__status" role="status">{t('sound.recording', { seconds: recorder.elapsedSeconds.toFixed(1) })}</p>
      )}
      {recorder.phase === 'asking' && <p className="sound-field__status" role="status">{t('sound.asking')}</p>}
      {input.busy && <p className="sound-field__status" role="status">{t('sound.adding')}</p>}
      {shot.clipAssetId && (
        <VolumeSlider label={t('sound.clipVolume')} value={shot.clipVolume} disabled={!canEdit}
          onChange={(volume) => run((doc) => setShotClipVolume(doc, [shotId], volume))} />
      )}
      <SoundProblemNote problem={input.problem} onDismiss={() => input.showProblem(null)} />
      {!shot.clipAssetId && canEdit && !busy && !input.problem && <p className="field-hint">{t('sound.clipHint')}</p>}
    </div>
  );
}
