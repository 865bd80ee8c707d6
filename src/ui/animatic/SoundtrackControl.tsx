import { useTranslation } from 'react-i18next';
import { setEpisodeSoundtrack, setEpisodeSoundtrackVolume } from '../../model';
import type { Episode } from '../../model/types';
import { useBoardSession } from '../../hooks/session';
import { useRunCommand } from '../hooks/useCommand';
import { SoundFilePicker, SoundProblemNote, VolumeSlider } from '../sound/SoundControls';
import { useSoundInput } from '../sound/useSoundInput';

/**
 * The episode's soundtrack (music or a temp track under the whole episode), in the player's
 * sound row: its name, and for writers a file to choose or replace, Remove and the volume.
 * Directors and viewers see the name only. With the whole series playing there is no one
 * episode to set it on, so the row tells a writer to pick one.
 */
export function SoundtrackControl({ episode }: { episode: Episode | null }) {
  const { t } = useTranslation();
  const { canEdit } = useBoardSession();
  const run = useRunCommand();
  const input = useSoundInput();

  if (!episode) {
    // Only someone who could set a soundtrack needs telling where.
    if (!canEdit) return null;
    return (
      <div className="animatic-sound" role="group" aria-label={t('sound.soundtrack')}>
        <span className="animatic-sound__label">{t('sound.soundtrack')}</span>
        <span className="animatic-sound__hint">{t('sound.seriesHint')}</span>
      </div>
    );
  }
  const episodeId = episode.id;
  const has = episode.soundtrackAssetId !== null;
  const name = has ? episode.soundtrackName.trim() || t('sound.unnamed') : t('sound.noSoundtrack');
  return (
    <div className="animatic-sound" role="group" aria-label={t('sound.soundtrack')}>
      <span className="animatic-sound__label">{t('sound.soundtrack')}</span>
      <span className={has ? 'animatic-sound__name' : 'animatic-sound__name animatic-sound__name--none'} title={name}
        data-testid="soundtrack-name">
        {name}
      </span>
      {input.busy && <span className="animatic-sound__status" role="status">{t('sound.adding')}</span>}
      {canEdit && (
        <SoundFilePicker label={t('sound.soundtrackFile')} buttonLabel={has ? t('sound.replace') : t('sound.choose')} disabled={input.busy}
          onFile={(file) => input.acceptFile(file, (assetId, fileName) => run((doc) => setEpisodeSoundtrack(doc, episodeId, assetId, fileName)))} />
      )}
      {canEdit && has && (
        <button type="button" className="button button--small button--ghost" disabled={input.busy} aria-label={t('sound.removeSoundtrack')}
          onClick={() => run((doc) => setEpisodeSoundtrack(doc, episodeId, null))}>
          {t('sound.remove')}
        </button>
      )}
      {has && (
        <VolumeSlider label={t('sound.soundtrackVolume')} value={episode.soundtrackVolume} disabled={!canEdit}
          onChange={(volume) => run((doc) => setEpisodeSoundtrackVolume(doc, episodeId, volume))} />
      )}
      <SoundProblemNote problem={input.problem} onDismiss={() => input.showProblem(null)} />
    </div>
  );
}
