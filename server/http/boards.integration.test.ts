import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type CreatedBoard } from '../testing/syncHarness';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

// The smallest valid PNG header is enough: the server sniffs the first bytes.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the boards API', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_SECRET: '' });
  });
  afterAll(() => server.stop());

  it('creates a board with a token and a link per role', async () => {
    const response = await server.api('/api/boards', json({ title: 'Canal Heiress' }));
    expect(response.status).toBe(201);
    const board = (await response.json()) as CreatedBoard;
    expect(board.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    for (const role of ['owner', 'writer', 'director', 'viewer'] as const) {
      expect(board.links[role]).toBe(`${server.running.url.replace(/\/$/, '')}/#/board/${board.id}?token=${encodeURIComponent(board.tokens[role])}`);
      const access = await server.api(`/api/boards/${board.id}/access`, { headers: { Authorization: `Bearer ${board.tokens[role]}` } });
      expect(await access.json()).toEqual({ boardId: board.id, role });
    }
  });

  it('keeps a generated signing secret readable by its owner only', () => {
    expect(statSync(path.join(server.dataDir, 'secret')).mode & 0o777).toBe(0o600);
  });

  it('publishes a board made offline under its own id, once', async () => {
    const first = await server.api('/api/boards', json({ title: 'Offline', id: 'offline-board-1' }));
    expect(first.status).toBe(201);
    expect(((await first.json()) as CreatedBoard).id).toBe('offline-board-1');
    const again = await server.api('/api/boards', json({ title: 'Offline', id: 'offline-board-1' }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'conflict' });
  });

  it.each([
    ['no body', undefined],
    ['no title', {}],
    ['a bad id', { title: 'x', id: 'a b' }],
  ])('answers 400 with a message for %s', async (_name, body) => {
    const response = await server.api('/api/boards', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? 'nope' : JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid', message: expect.any(String) });
  });

  it('lets only the owner list fresh links', async () => {
    const board = (await (await server.api('/api/boards', json({ title: 'Links' }))).json()) as CreatedBoard;
    const asWriter = await server.api(`/api/boards/${board.id}/links`, { headers: { Authorization: `Bearer ${board.tokens.writer}` } });
    expect(asWriter.status).toBe(403);
    const asOwner = await server.api(`/api/boards/${board.id}/links`, { headers: { Authorization: `Bearer ${board.tokens.owner}` } });
    expect(Object.keys(((await asOwner.json()) as CreatedBoard).links)).toHaveLength(4);
  });

  describe('images', () => {
    let board: CreatedBoard;
    let other: CreatedBoard;
    const put = (bytes: Uint8Array, token: string, id = sha256(bytes), boardId = board.id) =>
      server.api(`/api/boards/${boardId}/assets/${id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${token}` },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
    beforeAll(async () => {
      board = (await (await server.api('/api/boards', json({ title: 'Images' }))).json()) as CreatedBoard;
      other = (await (await server.api('/api/boards', json({ title: 'Other' }))).json()) as CreatedBoard;
    });

    it('stores an upload by a writer once and serves it to any role of the board, with the token in the header', async () => {
      expect((await put(PNG, board.tokens.writer)).status).toBe(201);
      expect((await put(PNG, board.tokens.owner)).status).toBe(200);
      for (const role of ['owner', 'writer', 'director', 'viewer'] as const) {
        const response = await server.api(`/api/boards/${board.id}/assets/${sha256(PNG)}`, { headers: { Authorization: `Bearer ${board.tokens[role]}` } });
        expect(response.status, role).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/png');
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
      }
    });

    it('refuses a token in the URL, with or without the header, and says to use the header', async () => {
      await put(PNG, board.tokens.writer);
      const id = sha256(PNG);
      const inUrl = (role: keyof CreatedBoard['tokens']) => `/api/boards/${board.id}/assets/${id}?token=${encodeURIComponent(board.tokens[role])}`;
      for (const role of ['owner', 'writer', 'director', 'viewer'] as const) {
        const response = await server.api(inUrl(role));
        expect(response.status, role).toBe(401);
        expect(await response.json()).toEqual({ error: 'token_in_url', message: expect.stringContaining('Authorization: Bearer') });
      }
      const both = await server.api(inUrl('viewer'), { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
      expect(both.status).toBe(401);
      const upload = await server.api(inUrl('writer'), { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: PNG as Uint8Array<ArrayBuffer> });
      expect(upload.status).toBe(401);
      expect(await upload.json()).toMatchObject({ error: 'token_in_url' });
    });

    it('refuses uploads from directors and viewers, wrong hashes, non-images and huge files', async () => {
      expect((await put(PNG, board.tokens.director)).status).toBe(403);
      expect((await put(PNG, board.tokens.viewer)).status).toBe(403);
      const wrongHash = await put(PNG, board.tokens.writer, sha256(new Uint8Array([1])));
      expect(wrongHash.status).toBe(400);
      expect(await wrongHash.json()).toMatchObject({ error: 'hash_mismatch' });
      const text = new TextEncoder().encode('<script>alert(1)</script>');
      const notAnImage = await put(text, board.tokens.writer);
      expect(notAnImage.status).toBe(415);
      // The code image clients have always been given, now that sounds are stored as well.
      expect(await notAnImage.json()).toMatchObject({ error: 'not_an_image' });
      const huge = new Uint8Array(20 * 1024 * 1024 + 1);
      huge.set(PNG);
      expect((await put(huge, board.tokens.writer)).status).toBe(413);
    });

    it('serves images only with a token of that board', async () => {
      await put(PNG, board.tokens.writer);
      const id = sha256(PNG);
      const anonymous = await server.api(`/api/boards/${board.id}/assets/${id}`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('Authorization: Bearer') });
      const withOther = await server.api(`/api/boards/${board.id}/assets/${id}`, { headers: { Authorization: `Bearer ${other.tokens.owner}` } });
      expect(withOther.status).toBe(401);
      // The other board never had this image, even though the same bytes are stored.
      const onOther = await server.api(`/api/boards/${other.id}/assets/${id}`, { headers: { Authorization: `Bearer ${other.tokens.owner}` } });
      expect(onOther.status).toBe(404);
    });
  });
});

describe('creating boards on a locked-down server', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_ADMIN_TOKEN: 'let-me-in', BEATBOARD_CREATE_LIMIT: '2' });
  });
  afterAll(() => server.stop());

  it('needs the admin token when one is set', async () => {
    expect((await server.api('/api/boards', json({ title: 'x' }))).status).toBe(401);
    expect((await server.api('/api/boards', json({ title: 'x' }, 'wrong'))).status).toBe(401);
    expect((await server.api('/api/boards', json({ title: 'x' }, 'let-me-in'))).status).toBe(201);
  });

  it('rate-limits creation per address with a Retry-After', async () => {
    const answers: Response[] = [];
    for (let i = 0; i < 3; i++) answers.push(await server.api('/api/boards', json({ title: 'x' }, 'let-me-in')));
    const limited = answers.find((response) => response.status === 429);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited!.json()).toMatchObject({ error: 'rate_limited' });
  });
});
