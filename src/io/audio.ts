// Sound files for the animatic: an episode's soundtrack and a shot's clip. A picked file is
// checked here before it is stored, by the same rules the server applies (type from the first
// bytes, size), and then decoded once, so a file the browser cannot play is refused with a
// message instead of failing silently in the player. The checks are pure functions; only the
// decode needs a browser.

import { DEFAULT_MAX_AUDIO_BYTES, sniffAudioType, type AudioType } from '../model/assetTypes';
import { FileProblemError, formatMegabytes } from './fileProblem';

/** The largest sound file a person may pick: what the server stores by default. */
export const MAX_SOUND_FILE_BYTES = DEFAULT_MAX_AUDIO_BYTES;
export const MAX_SOUND_MEGABYTES = MAX_SOUND_FILE_BYTES / (1024 * 1024);

export type SoundFileProblem = 'not-sound' | 'too-large' | 'unreadable';

/** Why a file cannot become a soundtrack or clip; `detail` is the file's name for 'not-sound'
 *  and 'unreadable', its size (e.g. "51.2 MB") for 'too-large'. */
export class SoundFileError extends FileProblemError<SoundFileProblem> {
  constructor(problem: SoundFileProblem, detail = '') {
    super(problem, detail, englishMessage(problem, detail));
    this.name = 'SoundFileError';
  }
}

function englishMessage(problem: SoundFileProblem, detail: string): string {
  switch (problem) {
    case 'not-sound':
      return `This file is not a sound Beatboard can play${detail ? ` (${detail})` : ''}.`;
    case 'too-large':
      return `Sound files must be ${MAX_SOUND_MEGABYTES} MB or smaller; this one is ${detail}.`;
    case 'unreadable':
      return `This sound could not be played${detail ? ` (${detail})` : ''}.`;
  }
}

/** How many first bytes the type check reads. */
const HEAD_BYTES = 16;

/**
 * The checks before any decoding, on the file's first bytes and its size: the problem, or the
 * sound type found. `name` only goes into the message.
 */
export function checkSoundFile(head: Uint8Array, size: number, name = ''): SoundFileError | AudioType {
  const type = sniffAudioType(head);
  if (!type) return new SoundFileError('not-sound', name);
  if (size > MAX_SOUND_FILE_BYTES) return new SoundFileError('too-large', formatMegabytes(size));
  return type;
}

/** Decodes the bytes as a browser would play them; resolves to the duration in seconds, rejects when it cannot. */
export type SoundDecoder = (bytes: ArrayBuffer) => Promise<number>;

/**
 * The browser's own decoder (Web Audio), without a device to play on, so it needs no user
 * gesture. Null where the browser has no Web Audio: the type check then stands alone.
 */
export function browserSoundDecoder(): SoundDecoder | null {
  const Offline = (globalThis as { OfflineAudioContext?: typeof OfflineAudioContext }).OfflineAudioContext;
  if (!Offline) return null;
  return async (bytes) => {
    const context = new Offline(1, 1, 44_100);
    const buffer = await context.decodeAudioData(bytes);
    return buffer.duration;
  };
}

export interface PreparedSound {
  /** The file's bytes under the type found in them, ready for `BoardAssets.put`. */
  blob: Blob;
  /** The name to show: the file's name, '' when it has none. */
  name: string;
  /** Seconds, when the file was decoded. */
  durationSeconds: number | null;
}

/**
 * Checks a picked or recorded file and returns what to store. Rejects with a SoundFileError:
 * 'not-sound' for a file of no sound type (a text file named .mp3, say), 'too-large' past
 * MAX_SOUND_FILE_BYTES, 'unreadable' when its type is right but the browser cannot decode it
 * (a damaged file, a codec this browser lacks).
 */
export async function prepareSoundFile(file: Blob, decoder: SoundDecoder | null = browserSoundDecoder()): Promise<PreparedSound> {
  const name = fileName(file);
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const checked = checkSoundFile(head, file.size, name);
  if (checked instanceof SoundFileError) throw checked;
  const blob = file.type.split(';')[0]?.trim() === checked ? file : new Blob([file], { type: checked });
  let durationSeconds: number | null = null;
  if (decoder) {
    try {
      durationSeconds = await decoder(await file.arrayBuffer());
    } catch {
      throw new SoundFileError('unreadable', name);
    }
    if (!(durationSeconds > 0)) throw new SoundFileError('unreadable', name);
  }
  return { blob, name, durationSeconds };
}

function fileName(file: Blob): string {
  return typeof (file as File).name === 'string' ? (file as File).name : '';
}
