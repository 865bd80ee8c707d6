import { soundPlaysFrom, type CuePlay, type SoundCue } from '../../model/animatic';
import type { DecodedSounds } from './decodedSounds';

// Sound cues into a Web Audio graph: the player plays them against its clock, and the video
// export renders them offline, a few seconds at a time, into the file's sound track.

/** The export's sound: 48 kHz stereo, what Opus and AAC encoders take. */
export const MIX_SAMPLE_RATE = 48_000;
export const MIX_CHANNELS = 2;
/** The export mixes this much at a time, so a series export never holds more than this of mixed sound. */
export const MIX_CHUNK_SECONDS = 5;

/**
 * Plays one cue into `destination`: the sound through a gain that follows the cue's volume
 * and fade, starting at context time `windowStart + delay`. Returns the source, to stop it.
 */
export function scheduleCue(context: BaseAudioContext, destination: AudioNode, play: CuePlay, buffer: AudioBuffer, windowStart: number): { source: AudioBufferSourceNode; gain: GainNode } {
  const source = context.createBufferSource();
  source.buffer = buffer;
  const gain = context.createGain();
  scheduleGain(gain.gain, play, windowStart);
  source.connect(gain).connect(destination);
  source.start(windowStart + play.delayMs / 1000, play.offsetMs / 1000, play.durationMs / 1000);
  // The nodes go once the sound has played.
  source.onended = () => gain.disconnect();
  return { source, gain };
}

/** The cue's volume and fade on a gain, from context time `windowStart` on. */
export function scheduleGain(param: AudioParam, play: CuePlay, windowStart: number): void {
  const [first, ...rest] = play.gain;
  if (first) param.setValueAtTime(first.value, windowStart + first.atMs / 1000);
  for (const point of rest) param.linearRampToValueAtTime(point.value, windowStart + point.atMs / 1000);
}

/**
 * The mixed sound of a timeline, rendered a chunk at a time with an OfflineAudioContext, for
 * a video of `totalSamples` samples at 48 kHz (as long as its picture). A sound that cannot
 * be loaded is silence.
 */
export class SoundMixer {
  private doneSamples = 0;
  /** The sounds that could not be loaded or decoded (silent in the mix). */
  readonly missing = new Set<string>();

  constructor(
    private readonly cues: readonly SoundCue[],
    private readonly totalSamples: number,
    private readonly sounds: DecodedSounds,
    private readonly chunkSamples = MIX_CHUNK_SECONDS * MIX_SAMPLE_RATE,
  ) {}

  /** How much of the timeline is mixed so far. */
  get mixedMs(): number {
    return (this.doneSamples * 1000) / MIX_SAMPLE_RATE;
  }

  get done(): boolean {
    return this.doneSamples >= this.totalSamples;
  }

  /** The next chunk of the mix, or null once it is all mixed. */
  async next(): Promise<AudioBuffer | null> {
    if (this.done) return null;
    const length = Math.min(this.chunkSamples, this.totalSamples - this.doneSamples);
    const fromMs = (this.doneSamples * 1000) / MIX_SAMPLE_RATE;
    const toMs = ((this.doneSamples + length) * 1000) / MIX_SAMPLE_RATE;
    this.doneSamples += length;
    const context = new OfflineAudioContext({ numberOfChannels: MIX_CHANNELS, length, sampleRate: MIX_SAMPLE_RATE });
    const sounding = this.cues.filter((cue) => cue.startMs < toMs && cue.endMs > fromMs);
    // Decoded before they are placed, so a sound's own length bounds its play.
    const ids = [...new Set(sounding.map((cue) => cue.assetId))];
    const buffers = new Map(await Promise.all(ids.map(async (id) => [id, await this.sounds.get(id)] as const)));
    for (const [id, buffer] of buffers) if (!buffer) this.missing.add(id);
    const lengthMs = (id: string) => {
      const buffer = buffers.get(id);
      return buffer ? buffer.duration * 1000 : null;
    };
    for (const play of soundPlaysFrom(sounding, fromMs, toMs, lengthMs)) {
      const buffer = buffers.get(play.cue.assetId);
      if (buffer) scheduleCue(context, context.destination, play, buffer, 0);
    }
    return context.startRendering();
  }
}
