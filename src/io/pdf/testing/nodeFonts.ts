import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseFontSlices } from '../fontSlices';
import type { FontSource } from '../pdfFonts';

/** Noto Sans SC read from node_modules, for PDF tests in Node. */
const fontDir = path.dirname(createRequire(import.meta.url).resolve('noto-sans-sc/noto_sans_sc_regular/css.css'));

export const nodeFonts: FontSource = {
  slices: parseFontSlices(readFileSync(path.join(fontDir, 'css.css'), 'utf8')),
  load: async (file) => readFileSync(path.join(fontDir, file)),
};
