import { AudioBufferSource, CanvasSource, Mp4OutputFormat, Output, Quality, WebMOutputFormat } from 'mediabunny';
import { drawAnimaticFrame, type FrameImage, type FrameSources } from '../../canvas/animatic/drawFrame';
import { ANIMATIC_FPS, planSound, shotIndexAt, type Timeline } from '../../model/animatic';
import type { BoardSnapshot } from '../../model/types';
import { drawBurnIns, NO_BURN_INS, timecodeBurnIn, type BurnIns } from './burnIns';
import { DecodedSounds, type LoadSoundBytes } from './decodedSounds';
import { loadFrameFonts } from './frameFonts';
import { MIX_CHANNELS, MIX_SAMPLE_RATE, SoundMixer } from './soundMix';
import { createVideoFileTarget, type VideoFileTarget } from './videoFileTarget';
import { estimateTimeLeftMs, exportDimensions, exportFrameCount, frameTimeMs, type ExportSize, type VideoFormat } from './videoFormat';

// The animatic as a video file: every frame drawn by the player's own renderer into an
// offscreen canvas at the export size, encoded with WebCodecs and muxed by mediabunny into
// MP4 or WebM, streamed to disk as it goes.
//
// When the exported episodes have sound (soundtracks, clips) and the format has a sound codec
// (`probeVideoFormat(size, aspect, true)`: AAC in MP4, else Opus in WebM), the sound track is
// mixed a few seconds at a time, kept just ahead of the frames: the muxer interleaves the
// tracks by time and holds whichever runs ahead in memory, so neither may run far ahead.

export interface ExportProgress {
  framesDone: number;
  totalFrames: number;
  /** Estimated time left, or null while too little is done to tell. */
  msLeft: number | null;
}

export interface VideoExportRequest {
  board: BoardSnapshot;
  timeline: Timeline;
  size: ExportSize;
  /** From `probeVideoFormat`, asked of this browser at this size. */
  format: VideoFormat;
  /** The download's name, also the name of the file written on the way. */
  fileName: string;
  speakerNames: boolean;
  burnIns?: BurnIns;
  /** Decodes a reference image; resolves to null when it cannot be read (the panel then shows its sketch). */
  loadImage(assetId: string): Promise<FrameImage | null>;
  /** A sound's bytes (soundtrack, clip); null when it cannot be read (it is then silence). Without it, no sound. */
  loadSound?: LoadSoundBytes;
  onProgress?(progress: ExportProgress): void;
  /** Aborting stops the encoding at the next frame and deletes what was written. */
  signal?: AbortSignal;
}

export interface ExportedVideo {
  /** The finished file: on disk (OPFS) when the browser has it. */
  file: Blob;
  /**
   * Deletes the file from the browser's storage. Only once the download has read it: the
   * browser says nothing when a download of a blob URL is done, and removing the file first
   * would break it. Whatever a closed page left behind goes at a later export.
   */
  discard(): Promise<void>;
  /** How many of the sounds could not be loaded, and are silent in the file. */
  missingSounds: number;
}

/** Why an export failed, for the message the person sees. */
export type VideoExportFailure = 'noEncoder' | 'noSpace' | 'nothingToExport' | 'failed';

