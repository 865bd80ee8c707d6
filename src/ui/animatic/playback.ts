import type { Timeline } from '../../model/animatic';

// The player's transport without React or a browser: a clock against real time, the J K L
// shuttle, the end of the cut (stop or loop), and the timeline as it looks while a cut is
// being dragged. Tested in Node.

/** Fastest shuttle speed, either way. */
export const MAX_RATE = 4;

/**
 * Where the playhead was at a moment of real time and how fast it moves: position at `now`
 * is `atMs + (now - since) * rate`. Re-anchored on every change, so playback never drifts
 * however long it runs or however late frames come.
 */
export interface PlaybackClock {
  atMs: number;
  since: number;
  /** 0 paused, 1 playing, 2 or 4 fast forward, negative backwards. */
  rate: number;
}

export function clockAt(clock: PlaybackClock, now: number): number {
  return clock.atMs + (now - clock.since) * clock.rate;
}

/** The clock from `now` on, at a new position and rate. */
export function reanchor(clock: PlaybackClock, now: number, changes: { atMs?: number; rate?: number }): PlaybackClock {
  return { atMs: changes.atMs ?? clockAt(clock, now), since: now, rate: changes.rate ?? clock.rate };
}

/** J (back), K (pause), L (forward): pressing the same way again doubles the speed, up to 4x. */
export function shuttle(rate: number, key: 'j' | 'k' | 'l'): number {
  if (key === 'k') return 0;
  const direction = key === 'l' ? 1 : -1;
  return Math.sign(rate) === direction ? direction * Math.min(MAX_RATE, Math.abs(rate) * 2) : direction;
}

/**
 * Where the playhead goes once it runs past either end: round again when looping, else it
 * stops at the end it reached. `stopped` says playback should pause there.
 */
export function wrapAtEnds(ms: number, durationMs: number, loop: boolean): { ms: number; stopped: boolean } {
  if (durationMs <= 0) return { ms: 0, stopped: true };
  if (ms >= 0 && ms < durationMs) return { ms, stopped: false };
  if (loop) return { ms: ((ms % durationMs) + durationMs) % durationMs, stopped: false };
  return { ms: ms < 0 ? 0 : durationMs, stopped: true };
}

/** The timeline with shot `index` lasting `durationMs` and the shots after it moved along. */
export function withShotDuration(timeline: Timeline, index: number, durationMs: number): Timeline {
  const shot = timeline.shots[index];
  if (!shot) return timeline;
  const shift = shot.startMs + durationMs - shot.endMs;
  if (shift === 0) return timeline;
  const shots = timeline.shots.map((entry, i) =>
    i < index ? entry : i === index ? { ...entry, endMs: entry.endMs + shift } : { ...entry, startMs: entry.startMs + shift, endMs: entry.endMs + shift },
  );
  return { shots, durationMs: timeline.durationMs + shift };
}
