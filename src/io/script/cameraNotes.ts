import type { ShotSize } from '../../model';

/**
 * Shot sizes as Chinese scripts and shot lists write them, longest first so that 大特写 wins
 * over 特写 and 中近景 over 近景. English abbreviations are accepted in the same brackets.
 */
const SIZES: [string, ShotSize][] = [
  ['大特写', 'ECU'], ['极特写', 'ECU'], ['大远景', 'EWS'], ['中近景', 'MCU'], ['中全景', 'MWS'],
  ['过肩', 'OTS'], ['主观', 'POV'], ['插入', 'INSERT'],
  ['特写', 'CU'], ['近景', 'MCU'], ['中景', 'MS'], ['全景', 'WS'], ['远景', 'EWS'],
  ['ECU', 'ECU'], ['MCU', 'MCU'], ['MWS', 'MWS'], ['EWS', 'EWS'], ['OTS', 'OTS'], ['POV', 'POV'],
  ['INSERT', 'INSERT'], ['CU', 'CU'], ['MS', 'MS'], ['WS', 'WS'],
];

/** A camera note in 【】 or [] brackets at the start of a line: 【特写】, 【近景·推】, [CU]. */
const LEADING_NOTE = /^\s*[【[]([^】\]]{1,20})[】\]]\s*/;

/** The shot size a camera note names, or null when it names none (【空镜】, 【闪回】). */
export function sizeOfCameraNote(note: string): ShotSize | null {
  const upper = note.toUpperCase();
  for (const [word, size] of SIZES) {
    if (/^[A-Z]+$/.test(word) ? new RegExp(`(^|[^A-Z])${word}([^A-Z]|$)`).test(upper) : note.includes(word)) return size;
  }
  return null;
}

/**
 * Splits a leading camera note off a line: "【特写】林玥的手" gives size CU and "林玥的手".
 * A bracket that names no size is left in the text, since it is then part of the action.
 */
export function takeCameraNote(line: string): { size: ShotSize | null; rest: string } {
  const match = LEADING_NOTE.exec(line);
  const size = match ? sizeOfCameraNote(match[1]!) : null;
  return size && match ? { size, rest: line.slice(match[0].length) } : { size: null, rest: line };
}
