import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssetRefusedError, DexieBoardAssets } from './assets';
import type { AssetRecord, BeatboardDb } from './db';

/** The part of the Dexie database the asset store uses, in memory. */
function memoryDb() {
  const rows = new Map<string, AssetRecord>();
  const db = { assets: { get: async (id: string) => rows.get(id), put: async (row: AssetRecord) => void rows.set(row.id, row) } };
  return { db: db as unknown as BeatboardDb, rows };
}

const WAV = new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0x24, 0, 0, 0], [...'WAVEfmt '].map((c) => c.charCodeAt(0))));
const wavBlob = () => new Blob([WAV], { type: 'audio/wav' });
const sha = createHash('sha256').update(WAV).digest('hex');

afterEach(() => vi.unstubAllGlobals());

describe('the board asset store, for sounds as for images', () => {
  it('keeps a sound of a local board in this browser under its content hash, uploading nothing', async () => {
    const { db, rows } = memoryDb();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const assets = new DexieBoardAssets(db, 'board1');
    expect(await assets.put(wavBlob())).toBe(sha);
    expect(rows.get(sha)).toMatchObject({ type: 'audio/wav', size: WAV.length });
    expect(await (await assets.getBlob(sha))!.arrayBuffer()).toEqual(WAV.buffer);
    expect(fetch).not.toHaveBeenCalled();
    assets.dispose();
  });

  it('uploads a sound of a live board with the token in the header, before it resolves', async () => {
    const { db } = memoryDb();
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: sha, type: 'audio/wav', size: WAV.length }), { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const assets = new DexieBoardAssets(db, 'board1', () => 'tok');
    expect(await assets.put(wavBlob())).toBe(sha);
    expect(fetch).toHaveBeenCalledWith(`/api/boards/board1/assets/${sha}`, expect.objectContaining({
      method: 'PUT', headers: { 'Content-Type': 'audio/wav', Authorization: 'Bearer tok' },
    }));
    assets.dispose();
  });

  it('reports the server refusing a file for good', async () => {
    const { db } = memoryDb();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'too_large', message: 'Sound files can be at most 50 MiB.' }), { status: 413 })));
    const assets = new DexieBoardAssets(db, 'board1', () => 'tok');
    const refusal = await assets.put(wavBlob()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AssetRefusedError);
    expect(refusal).toMatchObject({ code: 'too_large', message: 'Sound files can be at most 50 MiB.' });
    assets.dispose();
  });

  it('fetches a collaborator\'s sound from the server once, then has it here', async () => {
    const { db, rows } = memoryDb();
    const fetch = vi.fn(async () => new Response(new Blob([WAV], { type: 'audio/wav' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const assets = new DexieBoardAssets(db, 'board1', () => 'tok', false);
    const blob = await assets.getBlob(sha);
    expect(blob!.type).toBe('audio/wav');
    expect(fetch).toHaveBeenCalledWith(`/api/boards/board1/assets/${sha}`, { headers: { Authorization: 'Bearer tok' } });
    expect(rows.has(sha)).toBe(true);
    await assets.getBlob(sha);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Not on the server either: null, and nothing kept.
    fetch.mockImplementationOnce(async () => new Response('{}', { status: 404 }));
    expect(await assets.getBlob('f'.repeat(64))).toBeNull();
    assets.dispose();
  });
});
