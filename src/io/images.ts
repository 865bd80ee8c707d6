// Reference images for sketch panels. A dropped, pasted or picked file is checked, decoded
// and downscaled here before it is stored, so a 40-megapixel phone photo becomes a light
// asset that loads fast on the board and syncs cheaply later. The checks are pure
// functions; only the decode and re-encode need a browser.

import { FileProblemError, formatMegabytes } from './fileProblem';

export { formatMegabytes };

export const MAX_IMAGE_MEGABYTES = 20;
/** The largest image file a person may pick or drop (it is downscaled before it is stored). */
export const MAX_IMAGE_FILE_BYTES = MAX_IMAGE_MEGABYTES * 1024 * 1024;
/** Long edge of a stored reference image: sharp in the full-window sketch editor. */
export const MAX_IMAGE_EDGE = 1600;
const ENCODE_QUALITY = 0.85;

/** Files some systems hand over with no MIME type; the decode step still proves them. */
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|svg|ico|tiff?|heic|heif)$/i;

export type ReferenceImageProblem = 'not-image' | 'too-large' | 'unreadable';

/** Why a file cannot become a reference image; `detail` is the file's kind for 'not-image',
 *  its size (e.g. "23.4 MB") for 'too-large'. */
export class ReferenceImageError extends FileProblemError<ReferenceImageProblem> {
  constructor(problem: ReferenceImageProblem, detail = '') {
    super(problem, detail, englishMessage(problem, detail));
    this.name = 'ReferenceImageError';
  }
}

export interface FileFacts {
  type: string;
  size: number;
  name?: string;
}

/** The type and size checks, before any decoding: returns the problem, or null when the file
 *  may be an image within the size limit. */
export function checkImageFile(file: FileFacts): ReferenceImageError | null {
  const looksLikeImage = file.type ? file.type.startsWith('image/') : IMAGE_EXTENSIONS.test(file.name ?? '');
  if (!looksLikeImage) return new ReferenceImageError('not-image', describeFileKind(file));
  if (file.size > MAX_IMAGE_FILE_BYTES) return new ReferenceImageError('too-large', formatMegabytes(file.size));
  return null;
}

/** What to call a file that is not an image: its name when it has one, else its type. */
export function describeFileKind(file: FileFacts): string {
  return file.name || file.type || 'unknown type';
}

/** Size of the stored image: the long edge at most `maxEdge`, aspect kept, never enlarged. */
export function scaledSize(width: number, height: number, maxEdge = MAX_IMAGE_EDGE): { width: number; height: number } {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxEdge) return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
  const scale = maxEdge / longEdge;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Checks a file and returns the blob to store: at most MAX_IMAGE_EDGE on the long edge,
 * re-encoded as WebP (JPEG where WebP encoding is missing). Re-encoding also drops the
 * camera's metadata (location and the like), which should not travel to co-writers.
 * Rejects with a ReferenceImageError.
 */
export async function prepareReferenceImage(file: Blob): Promise<Blob> {
  const problem = checkImageFile({ type: file.type, size: file.size, name: fileName(file) });
  if (problem) throw problem;
  const decoded = await decodeImage(file);
  try {
    const size = scaledSize(decoded.width, decoded.height);
    return await encodeImage(decoded.source, size);
  } catch {
    throw new ReferenceImageError('unreadable');
  } finally {
    decoded.release();
  }
}

interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

async function decodeImage(file: Blob): Promise<DecodedImage> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      if (bitmap.width > 0 && bitmap.height > 0) {
        return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
      }
      bitmap.close();
    } catch {
      // Some formats (SVG in Chromium) decode only through an <img>; try that below.
    }
  }
  if (typeof Image === 'function' && typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(file);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      if (image.naturalWidth > 0 && image.naturalHeight > 0) {
        return { source: image, width: image.naturalWidth, height: image.naturalHeight, release: () => URL.revokeObjectURL(url) };
      }
    } catch {
      // Falls through to the error below.
    }
    URL.revokeObjectURL(url);
  }
  throw new ReferenceImageError('unreadable');
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

async function encodeImage(source: CanvasImageSource, size: { width: number; height: number }): Promise<Blob> {
  const surface = createSurface(size);
  draw(surface.context, source, size, null);
  const webp = await surface.toBlob('image/webp');
  if (webp.type === 'image/webp') return webp;
  // JPEG has no transparency: paint white under the image rather than letting it turn black.
  draw(surface.context, source, size, '#ffffff');
  return surface.toBlob('image/jpeg');
}

function createSurface(size: { width: number; height: number }): {
  context: Canvas2D;
  toBlob(type: string): Promise<Blob>;
} {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D context');
    return { context, toBlob: (type) => canvas.convertToBlob({ type, quality: ENCODE_QUALITY }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context');
  return {
    context,
    toBlob: (type) =>
      new Promise((resolve, reject) => {
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Encoding failed'))), type, ENCODE_QUALITY);
      }),
  };
}

function draw(context: Canvas2D, source: CanvasImageSource, size: { width: number; height: number }, background: string | null): void {
  context.clearRect(0, 0, size.width, size.height);
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, size.width, size.height);
  }
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
}

function fileName(file: Blob): string | undefined {
  return 'name' in file && typeof file.name === 'string' ? file.name : undefined;
}

function englishMessage(problem: ReferenceImageProblem, detail: string): string {
  switch (problem) {
    case 'not-image':
      return `That file is not an image (${detail || 'unknown type'})`;
    case 'too-large':
      return `Images must be ${MAX_IMAGE_MEGABYTES} MB or smaller; this one is ${detail}`;
    case 'unreadable':
      return 'This image could not be read';
  }
}