export class VideoExportError extends Error {
  override name = 'VideoExportError';
  constructor(readonly reason: VideoExportFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** How often progress is reported: often enough for a smooth bar, rarely enough not to slow the export with renders. */
const PROGRESS_EVERY_MS = 200;
/** A key frame every two seconds: a player can seek in the file without decoding much. */
const KEY_FRAME_SECONDS = 2;
/** Opus and AAC at this rate carry music and voice without audible loss in a draft. */
const AUDIO_BITRATE = 128_000;

export async function exportVideo(request: VideoExportRequest): Promise<ExportedVideo> {
  const { board, timeline, format, signal } = request;
  const { width, height, bitrate } = exportDimensions(request.size, board.meta.aspect);
  const totalFrames = exportFrameCount(timeline.durationMs);
  if (totalFrames === 0) throw new VideoExportError('nothingToExport', 'The timeline has no frames.');
  signal?.throwIfAborted();

  await loadFrameFonts(board, timeline);
  const canvas = makeCanvas(width, height);
  const ctx = canvas.getContext('2d', { alpha: false }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new VideoExportError('failed', 'No 2D canvas for the frames.');

  const file = await createVideoFileTarget(request.fileName, format.mimeType);
  let output: Output | null = null;
  try {
    output = new Output({
      // No fast start: the index goes at the end, so nothing is held back in memory until the end.
      format: format.container === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
      target: file.target,
    });
    const source = new CanvasSource(canvas, {
      codec: format.videoCodec,
      quality: new Quality({ bitrate }),
      keyFrameInterval: KEY_FRAME_SECONDS,
    });
    output.addVideoTrack(source, { frameRate: ANIMATIC_FPS });
    const cues = planSound(board, timeline);
    let sound: { mixer: SoundMixer; feed(untilMs: number): Promise<void> } | null = null;
    if (format.audioCodec && request.loadSound && cues.length > 0) {
      const audio = new AudioBufferSource({ codec: format.audioCodec, quality: new Quality({ bitrate: AUDIO_BITRATE }) });
      output.addAudioTrack(audio);
      // Decoded at the mix's rate, so the sounds play sample for sample.
      const decoder = new OfflineAudioContext({ numberOfChannels: MIX_CHANNELS, length: 1, sampleRate: MIX_SAMPLE_RATE });
      // As long as the picture, to the sample.
      const totalSamples = Math.round((totalFrames * MIX_SAMPLE_RATE) / ANIMATIC_FPS);
      const mixer = new SoundMixer(cues, totalSamples, new DecodedSounds(request.loadSound, decoder));
      sound = {
        mixer,
        async feed(untilMs) {
          while (!mixer.done && mixer.mixedMs <= untilMs) {
            const chunk = await mixer.next();
            signal?.throwIfAborted();
            if (chunk) await audio.add(chunk);
          }
        },
      };
    }
    await output.start();
    const images = new ShotImages(board, timeline, request.loadImage);
    const sources: FrameSources = { board, timeline, image: images.image };
    const burnIns = request.burnIns ?? NO_BURN_INS;
    const started = performance.now();
    let reported = -Infinity;
    for (let frame = 0; frame < totalFrames; frame++) {
      signal?.throwIfAborted();
      const ms = frameTimeMs(frame);
      // The sound up to past this frame, a chunk ahead of the picture at most.
      if (sound) await sound.feed(ms);
      await images.readyFor(ms);
      drawAnimaticFrame(ctx, width, height, ms, sources, { speakerNames: request.speakerNames });
      if (burnIns.timecode || burnIns.draft) {
        drawBurnIns(ctx, width, { timecode: burnIns.timecode ? timecodeBurnIn(timeline, frame) : null, draft: burnIns.draft });
      }
      // Waits while the encoder or the file falls behind, so frames never pile up in memory.
      await source.add(frame / ANIMATIC_FPS, 1 / ANIMATIC_FPS);
      const now = performance.now();
      if (now - reported >= PROGRESS_EVERY_MS) {
        reported = now;
        request.onProgress?.({ framesDone: frame + 1, totalFrames, msLeft: estimateTimeLeftMs(frame + 1, totalFrames, now - started) });
      }
    }
    // The rest of the sound, when the last chunk begins within the last frame.
    if (sound) await sound.feed(Infinity);
    signal?.throwIfAborted();
    await output.finalize();
    request.onProgress?.({ framesDone: totalFrames, totalFrames, msLeft: 0 });
    return { file: await file.file(), discard: () => file.discard(), missingSounds: sound?.mixer.missing.size ?? 0 };
  } catch (error) {
    await discardPartial(output, file);
    throw signal?.aborted ? signal.reason : explain(error);
  }
}

/** A cancelled or failed export leaves nothing behind: the encoder stops and the partial file goes. */
async function discardPartial(output: Output | null, file: VideoFileTarget): Promise<void> {
  await output?.cancel().catch(() => undefined);
  await file.discard();
}

function explain(error: unknown): Error {
  if (error instanceof VideoExportError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new VideoExportError('noSpace', message, { cause: error });
  if (name === 'NotSupportedError' || /not supported|unsupported/i.test(message)) return new VideoExportError('noEncoder', message, { cause: error });
  return new VideoExportError('failed', message, { cause: error });
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/**
 * The reference images the frames need, decoded as the export reaches each shot: the shot on
 * screen and the one it dissolves from. Only those are held, so a long series does not keep
 * every image decoded here.
 */
class ShotImages {
  private readonly held = new Map<string, FrameImage | null>();
  private shotIndex = -2;

  constructor(
    private readonly board: BoardSnapshot,
    private readonly timeline: Timeline,
    private readonly load: (assetId: string) => Promise<FrameImage | null>,
  ) {}

  readonly image = (assetId: string): FrameImage | null => this.held.get(assetId) ?? null;

  async readyFor(ms: number): Promise<void> {
    const index = shotIndexAt(this.timeline, ms);
    if (index === this.shotIndex) return;
    this.shotIndex = index;
    const wanted = [index - 1, index].flatMap((i) => {
      const entry = this.timeline.shots[i];
      const assetId = entry ? this.board.shots[entry.shotId]?.imageAssetId : null;
      return assetId ? [assetId] : [];
    });
    for (const assetId of this.held.keys()) if (!wanted.includes(assetId)) this.held.delete(assetId);
    await Promise.all(wanted.filter((id) => !this.held.has(id)).map(async (id) => this.held.set(id, await this.load(id))));
  }
}
