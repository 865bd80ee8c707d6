import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VersionMeta } from '../../model/versions/types';
import { encodeUpdateList, UPDATE_LIST_TYPE } from '../../model/versions/updateList';
import { ServerVersionStore } from './serverVersionStore';

const meta = (id: string, createdAt: number): VersionMeta => ({
  id, kind: 'named', name: id, reason: null, createdAt, author: null, boardBytes: 1, notesBytes: 1,
  summary: { episodes: { added: 0, removed: 0, changed: 0 }, shots: { added: 0, removed: 0, changed: 0 }, sketchesChanged: 0 },
});

function answer(status: number, body?: unknown) {
  return new Response(body === undefined ? null : body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body), { status });
}

describe('ServerVersionStore', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls the routes of docs/server-api.md with the board token', async () => {
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url.endsWith('/docs/board')) return answer(200, new Uint8Array([1, 2]));
      if (url.endsWith('/docs/notes')) return answer(200, new Uint8Array([3]));
      return answer(200, { versions: [meta('old', 1), meta('new', 2)] });
    });
    vi.stubGlobal('fetch', fetch);
    const store = new ServerVersionStore('b/1', 'tok');

    expect((await store.list()).map((version) => version.id)).toEqual(['new', 'old']);
    expect(fetch.mock.calls[0][0]).toBe('/api/boards/b%2F1/versions');
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('Authorization')).toBe('Bearer tok');

    const snapshot = await store.fetchSnapshot('v1');
    expect(snapshot.board).toEqual([new Uint8Array([1, 2])]);
    expect(snapshot.notes).toEqual([new Uint8Array([3])]);
    expect(new Headers(fetch.mock.calls[1][1]?.headers).get('Accept')).toContain('application/vnd.beatboard.yjs-updates');
  });

  it('reads a version’s doc sent as a list of updates', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(encodeUpdateList([new Uint8Array([1, 2]), new Uint8Array([3])]) as BodyInit, {
      status: 200, headers: { 'Content-Type': UPDATE_LIST_TYPE },
    })));
    const snapshot = await new ServerVersionStore('b1', 'tok').fetchSnapshot('v1');
    expect(snapshot.board).toEqual([new Uint8Array([1, 2]), new Uint8Array([3])]);
  });

  it('sends a name or a reason, never both', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      return answer(201, { version: meta('v', 1) });
    }));
    const store = new ServerVersionStore('b', 't');
    await store.createNamed('Cut 2', { name: 'Mei' });
    await store.createAutomatic('before-restore', null);
    expect(bodies).toEqual([{ name: 'Cut 2', author: { name: 'Mei' } }, { reason: 'before-restore' }]);
  });

  it('turns failures into codes the interface words', async () => {
    const store = new ServerVersionStore('b', 't');
    vi.stubGlobal('fetch', vi.fn(async () => answer(403, { error: 'forbidden', message: 'Writers only.' })));
    await expect(store.createNamed('x', { name: 'a' })).rejects.toMatchObject({ code: 'forbidden', message: 'Writers only.' });
    vi.stubGlobal('fetch', vi.fn(async () => answer(404, { error: 'not_found' })));
    await expect(store.fetchSnapshot('gone')).rejects.toMatchObject({ code: 'not-found' });
    vi.stubGlobal('fetch', vi.fn(async () => answer(409, { error: 'too_many_versions', message: 'At most 100.' })));
    await expect(store.createNamed('x', { name: 'a' })).rejects.toMatchObject({ code: 'too-many' });
    vi.stubGlobal('fetch', vi.fn(async () => answer(429, { error: 'rate_limited' })));
    await expect(store.createAutomatic('before-restore', null)).rejects.toMatchObject({ code: 'rate-limited' });
    vi.stubGlobal('fetch', vi.fn(async () => answer(204)));
    await expect(store.remove('v')).resolves.toBeUndefined();
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    await expect(store.list()).rejects.toMatchObject({ code: 'unreachable' });
  });
});
