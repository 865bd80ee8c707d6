import type { Timeline } from '../../model/animatic';
import type { BoardSnapshot, Shot } from '../../model/types';
import { coverCrop } from '../imageFit';
import { drawStrokes } from './drawStrokes';
import { drawSubtitle } from './drawSubtitle';
import { frameAt, type FrameContent, type FrameLayer } from './frameAt';

// One animatic frame with the plain Canvas 2D API, into any canvas: the player's on screen,
// and later the video export's offscreen one, so both show the same pictures.

/**
 * Where a frame is drawn: a canvas on screen, or an offscreen one (a worker encoding video).
 * Only what both offer is used.
 */
export type FrameContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A decoded reference image and its size in pixels. */
export interface FrameImage {
  source: CanvasImageSource;
  width: number;
  height: number;
}

export interface FrameSources {
  board: BoardSnapshot;
  timeline: Timeline;
  /** The decoded reference image of an asset, or null while it loads or when it cannot be read. */
  image(assetId: string): FrameImage | null;
}

export interface FrameOptions {
  /** Put the speaker's name over each subtitle. */
  speakerNames: boolean;
}

const PANEL = '#ffffff';
const BLACK = '#000000';

/** Draws the frame at `ms` filling the canvas (0,0 - width,height in the context's units). Returns what it drew. */
export function drawAnimaticFrame(
  ctx: FrameContext,
  width: number,
  height: number,
  ms: number,
  sources: FrameSources,
  options: FrameOptions,
): FrameContent {
  const content = frameAt(sources.board, sources.timeline, ms);
  ctx.save();
  ctx.fillStyle = BLACK;
  ctx.fillRect(0, 0, width, height);
  if (content.previous) drawLayer(ctx, width, height, content.previous, sources, 1);
  if (content.current) drawLayer(ctx, width, height, content.current, sources, content.weight);
  ctx.restore();
  const line = content.current?.shot.dialogue[content.lineIndex];
  if (line) {
    const speaker = options.speakerNames && line.characterId ? (sources.board.characters[line.characterId]?.name ?? '') : '';
    drawSubtitle(ctx, width, height, line.line, speaker);
  }
  return content;
}

/** One shot's picture under its camera: the white panel, the reference image, the sketch. */
function drawLayer(ctx: FrameContext, width: number, height: number, layer: FrameLayer, sources: FrameSources, alpha: number): void {
  if (alpha <= 0) return;
  const { camera, shot } = layer;
  ctx.save();
  ctx.globalAlpha = alpha;
  // The camera moves the picture about the frame's centre; the frame itself stays put.
  ctx.beginPath();
  ctx.rect(0, 0, width, height);
  ctx.clip();
  ctx.translate(width / 2 + camera.x * width, height / 2 + camera.y * height);
  ctx.rotate((camera.rotation * Math.PI) / 180);
  ctx.scale(camera.scale, camera.scale);
  ctx.translate(-width / 2, -height / 2);
  drawPanel(ctx, width, height, shot, sources);
  ctx.restore();
}

function drawPanel(ctx: FrameContext, width: number, height: number, shot: Shot, sources: FrameSources): void {
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, 0, width, height);
  const image = shot.imageAssetId ? sources.image(shot.imageAssetId) : null;
  if (image && image.width > 0 && image.height > 0) {
    const crop = coverCrop(image.width, image.height, width, height);
    ctx.drawImage(image.source, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height);
  }
  // drawStrokes keeps the layer's alpha as the base of its marker opacity.
  if (shot.strokes.length > 0) drawStrokes(ctx, shot.strokes, width, height);
}
