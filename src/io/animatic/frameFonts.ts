import { CANVAS_FONT } from '../../canvas/theme';
import type { Timeline } from '../../model/animatic';
import type { BoardSnapshot } from '../../model/types';

// A canvas draws text in whatever font is loaded at that moment, and a font that is not yet
// loaded falls back silently. The player redraws once it arrives; a video keeps the wrong
// frame forever. So the faces the subtitles need (the CJK one for Chinese, which a page may
// load by unicode range) are loaded before the first frame.

/** Enough of the text to cover the scripts it uses; every character would be a long string for a series. */
const MAX_SAMPLE_CHARACTERS = 4000;

/** The distinct characters of the subtitles and speaker names on the timeline. */
export function subtitleCharacters(board: BoardSnapshot, timeline: Timeline): string {
  const seen = new Set<string>();
  for (const entry of timeline.shots) {
    for (const line of board.shots[entry.shotId]?.dialogue ?? []) {
      const speaker = line.characterId ? (board.characters[line.characterId]?.name ?? '') : '';
      for (const char of line.line + speaker) {
        if (seen.size >= MAX_SAMPLE_CHARACTERS) return [...seen].join('');
        if (char.trim()) seen.add(char);
      }
    }
  }
  return [...seen].join('');
}

export async function loadFrameFonts(board: BoardSnapshot, timeline: Timeline): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  // The sample also holds the digits of the timecode and the Latin letters of a draft mark.
  const sample = `${subtitleCharacters(board, timeline)}0123456789:. DRAFT草稿`;
  // The weight the subtitles use; the size does not matter to which face is picked.
  await document.fonts.load(`600 16px ${CANVAS_FONT}`, sample).catch(() => undefined);
  await document.fonts.ready;
}
