import { describe, expect, it } from 'vitest';
import { MAX_SOUND_FILE_BYTES, SoundFileError, checkSoundFile, prepareSoundFile } from './audio';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const WAV_HEAD = [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt ')];

function file(bytes: number[], name: string, type = ''): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

describe('checking a sound file before it is stored', () => {
  it('finds the type in the first bytes, whatever the name or declared type say', () => {
    expect(checkSoundFile(new Uint8Array(WAV_HEAD), 100)).toBe('audio/wav');
    expect(checkSoundFile(new Uint8Array([...ascii('OggS'), 0]), 100)).toBe('audio/ogg');
    expect(checkSoundFile(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]), 100)).toBe('audio/webm');
  });

  it('refuses text and images as not a sound, naming the file', () => {
    const text = checkSoundFile(new TextEncoder().encode('INT. DECK - NIGHT'), 17, 'lines.mp3');
    expect(text).toBeInstanceOf(SoundFileError);
    expect((text as SoundFileError).problem).toBe('not-sound');
    expect((text as SoundFileError).message).toBe('This file is not a sound Beatboard can play (lines.mp3).');
    const png = checkSoundFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 8);
    expect((png as SoundFileError).problem).toBe('not-sound');
  });

  it('refuses a file over the server default size, saying how large it is', () => {
    const big = checkSoundFile(new Uint8Array(WAV_HEAD), MAX_SOUND_FILE_BYTES + 1);
    expect((big as SoundFileError).problem).toBe('too-large');
    expect((big as SoundFileError).detail).toBe('50.1 MB');
    expect(checkSoundFile(new Uint8Array(WAV_HEAD), MAX_SOUND_FILE_BYTES)).toBe('audio/wav');
  });
});

describe('preparing a sound file', () => {
  it('returns the bytes under the type found, with the name and the decoded duration', async () => {
    const prepared = await prepareSoundFile(file([...WAV_HEAD, 1, 2, 3], 'Temp score.wav', 'application/octet-stream'), async () => 2.5);
    expect(prepared.blob.type).toBe('audio/wav');
    expect(prepared.blob.size).toBe(WAV_HEAD.length + 3);
    expect(prepared).toMatchObject({ name: 'Temp score.wav', durationSeconds: 2.5 });
  });

  it('keeps a recording as it is, codecs and all', async () => {
    const recording = new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 0])], { type: 'audio/webm;codecs=opus' });
    const prepared = await prepareSoundFile(recording, null);
    expect(prepared.blob).toBe(recording);
    expect(prepared).toMatchObject({ name: '', durationSeconds: null });
  });

  it('refuses a file whose type is right but which does not decode, or decodes to nothing', async () => {
    const damaged = file(WAV_HEAD, 'broken.wav');
    await expect(prepareSoundFile(damaged, () => Promise.reject(new Error('EncodingError')))).rejects.toMatchObject({ problem: 'unreadable', detail: 'broken.wav' });
    await expect(prepareSoundFile(damaged, async () => 0)).rejects.toMatchObject({ problem: 'unreadable' });
  });

  it('refuses a text file renamed .mp3 before decoding it', async () => {
    let decoded = false;
    const text = file(ascii('Just words.'), 'voice.mp3', 'audio/mpeg');
    await expect(prepareSoundFile(text, async () => ((decoded = true), 1))).rejects.toMatchObject({ problem: 'not-sound' });
    expect(decoded).toBe(false);
  });
});
