import type { TFunction } from 'i18next';
import type { ChangeSummary, VersionMeta } from '../../model/versions/types';

/** A version's title: its name, or why it was made. */
export function versionTitle(t: TFunction, version: Pick<VersionMeta, 'name' | 'reason'>): string {
  return version.name ?? (version.reason ? t(`history.reason.${version.reason}`) : t('history.automatic'));
}

export type SummaryPartKey =
  | 'episodesAdded' | 'episodesRemoved' | 'episodesChanged' | 'shotsAdded' | 'shotsRemoved' | 'shotsChanged' | 'sketchesChanged';

/** The non-zero counts of a summary, in the order they are read out: shots first, then episodes, then sketches. */
export function summaryParts(summary: ChangeSummary): { key: SummaryPartKey; count: number }[] {
  const parts: { key: SummaryPartKey; count: number }[] = [
    { key: 'shotsAdded', count: summary.shots.added },
    { key: 'shotsRemoved', count: summary.shots.removed },
    { key: 'shotsChanged', count: summary.shots.changed },
    { key: 'episodesAdded', count: summary.episodes.added },
    { key: 'episodesRemoved', count: summary.episodes.removed },
    { key: 'episodesChanged', count: summary.episodes.changed },
    { key: 'sketchesChanged', count: summary.sketchesChanged },
  ];
  return parts.filter((part) => part.count > 0);
}

/** "+2 shots, −1 episode, 3 sketches changed", or "No changes". */
export function summaryText(t: TFunction, summary: ChangeSummary): string {
  const parts = summaryParts(summary);
  if (parts.length === 0) return t('history.summary.none');
  return parts.map((part) => t(`history.summary.${part.key}`, { count: part.count })).join(t('history.summary.separator'));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** When a version was made: "3 hours ago" to read at a glance, the full date and time on hover. */
export function formatWhen(createdAt: number, now: number, language: string): { relative: string; absolute: string } {
  const absolute = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(createdAt);
  const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const elapsed = now - createdAt;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return { relative: relativeFormat.format(-Math.round(elapsed / size), unit), absolute };
  }
  // Under a minute (or a clock a little ahead): "now".
  return { relative: relativeFormat.format(0, 'second'), absolute };
}
