import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BoardSnapshot } from '../../model';
import type { EndingMark } from './arcGeometry';

/** Tooltips and accessible names of the Arc screen's marks, in the interface language. */
export interface ArcLabels {
  shot(shotId: string): string;
  ending(mark: EndingMark, number: number): string;
}

export function arcLabels(t: TFunction, board: BoardSnapshot, numbers: Record<string, string>): ArcLabels {
  const shot = (shotId: string) => {
    const beat = board.shots[shotId]?.beat;
    return t('rhythm.arc.pointLabel', {
      number: numbers[shotId] ?? '',
      type: beat?.type ? t(`ui.beatType.${beat.type}`) : t('rhythm.arc.noBeat'),
      emotion: beat?.emotion ? t(`ui.emotion.${beat.emotion}`) : '—',
      intensity: beat?.intensity ?? 0,
    });
  };
  return {
    shot,
    ending: (mark, number) => `${t('rhythm.checks.episodeN', { n: number })} · ${mark.shotId ? shot(mark.shotId) : t('rhythm.arc.noShots')}`,
  };
}

export function useArcLabels(board: BoardSnapshot, numbers: Record<string, string>): ArcLabels {
  const { t } = useTranslation();
  return useMemo(() => arcLabels(t, board, numbers), [t, board, numbers]);
}
