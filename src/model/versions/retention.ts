import type { VersionMeta } from './types';

/**
 * Which versions to keep. Automatic versions pile up (one an hour while someone works, one
 * before every restore or script update), so older ones are thinned out the way backups
 * usually are: dense for the recent past, sparser further back.
 *
 * - Named versions are kept for good: someone chose to keep them.
 * - The newest automatic version is always kept, however old, so a board left alone for
 *   months still has its last automatic state.
 * - Automatic versions less than `HOURLY_FOR_MS` (2 days) old: the newest in each UTC clock
 *   hour is kept, and every safety version besides (made before a restore, a script update or a
 *   backup restore): each is the only copy of the board as it was before someone replaced it,
 *   and two restores within an hour must not lose the first one's.
 * - From 2 days up to `DAILY_FOR_MS` (60 days) old: the newest in each UTC day is kept.
 * - Automatic versions 60 days old or older are deleted.
 *
 * Ages are `now - createdAt`; a version from the future (a skewed clock) counts as recent.
 * Within an hour or day, "newest" is the largest `createdAt`, ties broken by the larger id,
 * so every caller thins the same list the same way.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** Automatic versions younger than this keep one per UTC hour. */
export const HOURLY_FOR_MS = 2 * DAY_MS;
/** Automatic versions younger than this (and at least `HOURLY_FOR_MS` old) keep one per UTC day; older ones go. */
export const DAILY_FOR_MS = 60 * DAY_MS;

type RetainedVersion = Pick<VersionMeta, 'id' | 'kind' | 'createdAt'> & { reason?: VersionMeta['reason'] };

/** A version made before the board was replaced (a restore, a script update, a backup restore). */
const isSafetyVersion = (version: RetainedVersion) => version.reason?.startsWith('before-') === true;

const isNewer = (a: RetainedVersion, b: RetainedVersion) => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/** The ids of the versions to delete, in the order given. */
export function thinVersions(versions: readonly RetainedVersion[], now: number): string[] {
  const automatic = versions.filter((version) => version.kind === 'auto');
  if (automatic.length === 0) return [];

  const newest = automatic.reduce((best, version) => (isNewer(version, best) ? version : best));
  // The newest version of each hour or day bucket; a bucket key names its tier too, so an
  // hour near the 2-day line cannot collide with a day bucket.
  const keptByBucket = new Map<string, RetainedVersion>();
  const kept = new Set<RetainedVersion>([newest]);
  for (const version of automatic) {
    const bucket = bucketOf(version.createdAt, now);
    if (bucket === null) continue;
    if (isSafetyVersion(version) && bucket.startsWith('hour:')) {
      kept.add(version);
      continue;
    }
    const best = keptByBucket.get(bucket);
    if (!best || isNewer(version, best)) keptByBucket.set(bucket, version);
  }
  for (const version of keptByBucket.values()) kept.add(version);
  return automatic.filter((version) => !kept.has(version)).map((version) => version.id);
}

/** The bucket a version of this age falls in, or null when it is too old to keep. */
function bucketOf(createdAt: number, now: number): string | null {
  const age = now - createdAt;
  if (age < HOURLY_FOR_MS) return `hour:${Math.floor(createdAt / HOUR_MS)}`;
  if (age < DAILY_FOR_MS) return `day:${Math.floor(createdAt / DAY_MS)}`;
  return null;
}
