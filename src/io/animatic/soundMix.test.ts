import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SoundCue } from '../../model/animatic';
import { DecodedSounds } from './decodedSounds';
import { MIX_SAMPLE_RATE, SoundMixer } from './soundMix';

// The export's mix without a browser: a stand-in OfflineAudioContext notes what each chunk
// schedules, so the chunks' lengths and each sound's start, offset and gain can be checked.

interface Scheduled {
  length: number;
  when: number;
  offset: number;
  duration: number;
  gain: GainEvents;
}

type GainEvents = [string, number, number][];

class FakeOfflineContext {
  readonly destination = {};
  readonly scheduled: Scheduled[] = [];
  constructor(readonly options: { numberOfChannels: number; length: number; sampleRate: number }) {}
  createBufferSource() {
    const scheduled = this.scheduled;
    let gain: GainEvents = [];
    return {
      buffer: null as { duration: number } | null,
      onended: null,
      // Connected to its own gain first: that gain's events go with this source.
      connect(node: { events: GainEvents }) {
        gain = node.events;
        return node;
      },
      start(this: { buffer: { duration: number } }, when: number, offset: number, duration: number) {
        scheduled.push({ length: this.buffer.duration, when, offset, duration, gain });
      },
    };
  }
  createGain() {
    const events: GainEvents = [];
    return {
      events,
      gain: {
        setValueAtTime: (value: number, time: number) => events.push(['set', value, time]),
        linearRampToValueAtTime: (value: number, time: number) => events.push(['ramp', value, time]),
      },
      connect: (next: unknown) => next,
      disconnect: () => undefined,
    };
  }
  async startRendering() {
    return { length: this.options.length, sampleRate: this.options.sampleRate, numberOfChannels: this.options.numberOfChannels, scheduled: this.scheduled };
  }
}

const lengths: Record<string, number> = { music: 100, line: 1.5 };
function sounds() {
  const context = {
    decodeAudioData: async (bytes: ArrayBuffer) => {
      const seconds = new Float64Array(bytes)[0]!;
      return { duration: seconds, length: seconds * MIX_SAMPLE_RATE, numberOfChannels: 2 };
    },
  } as unknown as BaseAudioContext;
  return new DecodedSounds(async (id) => (id in lengths ? new Float64Array([lengths[id]!]).buffer : null), context);
}

const cue = (fields: Partial<SoundCue>): SoundCue => ({
  kind: 'clip', assetId: 'line', episodeId: 'e', shotId: 's', startMs: 0, endMs: 10_000, volume: 1, fadeOutMs: 20, ...fields,
});

type Chunk = { length: number; scheduled: Scheduled[] };

describe('the export\'s mix', () => {
  beforeEach(() => vi.stubGlobal('OfflineAudioContext', FakeOfflineContext));
  afterEach(() => vi.unstubAllGlobals());

  it('comes in chunks of five seconds and a last one of the rest, as long as the picture to the sample', async () => {
    const total = 12.5 * MIX_SAMPLE_RATE + 7;
    const mixer = new SoundMixer([], total, sounds());
    const chunks: number[] = [];
    for (let chunk = await mixer.next(); chunk; chunk = await mixer.next()) chunks.push(chunk.length);
    expect(chunks).toEqual([240_000, 240_000, 120_007]);
    expect(mixer.done).toBe(true);
    expect(mixer.mixedMs).toBeCloseTo((total * 1000) / MIX_SAMPLE_RATE);
  });

  it('places each sound in the chunks it spans: at its start, then carried on from where the chunk before left it', async () => {
    const cues = [
      cue({ kind: 'soundtrack', assetId: 'music', shotId: null, startMs: 0, endMs: 12_000, volume: 0.5, fadeOutMs: 500 }),
      cue({ startMs: 4000, endMs: 12_000 }),
    ];
    const mixer = new SoundMixer(cues, 12 * MIX_SAMPLE_RATE, sounds());
    const [first, second, third] = [await mixer.next(), await mixer.next(), await mixer.next()].map((chunk) => (chunk as unknown as Chunk).scheduled);
    expect(first!.map(({ length, when, offset, duration }) => [length, when, offset, duration])).toEqual([
      [100, 0, 0, 5],
      [1.5, 4, 0, 1],
    ]);
    // The clip's last half second, 1 s into its sound; it ends with the sound, long before its cut.
    expect(second!.map(({ length, when, offset, duration }) => [length, when, offset, duration])).toEqual([
      [100, 0, 5, 5],
      [1.5, 0, 1, 0.5],
    ]);
    // The soundtrack's fade, from full volume 1.5 s into the last chunk to silence at its end.
    expect(third).toHaveLength(1);
    expect(third![0]!.gain).toEqual([['set', 0.5, 0], ['ramp', 0.5, 1.5], ['ramp', 0, 2]]);
    expect(mixer.missing.size).toBe(0);
  });

  it('leaves a sound that cannot be loaded silent and notes it', async () => {
    const mixer = new SoundMixer([cue({ assetId: 'gone' })], 2 * MIX_SAMPLE_RATE, sounds());
    const chunk = (await mixer.next()) as unknown as Chunk;
    expect(chunk.scheduled).toEqual([]);
    expect([...mixer.missing]).toEqual(['gone']);
  });
});
