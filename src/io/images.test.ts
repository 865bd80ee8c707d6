import { describe, expect, it } from 'vitest';
import {
  MAX_IMAGE_FILE_BYTES,
  ReferenceImageError,
  checkImageFile,
  formatMegabytes,
  prepareReferenceImage,
  scaledSize,
} from './images';

const MB = 1024 * 1024;

describe('checkImageFile', () => {
  it('accepts an image within the limit', () => {
    expect(checkImageFile({ type: 'image/png', size: 2 * MB })).toBeNull();
    expect(checkImageFile({ type: 'image/jpeg', size: MAX_IMAGE_FILE_BYTES })).toBeNull();
  });

  it('names a non-image by its file name, or its type when it has no name', () => {
    const named = checkImageFile({ type: 'application/pdf', size: 1000, name: 'script.pdf' });
    expect(named?.problem).toBe('not-image');
    expect(named?.message).toBe('That file is not an image (script.pdf)');
    expect(checkImageFile({ type: 'text/plain', size: 10 })?.message).toBe('That file is not an image (text/plain)');
    expect(checkImageFile({ type: '', size: 10 })?.message).toBe('That file is not an image (unknown type)');
  });

  it('trusts an image extension when the system gave no type', () => {
    expect(checkImageFile({ type: '', size: 10, name: 'frame.JPG' })).toBeNull();
    expect(checkImageFile({ type: '', size: 10, name: 'frame.txt' })?.problem).toBe('not-image');
  });

  it('refuses an image over 20 MB and says how big it is', () => {
    const error = checkImageFile({ type: 'image/jpeg', size: Math.round(23.4 * MB) });
    expect(error).toBeInstanceOf(ReferenceImageError);
    expect(error?.problem).toBe('too-large');
    expect(error?.detail).toBe('23.4 MB');
    expect(error?.message).toBe('Images must be 20 MB or smaller; this one is 23.4 MB');
    expect(checkImageFile({ type: 'image/jpeg', size: MAX_IMAGE_FILE_BYTES + 1 })?.problem).toBe('too-large');
  });

  it('checks the type before the size', () => {
    expect(checkImageFile({ type: 'video/mp4', size: 200 * MB })?.problem).toBe('not-image');
  });
});

describe('formatMegabytes', () => {
  it('shows one decimal and rounds up past the limit', () => {
    expect(formatMegabytes(23.4 * MB)).toBe('23.4 MB');
    expect(formatMegabytes(MAX_IMAGE_FILE_BYTES + 1)).toBe('20.1 MB');
    expect(formatMegabytes(0)).toBe('0.0 MB');
  });
});

describe('scaledSize', () => {
  it('brings the long edge down to 1600 px and keeps the aspect', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(1080, 1920)).toEqual({ width: 900, height: 1600 });
  });

  it('never enlarges a small image', () => {
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(scaledSize(1600, 1600)).toEqual({ width: 1600, height: 1600 });
  });

  it('keeps a sliver at least one pixel thick', () => {
    expect(scaledSize(100000, 10)).toEqual({ width: 1600, height: 1 });
  });
});

describe('prepareReferenceImage', () => {
  it('rejects a non-image before reading it', async () => {
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    await expect(prepareReferenceImage(file)).rejects.toMatchObject({ problem: 'not-image', detail: 'notes.txt' });
  });

  it('rejects an oversized image before decoding it', async () => {
    const blob = new Blob([new Uint8Array(21 * MB)], { type: 'image/png' });
    await expect(prepareReferenceImage(blob)).rejects.toMatchObject({ problem: 'too-large', detail: '21.0 MB' });
  });

  it('reports bytes that do not decode as an unreadable image', async () => {
    const blob = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' });
    await expect(prepareReferenceImage(blob)).rejects.toMatchObject({
      problem: 'unreadable',
      message: 'This image could not be read',
    });
  });
});
