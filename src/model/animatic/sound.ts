import { DEFAULT_CLIP_VOLUME, DEFAULT_SOUNDTRACK_VOLUME } from '../schema';
import type { Timeline } from './timeline';

// The animatic's sound as a plan: which sound plays where on the timeline and how loud. The
// player schedules it against its clock and the video export mixes it into the file, both
// from this plan, so they sound the same. Pure: the sounds themselves are decoded elsewhere.
//
// - An episode's soundtrack starts with the episode and plays for its running time at the
//   episode's volume, fading out over the last half second; a soundtrack shorter than the
//   episode simply ends (it does not loop).
// - A shot's clip (a temp voice line) starts with the shot at the shot's volume and runs to
//   its own end, over the cuts after it, as dialogue often does in an edit, but never past
//   its episode's end, where it is cut with a short fade so the cut does not click.
// - In a play-through of several episodes, each episode's sound is cut at its own end and the
//   next episode's starts with it.

/** How long a soundtrack fades out before the end of its episode. */
export const SOUNDTRACK_FADE_OUT_MS = 500;
/** A clip still sounding at the end of its episode fades out this fast instead of clicking. */
export const CLIP_CUT_FADE_MS = 20;

/** What the plan reads of a board: the episodes' soundtracks and the shots' clips (a volume not given: the default). */
export interface SoundSources {
  episodes: readonly { id: string; soundtrackAssetId?: string | null; soundtrackVolume?: number | null }[];
  shots: Readonly<Record<string, { id?: string; clipAssetId?: string | null; clipVolume?: number | null } | undefined>>;
}

export interface SoundCue {
  kind: 'soundtrack' | 'clip';
  assetId: string;
  episodeId: string;
  /** The shot of a clip; null for a soundtrack. */
  shotId: string | null;
  /** Where on the timeline the sound's beginning plays. */
  startMs: number;
  /** Where it is cut at the latest (its episode's end); it ends earlier when the sound is shorter. */
  endMs: number;
  /** 0..1. */
  volume: number;
  /** Length of the fade to silence that ends at `endMs`. */
  fadeOutMs: number;
}

/** The sound cues of a timeline, in timeline order (by start; a soundtrack before a clip starting with it). */
export function planSound(board: SoundSources, timeline: Timeline): SoundCue[] {
  const cues: SoundCue[] = [];
  for (const span of episodeSpans(timeline)) {
    if (span.endMs <= span.startMs) continue;
    const episode = board.episodes.find((entry) => entry.id === span.episodeId);
    const soundtrack = episode?.soundtrackAssetId;
    const soundtrackVolume = volumeOf(episode?.soundtrackVolume, DEFAULT_SOUNDTRACK_VOLUME);
    if (soundtrack && soundtrackVolume > 0) {
      cues.push({
        kind: 'soundtrack',
        assetId: soundtrack,
        episodeId: span.episodeId,
        shotId: null,
        startMs: span.startMs,
        endMs: span.endMs,
        volume: soundtrackVolume,
        fadeOutMs: Math.min(SOUNDTRACK_FADE_OUT_MS, span.endMs - span.startMs),
      });
    }
    for (const entry of timeline.shots.slice(span.firstShot, span.lastShot + 1)) {
      const shot = board.shots[entry.shotId];
      const clip = shot?.clipAssetId;
      const volume = volumeOf(shot?.clipVolume, DEFAULT_CLIP_VOLUME);
      // A shot of no duration at the very end of its episode would start its clip at the cut.
      if (!clip || volume <= 0 || entry.startMs >= span.endMs) continue;
      cues.push({
        kind: 'clip',
        assetId: clip,
        episodeId: span.episodeId,
        shotId: entry.shotId,
        startMs: entry.startMs,
        endMs: span.endMs,
        volume,
        fadeOutMs: Math.min(CLIP_CUT_FADE_MS, span.endMs - entry.startMs),
      });
    }
  }
  return cues;
}

function volumeOf(value: number | null | undefined, unset: number): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return unset;
  return Math.min(1, Math.max(0, value));
}

interface EpisodeSpan {
  episodeId: string;
  startMs: number;
  endMs: number;
  firstShot: number;
  lastShot: number;
}

/** Each episode's stretch of the timeline (its shots lie together, in board order). */
function episodeSpans(timeline: Timeline): EpisodeSpan[] {
  const spans: EpisodeSpan[] = [];
  timeline.shots.forEach((shot, index) => {
    const last = spans[spans.length - 1];
    if (last && last.episodeId === shot.episodeId) {
      last.endMs = shot.endMs;
      last.lastShot = index;
    } else {
      spans.push({ episodeId: shot.episodeId, startMs: shot.startMs, endMs: shot.endMs, firstShot: index, lastShot: index });
    }
  });
  return spans;
}

/** The cue's loudness at timeline time `ms`: its volume, ramping linearly to 0 over its fade. */
export function cueGainAt(cue: SoundCue, ms: number): number {
  if (ms >= cue.endMs) return 0;
  const fadeStart = cue.endMs - cue.fadeOutMs;
  if (cue.fadeOutMs <= 0 || ms <= fadeStart) return cue.volume;
  return (cue.volume * (cue.endMs - ms)) / cue.fadeOutMs;
}

/**
 * How one cue plays within a window of the timeline that starts at `fromMs` (where playback
 * starts, or where a chunk of the export's mix begins). Times are relative to the window's
 * start, as an audio graph schedules them.
 */
export interface CuePlay {
  cue: SoundCue;
  /** From the window's start until the sound starts (0 when it is already sounding). */
  delayMs: number;
  /** How far into the sound it starts. */
  offsetMs: number;
  /** How long it plays. */
  durationMs: number;
  /**
   * The gain over that time: the first point's value from its moment on, then straight lines
   * to each next point (Web Audio's setValueAtTime, then linearRampToValueAtTime).
   */
  gain: { atMs: number; value: number }[];
}

/**
 * The cues that sound in [fromMs, toMs), each with where it starts and the gain it needs.
 * `lengthMs` gives a decoded sound's length, when known, so a sound that has already ended is
 * left out and the durations are exact.
 */
export function soundPlaysFrom(cues: readonly SoundCue[], fromMs: number, toMs = Infinity, lengthMs: (assetId: string) => number | null = () => null): CuePlay[] {
  const plays: CuePlay[] = [];
  for (const cue of cues) {
    const length = lengthMs(cue.assetId);
    const start = Math.max(fromMs, cue.startMs);
    const end = Math.min(toMs, cue.endMs, length === null ? Infinity : cue.startMs + length);
    if (end <= start) continue;
    const gain = [{ atMs: start - fromMs, value: cueGainAt(cue, start) }];
    const fadeStart = cue.endMs - cue.fadeOutMs;
    if (cue.fadeOutMs > 0 && end > fadeStart) {
      if (fadeStart > start) gain.push({ atMs: fadeStart - fromMs, value: cue.volume });
      gain.push({ atMs: end - fromMs, value: cueGainAt(cue, end) });
    }
    plays.push({ cue, delayMs: start - fromMs, offsetMs: start - cue.startMs, durationMs: end - start, gain });
  }
  return plays;
}
