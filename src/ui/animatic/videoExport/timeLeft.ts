import type { TFunction } from 'i18next';

/** "about 1 min 20 s left", rounded up to whole seconds; null while there is no estimate yet. */
export function timeLeftText(t: TFunction, msLeft: number | null): string {
  if (msLeft === null) return t('animatic.video.estimating');
  const total = Math.max(1, Math.ceil(msLeft / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? t('animatic.video.timeLeftMinutes', { minutes, seconds }) : t('animatic.video.timeLeftSeconds', { seconds });
}
