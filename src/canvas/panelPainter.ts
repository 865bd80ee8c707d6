import type { TFunction } from 'i18next';
import type { PanelMetrics } from '../editor/layout';
import { formatDuration } from '../model';
import type { Shot } from '../model/types';
import { drawPanel, type PanelFace } from './panelDrawing';
import { canvasOfSize } from './spareCanvases';
import { beatLabel, framingBadges, panelCaption } from './panelText';

// A full-detail panel painted on the page, onto a canvas of its own, its bitmap on the board.
// Painting it this way, rather than mounting Konva nodes through React and rasterising them,
// makes a panel several times cheaper to bring on screen, which is what opening a board and
// panning into new panels wait for. Panels without a reference image are usually painted on a
// worker instead (paintWorkers.ts), from the same PanelFace.

/** What a panel shows besides its shot: the parts that come from elsewhere in the board. */
export interface PanelPicture {
  shot: Shot;
  /** "3.12": episode 3, shot 12. */
  number: string;
  /** The first dialogue line's speaker. */
  speakerName: string | undefined;
  image: HTMLImageElement | null;
}

/**
 * What the panel of `picture` shows, its words in the language of `t`. An exported picture
 * (`forExport`) leaves out what only the editor needs: the hint to double-click an empty panel.
 */
export function panelFace({ shot, number, speakerName, image }: PanelPicture, t: TFunction, forExport = false): PanelFace {
  return {
    strokes: shot.strokes,
    emotion: shot.beat.emotion,
    intensity: shot.beat.intensity,
    image,
    number,
    duration: formatDuration(shot.durationMs),
    badges: framingBadges(shot, t),
    caption: panelCaption(shot, speakerName),
    beatLabel: beatLabel(shot, t),
    emptyHint: forExport ? '' : t('canvas.panel.emptyHint'),
  };
}

/**
 * The panel's bitmap: `face` painted at `pixelRatio` device pixels per board pixel, on a new or
 * spare canvas (spareCanvases).
 */
export function paintPanelBitmap(face: PanelFace, metrics: PanelMetrics, pixelRatio: number): HTMLCanvasElement | null {
  const painted = canvasOfSize(...panelBitmapSize(metrics, pixelRatio));
  if (!painted) return null;
  painted.context.scale(pixelRatio, pixelRatio);
  drawPanel(painted.context, face, metrics);
  return painted.canvas;
}

/** A panel bitmap's width and height in device pixels. */
export function panelBitmapSize(metrics: PanelMetrics, pixelRatio: number): [number, number] {
  return [Math.max(1, Math.floor(metrics.width * pixelRatio)), Math.max(1, Math.floor(metrics.height * pixelRatio))];
}
