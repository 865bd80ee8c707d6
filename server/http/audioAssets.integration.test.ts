import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffAudioType } from '../../src/model/assetTypes';
import { startTestServer, type CreatedBoard, type TestServer } from '../testing/syncHarness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** A file that starts as the format does (all the server reads), padded with random bytes to `size`. */
function fileStarting(head: number[], size = 256): Uint8Array {
  const bytes = new Uint8Array(randomBytes(Math.max(size, head.length)));
  bytes.set(head);
  return bytes;
}

// The first bytes of each sound format, as their encoders write them.
const SOUNDS: { name: string; head: number[]; type: string; extension: string }[] = [
  { name: 'MP3 with an ID3 tag', head: [...ascii('ID3'), 4, 0, 0, 0, 0, 0, 0], type: 'audio/mpeg', extension: 'mp3' },
  { name: 'MP3 starting with a frame', head: [0xff, 0xfb, 0x90, 0x64], type: 'audio/mpeg', extension: 'mp3' },
  { name: 'WAV', head: [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt ')], type: 'audio/wav', extension: 'wav' },
  { name: 'Ogg', head: [...ascii('OggS'), 0, 2], type: 'audio/ogg', extension: 'ogg' },
  { name: 'WebM (MediaRecorder)', head: [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01], type: 'audio/webm', extension: 'webm' },
  { name: 'M4A', head: [0, 0, 0, 0x20, ...ascii('ftypM4A '), 0, 0, 0, 0], type: 'audio/mp4', extension: 'm4a' },
  { name: 'MP4 (isom)', head: [0, 0, 0, 0x1c, ...ascii('ftypisom'), 0, 0, 2, 0], type: 'audio/mp4', extension: 'm4a' },
  { name: 'MP4 (iso5, as Safari records)', head: [0, 0, 0, 0x1c, ...ascii('ftypiso5'), 0, 0, 2, 0], type: 'audio/mp4', extension: 'm4a' },
  { name: 'FLAC', head: [...ascii('fLaC'), 0, 0, 0, 0x22], type: 'audio/flac', extension: 'flac' },
];

describe('sound files on the asset route', () => {
  let server: TestServer;
  let board: CreatedBoard;
  beforeAll(async () => {
    // A small sound limit, so "too large" needs no large upload.
    server = await startTestServer({ BEATBOARD_MAX_AUDIO_BYTES: '4096' });
    board = await server.createBoard('Sound');
  });
  afterAll(() => server.stop());

  const put = (bytes: Uint8Array, token: string, contentType = 'audio/mpeg') =>
    server.api(`/api/boards/${board.id}/assets/${sha256(bytes)}`, {
      method: 'PUT',
      headers: { 'Content-Type': contentType, Authorization: `Bearer ${token}` },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
  const get = (id: string, token: string) =>
    server.api(`/api/boards/${board.id}/assets/${id}`, { headers: { Authorization: `Bearer ${token}` } });

  it.each(SOUNDS)('stores $name and serves it back as $type, sandboxed, to a viewer', async ({ head, type, extension }) => {
    const file = fileStarting(head);
    // The declared type is not trusted: the type served is the one found in the bytes.
    const stored = await put(file, board.tokens.writer, 'application/octet-stream');
    expect(stored.status).toBe(201);
    expect(await stored.json()).toEqual({ id: sha256(file), type, size: file.byteLength });
    const served = await get(sha256(file), board.tokens.viewer);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe(type);
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="${sha256(file)}.${extension}"`);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(file);
  });

  it('refuses a text file named .mp3 with 415 unsupported_type, and stores nothing', async () => {
    const text = new TextEncoder().encode('These are the lines, not a recording of them.\n'.repeat(4));
    const refused = await put(text, board.tokens.writer, 'audio/mpeg');
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: 'unsupported_type', message: expect.stringContaining('sounds (MP3, WAV') });
    expect((await get(sha256(text), board.tokens.owner)).status).toBe(404);
  });

  it('refuses a sound over BEATBOARD_MAX_AUDIO_BYTES with 413 too_large; an image of that size is still fine', async () => {
    const big = fileStarting([...ascii('OggS'), 0, 2], 4097);
    const refused = await put(big, board.tokens.writer, 'audio/ogg');
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: 'too_large', message: 'Sound files can be at most 4 KiB.' });
    expect((await get(sha256(big), board.tokens.owner)).status).toBe(404);
    expect((await put(fileStarting([...ascii('OggS'), 0, 2], 4096), board.tokens.writer, 'audio/ogg')).status).toBe(201);
    const png = fileStarting([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 8000);
    expect((await put(png, board.tokens.writer, 'image/png')).status).toBe(201);
  });

  it('lets any role play a stored sound but only owners and writers add one', async () => {
    const wav = fileStarting([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt ')], 512);
    for (const role of ['director', 'viewer'] as const) {
      const refused = await put(wav, board.tokens[role], 'audio/wav');
      expect(refused.status, role).toBe(403);
      expect(await refused.json()).toMatchObject({ error: 'forbidden' });
    }
    expect((await put(wav, board.tokens.owner, 'audio/wav')).status).toBe(201);
    for (const role of ['owner', 'writer', 'director', 'viewer'] as const) {
      const served = await get(sha256(wav), board.tokens[role]);
      expect(served.status, role).toBe(200);
      expect(served.headers.get('content-type')).toBe('audio/wav');
    }
  });

  it('counts sounds in the board quota together with images', async () => {
    const small = await startTestServer({ BEATBOARD_MAX_BOARD_ASSET_BYTES: '3000' });
    try {
      const quota = await small.createBoard('Quota');
      const upload = (bytes: Uint8Array, type: string) =>
        small.api(`/api/boards/${quota.id}/assets/${sha256(bytes)}`, {
          method: 'PUT',
          headers: { 'Content-Type': type, Authorization: `Bearer ${quota.tokens.writer}` },
          body: bytes as Uint8Array<ArrayBuffer>,
        });
      expect((await upload(fileStarting([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 1500), 'image/png')).status).toBe(201);
      expect((await upload(fileStarting(ascii('fLaC'), 1200), 'audio/flac')).status).toBe(201);
      const over = await upload(fileStarting(ascii('OggS'), 1200), 'audio/ogg');
      expect(over.status).toBe(413);
      expect(await over.json()).toMatchObject({ error: 'quota_exceeded' });
    } finally {
      await small.stop();
    }
  });
});

describe('sniffing sound files', () => {
  it('finds no sound in text, images, video containers of other brands or MPEG headers with reserved bits', () => {
    const cases: number[][] = [
      ascii('hello, world'),
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff, 0xe0],
      [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')],
      [0, 0, 0, 0x18, ...ascii('ftypqt  ')],
      [0xff, 0xeb, 0x90, 0x64], // MPEG version "reserved"
      [0xff, 0xfb, 0xf0, 0x64], // bitrate index "bad"
      [],
    ];
    for (const head of cases) expect(sniffAudioType(new Uint8Array(head)), JSON.stringify(head)).toBeNull();
    expect(sniffAudioType(new Uint8Array([0xff, 0xf1, 0x50, 0x80]))).toBe('audio/aac');
  });
});
