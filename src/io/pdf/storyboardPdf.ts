import {
  clip, endPath, LineCapStyle, PDFDocument, popGraphicsState, pushGraphicsState, rectangle, rgb, type Color, type PDFImage, type PDFPage,
} from 'pdf-lib';
import { EMOTION_COLORS, episodeShotsInOrder, formatDuration, shotNumbers, strokePointsIn, type BoardSnapshot, type Shot } from '../../model';
import { arcPageTexts, drawArcPages, type ArcPageInput } from './arcPage';
import { PdfFonts, type FontSource } from './pdfFonts';
import { sheetLayout, type Box, type SheetGrid } from './storyboardLayout';
import { clampLines, wrapText } from './wrapText';

/** The words on a sheet, in the interface language, supplied by the caller. */
export interface SheetLabels {
  episode(number: number, title: string): string;
  page(number: number, total: number): string;
  /** "CU · Eye level · Static", leaving out what is not set. */
  camera(shot: Shot): string;
  /** "Hook · Anger 8/10", or '' when the shot has no beat. */
  beat(shot: Shot): string;
  noShots: string;
}

export interface ReferenceImage {
  bytes: Uint8Array;
  type: 'png' | 'jpeg';
}

export interface StoryboardPdfInput {
  board: BoardSnapshot;
  episodeIds: readonly string[];
  grid: SheetGrid;
  labels: SheetLabels;
  fonts: FontSource;
  /** A shot's reference image as PNG or JPEG; null draws the sketch instead. */
  image?(assetId: string): Promise<ReferenceImage | null>;
  /** A series page in front: the arc of episode endings and the open rhythm findings. */
  arc?: ArcPageInput;
}

const INK = rgb(0.12, 0.14, 0.19);
const MUTED = rgb(0.42, 0.45, 0.5);
const RULE = rgb(0.8, 0.82, 0.85);
const PAPER = rgb(0.97, 0.97, 0.98);

