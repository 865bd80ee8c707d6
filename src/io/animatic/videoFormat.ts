import { ANIMATIC_FPS } from '../../model/animatic';
import type { Aspect } from '../../model/types';

// What the video export produces, decided without touching the browser: the sizes on offer,
// the container and codecs given what the browser says it can encode, the frame count, the
// file name and the time left. Pure, so these rules are tested in Node.

export type ExportSize = '1080x1920' | '720x1280';

export interface ExportDimensions {
  width: number;
  height: number;
  /**
   * Bits per second of the video. Drawings on white with slow camera moves compress well;
   * these leave room for dissolves and photos without files that are slow to share.
   */
  bitrate: number;
}

export const EXPORT_SIZES: Record<ExportSize, ExportDimensions> = {
  '1080x1920': { width: 1080, height: 1920, bitrate: 6_000_000 },
  '720x1280': { width: 720, height: 1280, bitrate: 3_000_000 },
};

export const DEFAULT_EXPORT_SIZE: ExportSize = '1080x1920';

/**
 * The frame size of an export at `size` for a board of `aspect`: the named size for 9:16, and
 * for another aspect the same short side (1080 or 720) with the long side at the board's
 * ratio (even, as the encoders want), so panels are never stretched. The bitrate follows the
 * frame's area.
 */
export function exportDimensions(size: ExportSize, aspect: Aspect): ExportDimensions {
  const portrait = EXPORT_SIZES[size];
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  if (w * portrait.height === h * portrait.width) return portrait;
  const short = portrait.width;
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  const [width, height] = w >= h ? [long, short] : [short, long];
  return { width, height, bitrate: Math.round((portrait.bitrate * width * height) / (portrait.width * portrait.height)) };
}

/** What the browser says it can encode at the chosen size (WebCodecs, asked through mediabunny). */
export interface EncoderSupport {
  avc: boolean;
  vp9: boolean;
  vp8: boolean;
  aac: boolean;
  opus: boolean;
}

export interface VideoFormat {
  container: 'mp4' | 'webm';
  videoCodec: 'avc' | 'vp9' | 'vp8';
  /** The sound's codec once the animatic has sound; null while the export is picture only. */
  audioCodec: 'aac' | 'opus' | null;
  extension: 'mp4' | 'webm';
  mimeType: string;
  /** How the dialog names it, e.g. "MP4 (H.264)": codec names, the same in every language. */
  label: string;
}

const CODEC_NAMES = { avc: 'H.264', vp9: 'VP9', vp8: 'VP8', aac: 'AAC', opus: 'Opus' } as const;

/**
 * MP4 with H.264 plays everywhere (phones, editors, messaging apps), so it comes first, with
 * AAC for sound. A browser without H.264 (or, with sound, without AAC: Chromium builds
 * without proprietary codecs) gets WebM with VP9, else VP8, and Opus. Null: nothing fits.
 */
export function chooseVideoFormat(support: EncoderSupport, { withAudio = false }: { withAudio?: boolean } = {}): VideoFormat | null {
  if (support.avc && (!withAudio || support.aac)) return format('mp4', 'avc', withAudio ? 'aac' : null);
  if (withAudio && !support.opus) return null;
  const audio = withAudio ? 'opus' : null;
  if (support.vp9) return format('webm', 'vp9', audio);
  if (support.vp8) return format('webm', 'vp8', audio);
  return null;
}

function format(container: 'mp4' | 'webm', videoCodec: VideoFormat['videoCodec'], audioCodec: VideoFormat['audioCodec']): VideoFormat {
  const codecs = [CODEC_NAMES[videoCodec], ...(audioCodec ? [CODEC_NAMES[audioCodec]] : [])].join(', ');
  return {
    container,
    videoCodec,
    audioCodec,
    extension: container,
    mimeType: container === 'mp4' ? 'video/mp4' : 'video/webm',
    label: `${container === 'mp4' ? 'MP4' : 'WebM'} (${codecs})`,
  };
}

/** Frames in a video of this length: one every 1/fps second, the last one ending at the end. */
export function exportFrameCount(durationMs: number, fps = ANIMATIC_FPS): number {
  return Math.max(0, Math.round((durationMs * fps) / 1000));
}

/** The moment of the timeline frame `index` shows: its start, as the player shows it. */
export function frameTimeMs(index: number, fps = ANIMATIC_FPS): number {
  return (index * 1000) / fps;
}

/**
 * What remains at the pace so far, or null until there is a pace worth trusting (the first
 * frames wait for the encoder to start and would promise too much).
 */
export function estimateTimeLeftMs(framesDone: number, totalFrames: number, elapsedMs: number): number | null {
  if (framesDone >= totalFrames) return 0;
  if (framesDone < 10 || elapsedMs < 1000) return null;
  return Math.round((elapsedMs / framesDone) * (totalFrames - framesDone));
}

/**
 * `<board>-ep<N>.<ext>` for one episode, `<board>-ep<N>-<M>.<ext>` for a range; `base` is
 * the board's title already made safe for a file name.
 */
export function videoFileName(base: string, firstEpisode: number, lastEpisode: number, extension: string): string {
  const episodes = firstEpisode === lastEpisode ? `ep${firstEpisode}` : `ep${firstEpisode}-${lastEpisode}`;
  return `${base}-${episodes}.${extension}`;
}
