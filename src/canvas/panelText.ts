import i18next, { type TFunction } from 'i18next';
import type { Shot } from '../model/types';

// Words a panel shows, from a shot. Short badge labels come from 'canvas.*'; movement,
// beat and emotion read the same as in the inspector, so they share 'ui.*'. Enum keys that are
// industry shorthand (MS, CU, POV) stay as they are in every language.

/**
 * The line under a panel's picture: the first spoken line with its speaker, as a script prints
 * it ("LIN YUE: It's mine."), or, for a shot nobody speaks in, its action, so that a silent
 * shot still says what happens in it, as a storyboard's caption does.
 */
export function panelCaption(shot: Pick<Shot, 'dialogue' | 'action'>, speakerName: string | undefined): string {
  const first = shot.dialogue.find((line) => line.line.trim() !== '');
  if (!first) return oneLine(shot.action);
  const text = oneLine(first.line);
  return speakerName ? `${speakerName.toUpperCase()}: ${text}` : text;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Size, angle and movement badges, in that order, for the ones that are set. */
export function framingBadges(shot: Pick<Shot, 'size' | 'angle' | 'movement'>, t: TFunction): string[] {
  const badges: string[] = [];
  if (shot.size) badges.push(t(`canvas.size.${shot.size}`, { defaultValue: shot.size }));
  if (shot.angle) badges.push(t(`canvas.angle.${shot.angle}`, { defaultValue: shot.angle }));
  if (shot.movement) badges.push(t(`ui.movement.${shot.movement}`, { defaultValue: shot.movement }));
  return badges;
}

/** The beat band's label: the beat type, else the emotion, else "No beat". */
export function beatLabel(shot: Pick<Shot, 'beat'>, t: TFunction): string {
  if (shot.beat.type) return t(`ui.beatType.${shot.beat.type}`, { defaultValue: shot.beat.type });
  if (shot.beat.emotion) return t(`ui.emotion.${shot.beat.emotion}`, { defaultValue: shot.beat.emotion });
  return t('canvas.panel.noBeat');
}

const fixedTranslators = new Map<string, TFunction>();

/**
 * The strings of one interface language for a panel. Panels re-render when the language
 * changes anyway (it is part of their bitmap's key), so a fixed function per language serves
 * them; `useTranslation` in each of hundreds of panels would subscribe each one to i18next.
 */
export function panelTranslator(language: string): TFunction {
  let t = fixedTranslators.get(language);
  if (!t) fixedTranslators.set(language, (t = i18next.getFixedT(language)));
  return t;
}
