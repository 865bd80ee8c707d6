import fontkit from '@pdf-lib/fontkit';
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { SliceFinder, splitRuns, type FontSlice } from './fontSlices';

/**
 * Where the font slices come from: the package's CSS (parsed) and a reader for each file,
 * which gives the slice as TrueType (the files are WOFF2; a PDF embeds TrueType).
 */
export interface FontSource {
  slices: readonly FontSlice[];
  load(file: string): Promise<Uint8Array>;
}

/**
 * The text of a PDF in one typeface made of slices: measures and draws strings of any mix of
 * Latin and Chinese by switching slice per run. Only slices the given texts need are loaded.
 */
export class PdfFonts {
  private constructor(
    private readonly finder: SliceFinder,
    private readonly fonts: Map<number, PDFFont>,
  ) {}

  static async embed(pdf: PDFDocument, source: FontSource, texts: Iterable<string>): Promise<PdfFonts> {
    pdf.registerFontkit(fontkit);
    const finder = new SliceFinder(source.slices);
    const needed = new Set<number>([finder.sliceOf(0x3f), finder.sliceOf(0x2026)]);
    for (const text of texts) for (const run of splitRuns(text, finder)) needed.add(run.slice);
    needed.delete(-1);
    const indexes = [...needed];
    const files = await Promise.all(indexes.map((index) => source.load(source.slices[index]!.file)));
    const fonts = new Map<number, PDFFont>();
    for (const [i, index] of indexes.entries()) {
      fonts.set(index, await pdf.embedFont(files[i]!, { subset: true }));
    }
    return new PdfFonts(finder, fonts);
  }

  width(text: string, size: number): number {
    let width = 0;
    for (const run of splitRuns(text, this.finder)) width += this.fonts.get(run.slice)?.widthOfTextAtSize(run.text, size) ?? 0;
    return width;
  }

  /** Draws one line with its baseline at y; returns the x after it. */
  draw(page: PDFPage, text: string, at: { x: number; y: number; size: number; color: Color }): number {
    let x = at.x;
    for (const run of splitRuns(text, this.finder)) {
      const font = this.fonts.get(run.slice);
      if (!font) continue;
      page.drawText(run.text, { x, y: at.y, size: at.size, font, color: at.color });
      x += font.widthOfTextAtSize(run.text, at.size);
    }
    return x;
  }
}
