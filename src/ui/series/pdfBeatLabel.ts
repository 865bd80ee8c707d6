import type { TFunction } from 'i18next';
import { hasBeat, type Beat } from '../../model';

/**
 * A shot's beat as a storyboard sheet prints it: "Reveal · Surprise 7/10". The intensity is
 * printed whenever the shot has a beat, with or without an emotion ("Cliffhanger · 8/10").
 */
export function pdfBeatLabel(beat: Beat, t: TFunction): string {
  if (!hasBeat(beat)) return '';
  const strength = `${beat.intensity}/10`;
  return [
    beat.type && t(`ui.beatType.${beat.type}`),
    beat.emotion ? `${t(`ui.emotion.${beat.emotion}`)} ${strength}` : strength,
  ].filter(Boolean).join(' · ');
}
