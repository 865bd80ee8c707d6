import { rgb, type PDFDocument } from 'pdf-lib';
import { EMOTION_COLORS, MAX_INTENSITY, type BoardSnapshot, type CheckedFinding, type RhythmReport, type RhythmThresholds } from '../../model';
import type { PdfFonts } from './pdfFonts';
import { clampLines, wrapText } from './wrapText';

/** The words of the series page, in the interface language, supplied by the caller. */
export interface ArcPageLabels {
  title: string;
  endings: string;
  /** "Open ending ≥ 7 · Paywall strength ≥ 9" */
  guides: string;
  paywall: string;
  findings: string;
  noFindings: string;
  /** "Ep 1 · shot 1.1 · Hook: No hook in the first 5 s: ..." */
  finding(finding: CheckedFinding): string;
}

export interface ArcPageInput {
  report: RhythmReport;
  thresholds: RhythmThresholds;
  labels: ArcPageLabels;
}

const INK = rgb(0.12, 0.14, 0.19);
const MUTED = rgb(0.42, 0.45, 0.5);
const RULE = rgb(0.8, 0.82, 0.85);
const GUIDE = rgb(0.72, 0.47, 0.12);
const PAYWALL = rgb(0.82, 0.18, 0.18);
const SIZE = 8.5;
const LINE = 11.5;

const hex = (value: string) => {
  const n = parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** Every text the series page prints, for the font subsets. */
export function arcPageTexts(input: ArcPageInput): string[] {
  const { labels, report } = input;
  return [labels.title, labels.endings, labels.guides, labels.paywall, labels.findings, labels.noFindings, ...openFindings(report).map(labels.finding)];
}

const openFindings = (report: RhythmReport) => report.findings.filter((finding) => !finding.dismissal);

/**
 * The series page(s) in front of the sheets: the curve of episode endings with the paywalls and
 * the open-ending and paywall thresholds, then the open findings, continued on further pages
 * when there are many.
 */
export function drawArcPages(
  pdf: PDFDocument, fonts: PdfFonts, board: BoardSnapshot, input: ArcPageInput, page: { width: number; height: number; margin: number },
): void {
  const { labels, report, thresholds } = input;
  let sheet = pdf.addPage([page.width, page.height]);
  const left = page.margin;
  const right = page.width - page.margin;
  let y = page.height - page.margin - 14;
  fonts.draw(sheet, board.meta.title || '', { x: left, y, size: 14, color: INK });
  y -= 18;
  fonts.draw(sheet, labels.title, { x: left, y, size: 10.5, color: MUTED });
  y -= 24;
  fonts.draw(sheet, labels.endings, { x: left, y, size: 10, color: INK });
  y -= 12;
  fonts.draw(sheet, labels.guides, { x: left, y, size: 8, color: GUIDE });

  // The chart: intensity 0-10 up, one mark per episode across.
  const chart = { x: left + 16, y: y - 150, width: right - left - 16, height: 130 };
  const yOf = (intensity: number) => chart.y + (intensity / MAX_INTENSITY) * chart.height;
  for (const level of [0, 5, 10]) {
    sheet.drawLine({ start: { x: chart.x, y: yOf(level) }, end: { x: chart.x + chart.width, y: yOf(level) }, thickness: 0.5, color: RULE });
    fonts.draw(sheet, String(level), { x: left, y: yOf(level) - 3, size: 7, color: MUTED });
  }
  for (const level of [thresholds.endingMinIntensity, thresholds.paywallEndingMinIntensity]) {
    sheet.drawLine({ start: { x: chart.x, y: yOf(level) }, end: { x: chart.x + chart.width, y: yOf(level) }, thickness: 0.6, color: GUIDE, dashArray: [3, 3] });
  }
  const count = board.episodes.length;
  const step = count > 1 ? (chart.width - 8) / (count - 1) : 0;
  const xOf = (index: number) => chart.x + 4 + index * step;
  const every = count <= 20 ? 1 : count <= 60 ? 5 : 10;
  let previous: { x: number; y: number } | null = null;
  board.episodes.forEach((episode, index) => {
    const x = xOf(index);
    if (episode.paywall) {
      const at = x - step / 2;
      sheet.drawLine({ start: { x: at, y: chart.y }, end: { x: at, y: chart.y + chart.height + 6 }, thickness: 0.9, color: PAYWALL, dashArray: [4, 2] });
    }
    if ((index + 1) % every === 0 || index === 0) fonts.draw(sheet, String(index + 1), { x: x - 3, y: chart.y - 11, size: 7, color: MUTED });
    const ending = report.curves.get(episode.id)?.ending;
    if (!ending || ending.intensity === null) {
      previous = null;
      return;
    }
    const point = { x, y: yOf(ending.intensity) };
    if (previous) sheet.drawLine({ start: previous, end: point, thickness: 1, color: INK, opacity: 0.6 });
    sheet.drawCircle({ x: point.x, y: point.y, size: 2.6, color: ending.emotion ? hex(EMOTION_COLORS[ending.emotion]) : MUTED });
    previous = point;
  });
  fonts.draw(sheet, labels.paywall, { x: chart.x, y: chart.y - 24, size: 7.5, color: PAYWALL });

  // The open findings, as many pages as they take.
  y = chart.y - 48;
  fonts.draw(sheet, labels.findings, { x: left, y, size: 10, color: INK });
  y -= 16;
  const findings = openFindings(report);
  if (findings.length === 0) fonts.draw(sheet, labels.noFindings, { x: left, y, size: SIZE, color: MUTED });
  const measure = (text: string) => fonts.width(text, SIZE);
  for (const finding of findings) {
    const lines = clampLines(wrapText(labels.finding(finding), right - left - 10, measure), 3, measure, right - left - 10);
    if (y - lines.length * LINE < page.margin) {
      sheet = pdf.addPage([page.width, page.height]);
      y = page.height - page.margin - 14;
    }
    sheet.drawCircle({ x: left + 3, y: y + 3, size: 2.2, color: finding.severity === 'problem' ? PAYWALL : finding.severity === 'warning' ? GUIDE : MUTED });
    for (const line of lines) {
      fonts.draw(sheet, line, { x: left + 10, y, size: SIZE, color: INK });
      y -= LINE;
    }
    y -= 3;
  }
}