const hex = (value: string): Color => {
  const match = /^#?([0-9a-f]{6})$/i.exec(value);
  const n = match ? parseInt(match[1]!, 16) : 0x222222;
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

const dialogueText = (board: BoardSnapshot, shot: Shot) =>
  shot.dialogue
    .filter((line) => line.line.trim())
    .map((line) => {
      const name = (line.characterId && board.characters[line.characterId]?.name) || '';
      const aside = line.parenthetical ? ` (${line.parenthetical})` : '';
      return name ? `${name}${aside}: ${line.line}` : `${aside.trim()} ${line.line}`.trim();
    });

/**
 * Storyboard sheets as a PDF: each chosen episode starts a page; a header with the series and
 * the episode, a grid of panels (sketch or reference image, shot number, camera, duration,
 * beat, action, dialogue) and the page number below. Text is set in Noto Sans SC, embedded as
 * subsets, so Chinese prints and can be searched and copied.
 */
export async function buildStoryboardPdf(input: StoryboardPdfInput): Promise<Uint8Array> {
  const { board, labels } = input;
  const layout = sheetLayout(board.meta.aspect, input.grid);
  const perPage = layout.cells.length;
  const numbers = shotNumbers(board);
  const episodes = board.episodes.filter((episode) => input.episodeIds.includes(episode.id));
  const pages = episodes.flatMap((episode) => {
    const index = board.episodes.indexOf(episode);
    const shots = episodeShotsInOrder(board, episode.id).map((id) => board.shots[id]!).filter(Boolean);
    const chunks = Math.max(1, Math.ceil(shots.length / perPage));
    return Array.from({ length: chunks }, (_, chunk) => ({
      heading: labels.episode(index + 1, episode.title),
      shots: shots.slice(chunk * perPage, (chunk + 1) * perPage),
    }));
  });

  const pdf = await PDFDocument.create();
  pdf.setTitle(board.meta.title || 'Storyboard');
  pdf.setLanguage(board.meta.language);
  pdf.setCreator('Beatboard');
  const texts = [board.meta.title, labels.noShots, labels.page(pages.length, pages.length), '0123456789:·…'];
  for (const page of pages) {
    texts.push(page.heading);
    for (const shot of page.shots) texts.push(numbers[shot.id] ?? '', labels.camera(shot), labels.beat(shot), formatDuration(shot.durationMs), shot.action, ...dialogueText(board, shot));
  }
  if (input.arc) texts.push(...arcPageTexts(input.arc));
  const fonts = await PdfFonts.embed(pdf, input.fonts, texts);
  if (input.arc) drawArcPages(pdf, fonts, board, input.arc, { width: layout.page.width, height: layout.page.height, margin: layout.margin });
  const images = new Map<string, PDFImage | null>();
  const imageOf = async (assetId: string | null): Promise<PDFImage | null> => {
    if (!assetId || !input.image) return null;
    if (!images.has(assetId)) {
      const found = await input.image(assetId).catch(() => null);
      const embedded = found ? await (found.type === 'png' ? pdf.embedPng(found.bytes) : pdf.embedJpg(found.bytes)).catch(() => null) : null;
      images.set(assetId, embedded);
    }
    return images.get(assetId) ?? null;
  };

  for (const [pageIndex, sheet] of pages.entries()) {
    const page = pdf.addPage([layout.page.width, layout.page.height]);
    const top = layout.page.height - layout.margin;
    fonts.draw(page, board.meta.title || '', { x: layout.margin, y: top - 14, size: 14, color: INK });
    fonts.draw(page, sheet.heading, { x: layout.margin, y: top - 32, size: 10.5, color: MUTED });
    page.drawLine({ start: { x: layout.margin, y: top - layout.headerHeight + 8 }, end: { x: layout.page.width - layout.margin, y: top - layout.headerHeight + 8 }, thickness: 0.6, color: RULE });
    const pageLabel = labels.page(pageIndex + 1, pages.length);
    fonts.draw(page, pageLabel, { x: (layout.page.width - fonts.width(pageLabel, 9)) / 2, y: layout.margin, size: 9, color: MUTED });
    if (sheet.shots.length === 0) fonts.draw(page, labels.noShots, { x: layout.margin, y: top - layout.headerHeight - 20, size: 10, color: MUTED });
    for (const [cellIndex, shot] of sheet.shots.entries()) {
      drawPanel(page, layout.cells[cellIndex]!, layout.frame, shot, await imageOf(shot.imageAssetId), {
        fonts, number: numbers[shot.id] ?? '', camera: labels.camera(shot), beat: labels.beat(shot), dialogue: dialogueText(board, shot),
      });
    }
  }
  return pdf.save();
}

function drawPanel(
  page: PDFPage, cell: Box, frameBox: { dx: number; dy: number; width: number; height: number }, shot: Shot, image: PDFImage | null,
  text: { fonts: PdfFonts; number: string; camera: string; beat: string; dialogue: string[] },
): void {
  const { fonts } = text;
  const frame = { x: cell.x + frameBox.dx, y: cell.y + cell.height - frameBox.dy - frameBox.height, width: frameBox.width, height: frameBox.height };
  page.drawRectangle({ ...frame, color: PAPER });
  // Everything inside the frame is clipped to it, as on the board.
  page.pushOperators(pushGraphicsState(), rectangle(frame.x, frame.y, frame.width, frame.height), clip(), endPath());
  if (image) {
    const scale = Math.max(frame.width / image.width, frame.height / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    page.drawImage(image, { x: frame.x + (frame.width - width) / 2, y: frame.y + (frame.height - height) / 2, width, height });
  } else {
    for (const stroke of shot.strokes) {
      const points = strokePointsIn(stroke, frame.width, frame.height);
      if (points.length < 4) continue;
      let path = '';
      for (let i = 0; i + 1 < points.length; i += 2) {
        path += `${i === 0 ? 'M' : ' L'}${points[i]!.toFixed(2)} ${points[i + 1]!.toFixed(2)}`;
      }
      page.drawSvgPath(path, {
        x: frame.x, y: frame.y + frame.height, borderColor: hex(stroke.color), borderWidth: Math.max(0.4, stroke.width * frame.width),
        borderOpacity: stroke.tool === 'marker' ? 0.45 : 1, borderLineCap: LineCapStyle.Round,
      });
    }
  }
  page.pushOperators(popGraphicsState());
  page.drawRectangle({ ...frame, borderColor: RULE, borderWidth: 0.6 });

  // The shot line: number, camera and duration, then the beat in its emotion's colour.
  let y = frame.y - 12;
  const duration = formatDuration(shot.durationMs);
  const afterNumber = fonts.draw(page, text.number, { x: cell.x, y, size: 10, color: INK });
  const durationX = cell.x + cell.width - fonts.width(duration, 8);
  const cameraRoom = durationX - afterNumber - 12;
  const camera = clampLines(wrapText(text.camera, cameraRoom, (s) => fonts.width(s, 8)), 1, (s) => fonts.width(s, 8), cameraRoom)[0] ?? '';
  fonts.draw(page, camera, { x: afterNumber + 6, y, size: 8, color: MUTED });
  fonts.draw(page, duration, { x: durationX, y, size: 8, color: MUTED });
  if (text.beat) {
    y -= 11;
    const color = shot.beat.emotion ? hex(EMOTION_COLORS[shot.beat.emotion]) : MUTED;
    page.drawRectangle({ x: cell.x, y: y - 1, width: 3, height: 8, color });
    fonts.draw(page, text.beat, { x: cell.x + 6, y, size: 7.5, color: INK });
  }

  // Action, then dialogue, as many lines as the cell holds; the last shown line ends in "…".
  const size = 8;
  const lineHeight = 10.5;
  const measure = (s: string) => fonts.width(s, size);
  const room = Math.floor((y - cell.y - 4) / lineHeight);
  const action = shot.action.trim() ? wrapText(shot.action.trim(), cell.width, measure) : [];
  const dialogue = text.dialogue.flatMap((line) => wrapText(line, cell.width, measure));
  const lines = clampLines([...action, ...dialogue], room, measure, cell.width);
  lines.forEach((line, index) => {
    y -= lineHeight;
    fonts.draw(page, line, { x: cell.x, y, size, color: index < action.length ? MUTED : INK });
  });
}
