// Shot durations are stored in milliseconds but people think and type in seconds.

export type DurationError = 'empty' | 'notNumber' | 'negative' | 'tooLong';

export type DurationParse = { ok: true; ms: number } | { ok: false; error: DurationError };

export type TargetParse = { ok: true; seconds: number } | { ok: false; error: 'empty' | 'notNumber' | 'negative' };

/** Longest duration a single shot may have; anything above is almost certainly a typo (ms typed as s). */
export const MAX_SHOT_SECONDS = 3600;

type SecondsParse = { ok: true; seconds: number } | { ok: false; error: 'empty' | 'notNumber' | 'negative' };

/**
 * Reads "4", "4.5", " 4,5 " (decimal comma, as typed on many keyboards) or "4.5s" as seconds.
 * Returns a typed error rather than throwing, so a field can show the reason next to itself
 * and write nothing.
 */
function parseSeconds(input: string): SecondsParse {
  const text = input.trim().replace(/\s*(s|sec|secs|seconds|秒)$/i, '').replace(',', '.');
  if (text === '') return { ok: false, error: 'empty' };
  // Number() alone is too forgiving ('0x10', '1e3', ''); accept plain decimals only.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, error: 'notNumber' };
  const seconds = Number(text);
  if (seconds < 0) return { ok: false, error: 'negative' };
  return { ok: true, seconds };
}

export function parseDurationSeconds(input: string): DurationParse {
  const parsed = parseSeconds(input);
  if (!parsed.ok) return parsed;
  if (parsed.seconds > MAX_SHOT_SECONDS) return { ok: false, error: 'tooLong' };
  return { ok: true, ms: Math.round(parsed.seconds * 1000) };
}

/** Episode targets are whole seconds (a 90-second episode); decimals are rounded. */
export function parseTargetSeconds(input: string): TargetParse {
  const parsed = parseSeconds(input);
  if (!parsed.ok) return parsed;
  return { ok: true, seconds: Math.round(parsed.seconds) };
}

/** 4500 -> "4.5", 4000 -> "4": the shortest text that reads back to the same value. */
export function formatSeconds(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  return String(Math.round(ms) / 1000);
}
