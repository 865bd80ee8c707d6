import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANGLES, BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES } from '../../model/types';
import type { SelectOption } from '../fields/SelectField';

export interface EnumOptions {
  size: SelectOption[];
  angle: SelectOption[];
  movement: SelectOption[];
  beatType: SelectOption[];
  emotion: SelectOption[];
}

/**
 * The doc stores enumeration keys (CU, dolly-in, face-slap); people see translated labels.
 * Shot sizes keep their industry abbreviation in front, since crews say "CU" in any language.
 */
export function useEnumOptions(): EnumOptions {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      size: SHOT_SIZES.map((key) => ({ value: key, label: `${key} · ${t(`ui.size.${key}`)}` })),
      angle: ANGLES.map((key) => ({ value: key, label: t(`ui.angle.${key}`) })),
      movement: MOVEMENTS.map((key) => ({ value: key, label: t(`ui.movement.${key}`) })),
      beatType: BEAT_TYPES.map((key) => ({ value: key, label: t(`ui.beatType.${key}`) })),
      emotion: EMOTIONS.map((key) => ({ value: key, label: t(`ui.emotion.${key}`) })),
    }),
    // Labels change with the interface language.
    [t, i18n.language],
  );
}
