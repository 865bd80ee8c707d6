import { execFileSync } from 'node:child_process';

/**
 * The text poppler reads out of a PDF file (what a search or a copy in a PDF reader gets), in
 * drawing order, with the line breaks of wrapped text joined again: by a space in Latin text,
 * by nothing between Chinese characters. For tests; needs `pdftotext` (poppler-utils).
 */
export function pdfFileText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    .replace(/([\u3000-\u9fff\uff00-\uffef])\n(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/[ \t]*\n[ \t]*/g, ' ');
}
