import { describe, expect, it } from 'vitest';
import { DecodedSounds } from './decodedSounds';

/** A stand-in for Web Audio: "decodes" bytes whose first byte is the sound's length in seconds (0: undecodable). */
function fakeContext() {
  const decoded: number[] = [];
  const context = {
    decodeAudioData: async (bytes: ArrayBuffer) => {
      const seconds = new Uint8Array(bytes)[0]!;
      if (seconds === 0) throw new DOMException('Unable to decode audio data', 'EncodingError');
      decoded.push(seconds);
      return { duration: seconds, length: seconds * 1000, numberOfChannels: 1 } as unknown as AudioBuffer;
    },
  } as unknown as BaseAudioContext;
  return { context, decoded };
}

const files: Record<string, number> = { a: 1, b: 2, c: 3, bad: 0 };
const load = async (assetId: string) => (assetId in files ? new Uint8Array([files[assetId]!]).buffer : null);

describe('decoded sounds', () => {
  it('decodes each sound once, and tells its length once decoded', async () => {
    const { context, decoded } = fakeContext();
    const sounds = new DecodedSounds(load, context);
    expect(sounds.lengthMs('b')).toBeNull();
    const [first, second] = await Promise.all([sounds.get('b'), sounds.get('b')]);
    expect(first).toBe(second);
    expect(sounds.ready('b')).toBe(first);
    expect(sounds.lengthMs('b')).toBe(2000);
    await sounds.get('b');
    expect(decoded).toEqual([2]);
  });

  it('resolves a missing or undecodable sound to null and tries it again next time', async () => {
    const { context } = fakeContext();
    const sounds = new DecodedSounds(load, context);
    expect(await sounds.get('missing')).toBeNull();
    expect(await sounds.get('bad')).toBeNull();
    files.missing = 1;
    expect(await sounds.get('missing')).not.toBeNull();
    delete files.missing;
  });

  it('keeps decoded sounds within its budget, dropping the one used longest ago', async () => {
    const { context, decoded } = fakeContext();
    // Lengths 1000, 2000 and 3000 samples of one channel: 4, 8 and 12 kB.
    const sounds = new DecodedSounds(load, context, 20_000);
    await sounds.get('a');
    await sounds.get('b');
    await sounds.get('a');
    await sounds.get('c');
    expect(['a', 'b', 'c'].map((id) => sounds.ready(id) !== null)).toEqual([true, false, true]);
    await sounds.get('b');
    expect(decoded).toEqual([1, 2, 3, 2]);
  });
});
