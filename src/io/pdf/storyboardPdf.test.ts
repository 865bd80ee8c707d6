import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStroke, readBoard, setBeat, type BoardSnapshot } from '../../model';
import { buildBoardFromScript } from '../script/importScript';
import { parseScript } from '../script/parseScript';
import { SliceFinder, splitRuns } from './fontSlices';
import { buildStoryboardPdf, type SheetLabels } from './storyboardPdf';
import { sheetLayout } from './storyboardLayout';
import { clampLines, wrapText } from './wrapText';
import { pdfFileText } from './testing/pdfText';
import { nodeFonts } from './testing/nodeFonts';

const fonts = nodeFonts;
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../script/testing/fixtures', name), 'utf8');

const labels: SheetLabels = {
  episode: (number, title) => `Episode ${number} · ${title}`,
  page: (number, total) => `Page ${number} of ${total}`,
  camera: (shot) => [shot.size, shot.angle, shot.movement].filter(Boolean).join(' · '),
  beat: (shot) => (shot.beat.type ? `${shot.beat.type} · ${shot.beat.emotion ?? ''} ${shot.beat.intensity}/10` : ''),
  noShots: 'No shots yet',
};

function boardOf(name: string): { doc: Y.Doc; board: BoardSnapshot } {
  const doc = new Y.Doc();
  buildBoardFromScript(doc, parseScript(fixture(name)), name.includes('.zh.') ? 'zh-CN' : 'en');
  return { doc, board: readBoard(doc) };
}

/** The text of a PDF as poppler reads it (see pdfFileText). */
function pdfToText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'beatboard-pdf-')), 'board.pdf');
  writeFileSync(file, bytes);
  return pdfFileText(file);
}

describe('storyboard PDF', () => {
  it('prints a Chinese board with its dialogue readable by pdftotext, the font embedded as subsets', async () => {
    const { doc, board } = boardOf('last-ferry.zh.fountain');
    const first = board.shotsByEpisode[board.episodes[0]!.id]!;
    addStroke(doc, first[0]!, { tool: 'pen', color: '#1f2430', width: 0.01, points: [0.1, 0.1, 0.9, 0.9, 0.5, 0.2] });
    setBeat(doc, [first[0]!], { type: 'hook', emotion: 'anticipation', intensity: 7 });
    const bytes = await buildStoryboardPdf({ board: readBoard(doc), episodeIds: board.episodes.map((e) => e.id), grid: '3x2', labels, fonts });
    const text = pdfToText(bytes);
    expect(text).toContain('末班渡');
    expect(text).toContain('Episode 1 · 渡口');
    expect(text).toContain('Episode 2 · 油管');
    expect(text).toContain('许晴 (盯着江面): 江不停，船就不停。');
    expect(text).toContain('顾辰: 今晚是最后一班。过了今晚，码头归我们公司。');
    expect(text).toContain('hook · anticipation 7/10');
    // Each episode starts on a page of its own.
    const pages = board.episodes.reduce((sum, episode) => sum + Math.ceil(board.shotsByEpisode[episode.id]!.length / 6), 0);
    expect(pages).toBe(2);
    expect(text).toContain('Page 1 of 2');
    // Subsets of a few slices, not the 10 MB typeface.
    expect(bytes.length).toBeLessThan(400_000);
    const fontsList = execFileSync('pdffonts', ['-'], { input: Buffer.from(bytes), encoding: 'utf8' });
    // Every font is embedded TrueType with a Unicode map (which is what makes the text searchable).
    const rows = fontsList.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+(yes|no)\s+yes/);
  });

  it('starts each chosen episode on a new page, leaving out the others, and numbers the pages', async () => {
    const { board } = boardOf('last-ferry.fountain');
    const [one, , three] = board.episodes;
    const bytes = await buildStoryboardPdf({ board, episodeIds: [one!.id, three!.id], grid: '4x2', labels, fonts });
    const pages = pdfToText(bytes).split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    const perEpisode = [one!, three!].map((episode) => Math.ceil(board.shotsByEpisode[episode.id]!.length / 8));
    expect(pages).toHaveLength(perEpisode[0]! + perEpisode[1]!);
    expect(pages[0]).toContain('Episode 1 · The Crossing');
    expect(pages[perEpisode[0]!]).toContain('Episode 3 · The Deed');
    expect(pages.join('')).not.toContain('The Engine');
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages[0]).toContain('1.1');
    expect(pages[0]).toContain('XU QING (eyes on the water): The ferry runs until the river stops.');
  });
});

describe('sheet layout', () => {
  it('uses portrait A4 for 9:16 and keeps panels in their aspect inside their cells', () => {
    const tall = sheetLayout('9:16', '4x2');
    expect(tall.page.height).toBeGreaterThan(tall.page.width);
    expect(tall.cells).toHaveLength(8);
    expect(tall.frame.width / tall.frame.height).toBeCloseTo(9 / 16);
    expect(tall.frame.width).toBeLessThanOrEqual(tall.cells[0]!.width);
    const wide = sheetLayout('16:9', '3x2');
    expect(wide.page.width).toBeGreaterThan(wide.page.height);
    expect(wide.frame.width / wide.frame.height).toBeCloseTo(16 / 9);
    // Cells never overlap and stay on the page.
    for (const layout of [tall, wide]) {
      for (const cell of layout.cells) {
        expect(cell.x).toBeGreaterThanOrEqual(0);
        expect(cell.y).toBeGreaterThanOrEqual(layout.margin + layout.footerHeight - 0.01);
        expect(cell.x + cell.width).toBeLessThanOrEqual(layout.page.width);
      }
      expect(layout.cells[1]!.x).toBeGreaterThan(layout.cells[0]!.x + layout.cells[0]!.width);
    }
  });
});

describe('font slices and wrapping', () => {
  it('finds the slice for Latin and Chinese characters and marks uncovered ones', () => {
    const finder = new SliceFinder(fonts.slices);
    expect(fonts.slices.length).toBeGreaterThan(90);
    const runs = splitRuns('Lin 林玥 says 船主不卖', finder);
    expect(runs.map((run) => run.text).join('')).toBe('Lin 林玥 says 船主不卖');
    expect(runs.every((run) => run.slice >= 0)).toBe(true);
    // Private-use characters are in no slice and print as "?".
    expect(splitRuns('a\ue000b', finder).map((run) => run.text).join('')).toBe('a?b');
  });

  it('breaks Latin at spaces and Chinese between characters, and ends a cut with …', () => {
    const measure = (text: string) => Array.from(text).length;
    expect(wrapText('The owner is not selling', 10, measure)).toEqual(['The owner', 'is not', 'selling']);
    expect(wrapText('这船是谁的？告诉船主', 4, measure)).toEqual(['这船是谁', '的？告诉', '船主']);
    expect(wrapText('Supercalifragilistic', 8, measure)).toEqual(['Supercal', 'ifragili', 'stic']);
    expect(wrapText('one\ntwo', 10, measure)).toEqual(['one', 'two']);
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, measure, 4)).toEqual(['aaaa', 'bbb…']);
  });
});
