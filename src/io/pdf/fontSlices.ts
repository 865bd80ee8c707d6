/**
 * Noto Sans SC comes as about a hundred slices, each a small font covering part of Unicode
 * (the way web fonts are served). A PDF embeds only the slices its text needs, each subset to
 * the glyphs used, so a Chinese storyboard stays a few hundred kilobytes.
 */
export interface FontSlice {
  /** The slice's file name, as listed in the font package's CSS. */
  file: string;
  /** Inclusive code point ranges, sorted. */
  ranges: [number, number][];
}

/** Reads the `src: url(...)` and `unicode-range` of each @font-face block of the package's CSS. */
export function parseFontSlices(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(['"]?([^'")]+)['"]?\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(start!, 16), parseInt(end ?? start!, 16)];
    });
    slices.push({ file: file.split('/').pop()!, ranges: ranges.sort((a, b) => a[0] - b[0]) });
  }
  return slices;
}

/** Finds the slice that has a glyph for a code point, by binary search over all ranges. */
export class SliceFinder {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: number[] = [];

  constructor(readonly slices: readonly FontSlice[]) {
    const all = slices.flatMap((slice, index) => slice.ranges.map(([start, end]) => ({ start, end, index })));
    all.sort((a, b) => a.start - b.start);
    for (const { start, end, index } of all) {
      this.starts.push(start);
      this.ends.push(end);
      this.owners.push(index);
    }
  }

  /** The index of the slice covering `codePoint`, or -1 when no slice has it. */
  sliceOf(codePoint: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! > codePoint) high = mid - 1;
      else if (this.ends[mid]! < codePoint) low = mid + 1;
      else return this.owners[mid]!;
    }
    return -1;
  }
}

export interface TextRun {
  slice: number;
  text: string;
}

/**
 * Cuts text into runs that one slice can draw each. A character no slice covers (an emoji,
 * say) becomes "?", drawn by whichever slice has "?", rather than failing the whole export.
 */
export function splitRuns(text: string, finder: SliceFinder): TextRun[] {
  const runs: TextRun[] = [];
  const fallback = finder.sliceOf(0x3f);
  for (const char of text) {
    let slice = finder.sliceOf(char.codePointAt(0)!);
    let drawn = char;
    if (slice < 0) {
      slice = fallback;
      drawn = '?';
    }
    const last = runs[runs.length - 1];
    if (last && last.slice === slice) last.text += drawn;
    else runs.push({ slice, text: drawn });
  }
  return runs;
}
