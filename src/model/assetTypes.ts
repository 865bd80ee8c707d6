/**
 * The files a board stores outside its doc (assets): reference images and sounds. A file's
 * type is found from its first bytes, never from its name or a declared Content-Type, by the
 * server before it stores an upload and by the client before it offers one. Pure functions,
 * shared by both.
 */

export type AssetKind = 'image' | 'audio';

/** The largest image the server stores (the client downscales a picked image well below it). */
export const MAX_IMAGE_ASSET_BYTES = 20 * 1024 * 1024;
/** The largest sound file the server stores unless `BEATBOARD_MAX_AUDIO_BYTES` says otherwise. */
export const DEFAULT_MAX_AUDIO_BYTES = 50 * 1024 * 1024;

/** The sound formats Beatboard stores, as their MIME types. */
export const AUDIO_TYPES = ['audio/mpeg', 'audio/wav', 'audio/ogg', 'audio/webm', 'audio/mp4', 'audio/flac', 'audio/aac'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** The extension a served file's name gets for its type. */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'audio/flac': 'flac',
  'audio/aac': 'aac',
};

/**
 * MP4 brands (the ftyp box's major brand) of audio files, and the generic ISO ones audio files
 * also use (Safari's MediaRecorder, for one, writes `iso5`-family files).
 */
const MP4_AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ', 'isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'dash']);

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  bytes.length >= at + length ? String.fromCharCode(...bytes.subarray(at, at + length)) : '';

/** PNG, JPEG, GIF or WebP from the file's first bytes; null for anything else. */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * MP3 (an ID3 tag or an MPEG audio frame), WAV, Ogg, WebM/Matroska (what a browser's
 * MediaRecorder makes), MP4/M4A, FLAC or ADTS AAC from the file's first bytes; null otherwise.
 */
export function sniffAudioType(bytes: Uint8Array): AudioType | null {
  if (ascii(bytes, 0, 3) === 'ID3') return 'audio/mpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(bytes, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(bytes, 0, 4) === 'fLaC') return 'audio/flac';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  if (ascii(bytes, 4, 4) === 'ftyp' && MP4_AUDIO_BRANDS.has(ascii(bytes, 8, 4))) return 'audio/mp4';
  // A frame header: 11 sync bits, then the version (01 is reserved) and the layer (00 is
  // ADTS AAC; 01-11 are MPEG layers III-I), then a bitrate that is not "bad" (1111).
  if (bytes.length >= 4 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) {
    const version = (bytes[1]! >> 3) & 0b11;
    const layer = (bytes[1]! >> 1) & 0b11;
    if (layer === 0) return (bytes[1]! & 0xf6) === 0xf0 ? 'audio/aac' : null;
    const bitrate = bytes[2]! >> 4;
    if (version !== 0b01 && bitrate !== 0b1111) return 'audio/mpeg';
  }
  return null;
}

/** An asset's type and kind from its first bytes, or null for a file Beatboard does not store. */
export function sniffAssetType(bytes: Uint8Array): { type: string; kind: AssetKind } | null {
  const image = sniffImageType(bytes);
  if (image) return { type: image, kind: 'image' };
  const audio = sniffAudioType(bytes);
  return audio ? { type: audio, kind: 'audio' } : null;
}

/** The file name extension for a stored type, e.g. `mp3` for `audio/mpeg`. */
export function assetExtension(type: string): string {
  return EXTENSIONS[type] ?? 'bin';
}
