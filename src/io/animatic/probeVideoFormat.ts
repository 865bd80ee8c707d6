import { canEncodeAudio, canEncodeVideo, Quality } from 'mediabunny';
import { ANIMATIC_FPS } from '../../model/animatic';
import type { Aspect } from '../../model/types';
import { chooseVideoFormat, exportDimensions, type EncoderSupport, type ExportSize, type VideoFormat } from './videoFormat';

// Asks this browser which encoders it has (WebCodecs' isConfigSupported, through mediabunny)
// at the size to export, and picks the format from the answer.

export async function encoderSupport(size: ExportSize, aspect: Aspect = '9:16'): Promise<EncoderSupport> {
  if (typeof VideoEncoder === 'undefined') return { avc: false, vp9: false, vp8: false, aac: false, opus: false };
  const { width, height, bitrate } = exportDimensions(size, aspect);
  const video = { width, height, quality: new Quality({ bitrate }), frameRate: ANIMATIC_FPS };
  const audio = { numberOfChannels: 2, sampleRate: 48_000 };
  // A check that throws (an odd build, a codec string it does not know) counts as "no".
  const ask = (check: Promise<boolean>) => check.catch(() => false);
  const hasAudioEncoder = typeof AudioEncoder !== 'undefined';
  const [avc, vp9, vp8, aac, opus] = await Promise.all([
    ask(canEncodeVideo('avc', video)),
    ask(canEncodeVideo('vp9', video)),
    ask(canEncodeVideo('vp8', video)),
    hasAudioEncoder ? ask(canEncodeAudio('aac', audio)) : false,
    hasAudioEncoder ? ask(canEncodeAudio('opus', audio)) : false,
  ]);
  return { avc, vp9, vp8, aac, opus };
}

/**
 * The format an export at `size` will have in this browser, or null when it cannot encode
 * video; `withAudio` when the exported episodes have sound (a format whose container takes a
 * sound codec this browser encodes).
 */
export async function probeVideoFormat(size: ExportSize, aspect: Aspect = '9:16', withAudio = false): Promise<VideoFormat | null> {
  return chooseVideoFormat(await encoderSupport(size, aspect), { withAudio });
}
