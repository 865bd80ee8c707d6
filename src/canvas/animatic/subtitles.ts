import type { DialogueLine } from '../../model/types';

// Which dialogue line is on screen when, and how a line wraps. Pure (the text measure is
// passed in), so the player and the video export burn in the same subtitles, and the rules
// are tested in Node.

/** One line's time on screen, from the shot's cut in. */
export interface SubtitleCue {
  /** Index into the shot's dialogue. */
  lineIndex: number;
  startMs: number;
  endMs: number;
}

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * How long a line takes to read, in "Latin letters": a CJK character carries about as much as
 * a short word, so it counts three. Never zero, so a line of one mark still gets its turn.
 */
export function readingWeight(text: string): number {
  let weight = 0;
  for (const char of text.trim()) weight += /\s/.test(char) ? 1 : CJK.test(char) ? 3 : 1;
  return Math.max(1, weight);
}

/** The shot's duration split between its spoken lines (empty ones skipped) by their length. */
export function dialogueCues(lines: readonly Pick<DialogueLine, 'line'>[], durationMs: number): SubtitleCue[] {
  const spoken = lines.flatMap((line, lineIndex) => (line.line.trim() ? [{ lineIndex, weight: readingWeight(line.line) }] : []));
  const total = spoken.reduce((sum, line) => sum + line.weight, 0);
  const cues: SubtitleCue[] = [];
  let at = 0;
  for (const [index, line] of spoken.entries()) {
    // The last cue ends exactly at the cut, whatever the rounding before it.
    const end = index === spoken.length - 1 ? durationMs : at + (durationMs * line.weight) / total;
    cues.push({ lineIndex: line.lineIndex, startMs: at, endMs: end });
    at = end;
  }
  return cues;
}

/** The line on screen `msIntoShot` after the cut in, or -1 when none is. */
export function lineAt(cues: readonly SubtitleCue[], msIntoShot: number): number {
  if (cues.length === 0) return -1;
  const cue = cues.find((candidate) => msIntoShot < candidate.endMs) ?? cues[cues.length - 1]!;
  return msIntoShot >= cue.startMs || cue === cues[0] ? cue.lineIndex : -1;
}

// Kinsoku: marks that may not begin a line (they stay with the character before them) and
// marks that may not end one (they go with the character after them).
const NO_LINE_START = new Set([...'，。、；：！？）」』》〉】〕”’…—,.;:!?)]}%']);
const NO_LINE_END = new Set([...'（「『《〈【〔“‘([{']);

interface Unit {
  text: string;
  /** A space stood before it: a line break may fall there, and the space shows mid-line. */
  spaced: boolean;
}

/** Splits text into the pieces a line may break between: words, and each CJK character. */
export function breakUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let word = '';
  let spaced = false;
  let glueNext = false;
  const push = (piece: string) => {
    if (glueNext && units.length > 0) units[units.length - 1]!.text += piece;
    else units.push({ text: piece, spaced });
    spaced = false;
    glueNext = false;
  };
  const endWord = () => {
    if (word) push(word);
    word = '';
  };
  for (const char of text) {
    if (/\s/.test(char)) {
      endWord();
      if (units.length > 0) spaced = true;
      continue;
    }
    if (NO_LINE_START.has(char) && !spaced) {
      // Stays with what came before: the word being built, or the last unit.
      if (word) word += char;
      else if (units.length > 0) units[units.length - 1]!.text += char;
      else word = char;
      continue;
    }
    if (CJK.test(char)) {
      endWord();
      push(char);
      if (NO_LINE_END.has(char)) glueNext = true;
      continue;
    }
    if (NO_LINE_END.has(char)) {
      endWord();
      push(char);
      glueNext = true;
      continue;
    }
    if (glueNext && !word && units.length > 0) {
      // A word right after an opening mark grows from it.
      word = units.pop()!.text;
      glueNext = false;
    }
    word += char;
  }
  endWord();
  return units;
}

/**
 * Greedy wrap to `maxWidth` as `measure` reports widths: between words, between any two CJK
 * characters (never before a closing mark or after an opening one), and inside a word only
 * when the word alone is too wide.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const candidate = line ? line + (unit.spaced ? ' ' : '') + unit.text : unit.text;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = unit.text;
    }
    // A unit wider than the whole line is cut where it must be.
    while (measure(line) > maxWidth && [...line].length > 1) {
      const chars = [...line];
      let fit = 1;
      while (fit < chars.length - 1 && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps to as few lines as `wrapText` would, but with the lines as even as they can be: the
 * narrowest width that still gives that many lines. Subtitles read better balanced than with
 * a lone word (or a lone character and its full stop) on the last line.
 */
export function balancedWrap(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const greedy = wrapText(text, maxWidth, measure);
  if (greedy.length <= 1) return greedy;
  let low = maxWidth / greedy.length;
  let high = maxWidth;
  let best = greedy;
  // Halving the range a dozen times gets within a fraction of a character of the best width.
  for (let i = 0; i < 12; i++) {
    const width = (low + high) / 2;
    const lines = wrapText(text, width, measure);
    if (lines.length <= greedy.length) {
      best = lines;
      high = width;
    } else {
      low = width;
    }
  }
  return best;
}
