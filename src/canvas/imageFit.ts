import type { Rect } from '../editor/geometry';

/**
 * The part of an image that covers a box of the given size: scaled to fill it, centred, and
 * cropped on the long side (a reference photo fills the 9:16 frame the way the shot would).
 */
export function coverCrop(imageWidth: number, imageHeight: number, boxWidth: number, boxHeight: number): Rect {
  if (imageWidth <= 0 || imageHeight <= 0 || boxWidth <= 0 || boxHeight <= 0) {
    return { x: 0, y: 0, width: Math.max(0, imageWidth), height: Math.max(0, imageHeight) };
  }
  const boxRatio = boxWidth / boxHeight;
  if (imageWidth / imageHeight > boxRatio) {
    const width = imageHeight * boxRatio;
    return { x: (imageWidth - width) / 2, y: 0, width, height: imageHeight };
  }
  const height = imageWidth / boxRatio;
  return { x: 0, y: (imageHeight - height) / 2, width: imageWidth, height };
}
