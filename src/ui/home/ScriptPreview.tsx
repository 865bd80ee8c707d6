import { useTranslation } from 'react-i18next';
import { episodeContents, scriptCounts, type ParsedScript, type ScriptEpisode } from '../../io/script/types';
import { boardTitleOf } from '../../io/script/scriptTitle';

/**
 * What a script becomes before anything is created: the title and logline, the counts, each
 * episode with its shots, scenes, captions and sound cues, the outline that goes into the
 * first episode's synopsis, and the cast with their bios.
 */
export function ScriptPreview({ script, fileName }: { script: ParsedScript; fileName: string }) {
  const { t } = useTranslation();
  const counts = scriptCounts(script);
  return (
    <div className="importer">
      <p className="importer__title"><strong>{boardTitleOf(script, fileName)}</strong></p>
      {script.logline && (
        <p className="importer__logline"><span className="importer__label">{t('importer.logline')}</span>{script.logline}</p>
      )}
      <p>
        {t('importer.summary', {
          episodes: t('importer.episodes', { count: counts.episodes }),
          shots: t('importer.shots', { count: counts.shots }),
          characters: t('importer.characters', { count: counts.characters }),
        })}
      </p>
      <ol className="importer__episodes">
        {script.episodes.map((episode, index) => (
          <li key={index}>
            {t('importer.episode', { title: episode.title || t('importer.untitled'), shots: t('importer.shots', { count: counts.shotsPerEpisode[index] }) })}
            <EpisodeContentsPreview episode={episode} />
          </li>
        ))}
      </ol>
      {script.synopsis && (
        <p className="importer__outline"><span className="importer__label">{t('importer.outline')}</span>{script.synopsis}</p>
      )}
      {script.characters.length > 0 && (
        <>
          <h3 className="importer__heading" id="importer-cast">{t('importer.cast')}</h3>
          <ul className={script.characters.some((character) => character.bio) ? 'importer__cast' : 'importer__cast importer__cast--names'}
            aria-labelledby="importer-cast">
            {script.characters.map((character) => (
              <li key={character.name}>
                <strong>{character.name}</strong>
                {character.bio && <span className="importer__bio">{character.bio}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** An episode's scenes, captions and sound cues: counted, and listed when opened. */
function EpisodeContentsPreview({ episode }: { episode: ScriptEpisode }) {
  const { t } = useTranslation();
  const { scenes, captions, soundCues } = episodeContents(episode);
  const parts = [
    scenes.length > 0 && t('importer.scenes', { count: scenes.length }),
    captions.length > 0 && t('importer.captions', { count: captions.length }),
    soundCues.length > 0 && t('importer.soundCues', { count: soundCues.length }),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const section = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <span className="importer__label">{title}</span>
        <ul className="importer__contents-list">{items.map((item, index) => <li key={index}>{item}</li>)}</ul>
      </>
    );
  return (
    <details className="importer__contents">
      <summary>{parts.join(' · ')}</summary>
      {section(t('importer.scenesHeading'), scenes)}
      {section(t('importer.captionsHeading'), captions)}
      {section(t('importer.soundCuesHeading'), soundCues)}
    </details>
  );
}
