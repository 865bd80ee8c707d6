import { describe, expect, it } from 'vitest';
import { chooseVideoFormat, estimateTimeLeftMs, EXPORT_SIZES, exportDimensions, exportFrameCount, frameTimeMs, videoFileName, type EncoderSupport } from './videoFormat';

const none: EncoderSupport = { avc: false, vp9: false, vp8: false, aac: false, opus: false };
/** What Chromium on the test machine answers: H.264 and the open codecs, no AAC. */
const testChromium: EncoderSupport = { avc: true, vp9: true, vp8: true, aac: false, opus: true };

describe('the video format', () => {
  it('is MP4 with H.264 when the browser encodes H.264', () => {
    expect(chooseVideoFormat(testChromium)).toMatchObject({ container: 'mp4', videoCodec: 'avc', audioCodec: null, extension: 'mp4', label: 'MP4 (H.264)' });
  });

  it('falls back to WebM with VP9, then VP8, without H.264', () => {
    expect(chooseVideoFormat({ ...none, vp9: true, vp8: true })).toMatchObject({ container: 'webm', videoCodec: 'vp9', mimeType: 'video/webm', label: 'WebM (VP9)' });
    expect(chooseVideoFormat({ ...none, vp8: true })).toMatchObject({ container: 'webm', videoCodec: 'vp8', label: 'WebM (VP8)' });
  });

  it('with sound, keeps MP4 only when AAC is there too, else WebM with Opus', () => {
    expect(chooseVideoFormat({ ...testChromium, aac: true }, { withAudio: true })).toMatchObject({ container: 'mp4', audioCodec: 'aac', label: 'MP4 (H.264, AAC)' });
    expect(chooseVideoFormat(testChromium, { withAudio: true })).toMatchObject({ container: 'webm', videoCodec: 'vp9', audioCodec: 'opus', label: 'WebM (VP9, Opus)' });
    expect(chooseVideoFormat({ ...testChromium, opus: false }, { withAudio: true })).toBeNull();
  });

  it('is null when the browser encodes no video codec we write', () => {
    expect(chooseVideoFormat(none)).toBeNull();
    expect(chooseVideoFormat({ ...none, aac: true, opus: true })).toBeNull();
  });
});

describe('frames and time', () => {
  it('has round(duration × 30) frames, each shown from its start', () => {
    expect(exportFrameCount(90_000)).toBe(2700);
    expect(exportFrameCount(1_000)).toBe(30);
    // Durations between frames round to the nearest frame.
    expect(exportFrameCount(1_016)).toBe(30);
    expect(exportFrameCount(1_017)).toBe(31);
    expect(exportFrameCount(0)).toBe(0);
    expect(exportFrameCount(2_000, 25)).toBe(50);
    expect(frameTimeMs(0)).toBe(0);
    expect(frameTimeMs(30)).toBe(1000);
    expect(frameTimeMs(1)).toBeCloseTo(33.333, 3);
  });

  it('estimates the time left from the pace so far, once there is one', () => {
    expect(estimateTimeLeftMs(5, 100, 5000)).toBeNull();
    expect(estimateTimeLeftMs(50, 100, 500)).toBeNull();
    expect(estimateTimeLeftMs(25, 100, 10_000)).toBe(30_000);
    expect(estimateTimeLeftMs(100, 100, 40_000)).toBe(0);
  });
});

describe('the file name', () => {
  it('names one episode or a range', () => {
    expect(videoFileName('The-Canal-Heiress', 1, 1, 'mp4')).toBe('The-Canal-Heiress-ep1.mp4');
    expect(videoFileName('The-Canal-Heiress', 3, 12, 'webm')).toBe('The-Canal-Heiress-ep3-12.webm');
    expect(videoFileName('运河女继承人', 2, 2, 'mp4')).toBe('运河女继承人-ep2.mp4');
  });
});

describe('the frame size of an export', () => {
  it('is the named size for a 9:16 board, and keeps the short side at the board\'s own aspect otherwise', () => {
    expect(exportDimensions('1080x1920', '9:16')).toEqual(EXPORT_SIZES['1080x1920']);
    expect(exportDimensions('720x1280', '9:16')).toEqual(EXPORT_SIZES['720x1280']);
    expect(exportDimensions('1080x1920', '16:9')).toMatchObject({ width: 1920, height: 1080 });
    expect(exportDimensions('720x1280', '1:1')).toMatchObject({ width: 720, height: 720 });
    expect(exportDimensions('1080x1920', '4:5')).toMatchObject({ width: 1080, height: 1350 });
    // The bitrate follows the area: a square frame gets less than a tall one.
    expect(exportDimensions('1080x1920', '1:1').bitrate).toBeLessThan(EXPORT_SIZES['1080x1920'].bitrate);
  });
});
