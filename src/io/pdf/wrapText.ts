/**
 * Breaks text into lines no wider than `maxWidth`: at spaces between words of Latin text and
 * between any two Chinese characters (as Chinese typesetting does), and inside a word only
 * when the word alone is too wide. Explicit newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A word with its trailing spaces, or one CJK character (with closing punctuation).
    const pieces = paragraph.match(/[\u3400-\u9fff\uf900-\ufaff][\u3000-\u303f\uff00-\uffef]*|[^\s\u3400-\u9fff\uf900-\ufaff]+\s*|\s+/g) ?? [''];
    let line = '';
    for (const piece of pieces) {
      if (measure(line + piece.trimEnd()) <= maxWidth || line === '') {
        if (line === '' && measure(piece.trimEnd()) > maxWidth) {
          // A single word wider than the line: cut it by characters.
          let part = '';
          for (const char of piece.trimEnd()) {
            if (part && measure(part + char) > maxWidth) {
              lines.push(part);
              part = '';
            }
            part += char;
          }
          line = part + (piece.endsWith(' ') ? ' ' : '');
        } else line += piece;
      } else {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The first `count` lines, the last ending in "…" when text was left out. */
export function clampLines(lines: string[], count: number, measure: (text: string) => number, maxWidth: number): string[] {
  if (lines.length <= count) return lines;
  if (count <= 0) return [];
  const kept = lines.slice(0, count);
  let last = kept[count - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = Array.from(last).slice(0, -1).join('');
  kept[count - 1] = `${last}…`;
  return kept;
}
