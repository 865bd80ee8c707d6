import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { addShot, initBoard, readBoard } from '../../src/model';
import { encodeUpdate } from '../sync/protocol';
import {
  closeOf, connectClient, destroyAllClients, rawSocket, startTestServer, waitFor, whenSynced, type CreatedBoard,
  type TestServer,
} from '../testing/syncHarness';

const MiB = 1024 * 1024;

afterEach(() => destroyAllClients());

/**
 * A sketched series as a doc of about `bytes`: shots whose strokes are plain objects, each
 * with float coordinates and a random binary payload (random, so nothing compresses it away).
 */
function sketchedBoard(bytes: number): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Series' });
  const episodeId = readBoard(doc).episodes[0]!.id;
  const payloadBytes = 32 * 1024;
  const strokesPerShot = 4;
  const shotCount = Math.ceil(bytes / (payloadBytes * strokesPerShot));
  const points = Array.from({ length: 40 }, (_, i) => i / 40);
  for (let s = 0; s < shotCount; s++) {
    const shotId = addShot(doc, { episodeId });
    const strokes = (doc.getMap('shots').get(shotId) as Y.Map<unknown>).get('strokes') as Y.Array<unknown>;
    strokes.push(
      Array.from({ length: strokesPerShot }, (_, k) => ({
        id: `s${s}-${k}`, tool: 'pen', color: '#222', width: 0.01, points, payload: new Uint8Array(randomBytes(payloadBytes)),
      })),
    );
  }
  return doc;
}

/** A hash of every stroke in every shot, to tell that a doc arrived whole, not just in step. */
function strokesDigest(doc: Y.Doc): string {
  const hash = createHash('sha256');
  const shots = doc.getMap('shots');
  for (const shotId of [...shots.keys()].sort()) {
    const strokes = (shots.get(shotId) as Y.Map<unknown>).get('strokes') as Y.Array<{ id: string; points: number[]; payload: Uint8Array }>;
    for (const stroke of strokes.toArray()) hash.update(stroke.id).update(String(stroke.points)).update(stroke.payload);
  }
  return hash.digest('hex');
}

const sameVector = (a: Y.Doc, b: Y.Doc) => Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

function docClient(server: TestServer, board: CreatedBoard) {
  const url = (doc: string, tail = '') => `/api/boards/${board.id}/docs/${doc}${tail}`;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    post: (doc: string, token: string, body: Uint8Array) =>
      server.api(url(doc, '/updates'), {
        method: 'POST',
        headers: { ...auth(token), 'Content-Type': 'application/octet-stream' },
        body: body as Uint8Array<ArrayBuffer>,
      }),
    get: (doc: string, token: string, tail = '') => server.api(url(doc, tail), { headers: auth(token) }),
    /** The doc as the server holds it, downloaded whole. */
    async download(doc: string, token: string): Promise<Y.Doc> {
      const response = await this.get(doc, token);
      expect(response.status).toBe(200);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, new Uint8Array(await response.arrayBuffer()));
      return copy;
    },
  };
}

/** The edits of `doc` made by `edit`, one update per transaction. */
function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  edit();
  doc.off('update', collect);
  return updates;
}

async function openSocket(url: string): Promise<WebSocket> {
  const opened = await rawSocket(url);
  if (!('socket' in opened)) throw new Error(`expected a socket, got HTTP ${opened.status}`);
  return opened.socket;
}

describe('a board larger than a websocket frame', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('publishes over HTTP and reaches other clients whole, while one frame of it is still refused', async () => {
    const source = sketchedBoard(40 * MiB);
    const update = Y.encodeStateAsUpdate(source);
    expect(update.byteLength).toBeGreaterThan(40 * MiB);
    const board = await server.createBoard('Series', 'series-board-forty');
    const docs = docClient(server, board);
    // Connected before the publish: receives it as one relayed frame, far over the frame limit.
    const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await whenSynced(watcher);

    // As one websocket frame the board is refused: BEATBOARD_MAX_FRAME_BYTES is 8 MiB, and a
    // frame just over it is refused the same way as the 40 MiB one (only faster to send).
    const socket = await openSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.owner}`);
    socket.send(encodeUpdate(update).subarray(0, 8 * MiB + 1));
    expect(await closeOf(socket)).toBe(1009);

    const published = await docs.post('board', board.tokens.owner, update);
    expect(published.status).toBe(200);
    expect(await published.json()).toEqual({ stored: true, bytes: update.byteLength });

    const digest = strokesDigest(source);
    await waitFor(() => sameVector(watcher.doc, source), 20_000, 'the watcher to receive the board');
    expect(strokesDigest(watcher.doc)).toBe(digest);

    const download = await docs.get('board', board.tokens.viewer);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(Number(download.headers.get('content-length'))).toBe(bytes.byteLength);
    const downloaded = new Y.Doc();
    Y.applyUpdate(downloaded, bytes);
    expect(sameVector(downloaded, source)).toBe(true);
    expect(strokesDigest(downloaded)).toBe(digest);

    const vector = await docs.get('board', board.tokens.viewer, '/state-vector');
    expect(new Uint8Array(await vector.arrayBuffer())).toEqual(Y.encodeStateVector(source));

    // Opening the link afterwards: the whole board arrives in the socket's first sync.
    watcher.destroy();
    const late = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await whenSynced(late, 20_000);
    expect(sameVector(late.doc, source)).toBe(true);
    expect(strokesDigest(late.doc)).toBe(digest);
  }, 60_000);
});

describe('the size limit of a board', () => {
  let server: TestServer;
  const env = { BEATBOARD_MAX_DOC_BYTES: String(2 * MiB) };
  beforeAll(async () => {
    server = await startTestServer(env);
  });
  afterAll(() => server.stop());

  /** Edits of about 600 KiB each, as separate updates of one doc. */
  function pieces(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
    const doc = new Y.Doc();
    const updates = updatesOf(doc, () => {
      for (let i = 0; i < count; i++) doc.getMap('pieces').set(`p${i}`, new Uint8Array(randomBytes(600 * 1024)));
    });
    return { doc, updates };
  }

  it('refuses the piece that would pass it with 413, keeps the rest, and the room stays healthy', async () => {
    const board = await server.createBoard('Pieces', 'pieces-board-1');
    const docs = docClient(server, board);
    const bystander = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(bystander);
    const { updates } = pieces(4);
    for (const piece of updates.slice(0, 3)) expect((await docs.post('board', board.tokens.writer, piece)).status).toBe(200);
    const refused = await docs.post('board', board.tokens.writer, updates[3]!);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: 'too_large' });

    // Streamed without a Content-Length, it is cut off as soon as it passes what is left.
    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 4 * MiB) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await server.api(`/api/boards/${board.id}/docs/board/updates`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${board.tokens.writer}`, 'Content-Type': 'application/octet-stream' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);

    const stored = await docs.download('board', board.tokens.viewer);
    expect([...stored.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);

    // Others still sync and edit.
    const other = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(other);
    expect([...other.doc.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);
    other.doc.getMap('meta').set('title', 'Still live');
    await waitFor(() => bystander.doc.getMap('meta').get('title') === 'Still live');
    expect(bystander.doc.getMap('pieces').has('p3')).toBe(false);

    // And the stored doc is intact after a restart.
    destroyAllClients();
    server = await server.restart();
    const reopened = await docClient(server, board).download('board', board.tokens.viewer);
    expect([...reopened.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);
    expect(reopened.getMap('meta').get('title')).toBe('Still live');
    const piece = (doc: Y.Doc) => Buffer.from(doc.getMap('pieces').get('p1') as Uint8Array);
    expect(piece(reopened).equals(piece(stored))).toBe(true);
  }, 30_000);

  it('closes a socket whose update would pass it with 4413, storing and relaying none of it', async () => {
    const board = await server.createBoard('Socket limit', 'socket-limit-board');
    const bystander = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(bystander);
    const { updates } = pieces(4);
    const socket = await openSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    // Well under the 8 MiB frame limit, but together past the room's 2 MiB.
    socket.send(encodeUpdate(Y.mergeUpdates(updates)));
    expect(await closed).toEqual({ code: 4413, reason: 'board is at its size limit' });

    expect(bystander.provider.wsconnected).toBe(true);
    bystander.doc.getMap('meta').set('title', 'Carries on');
    const other = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => other.doc.getMap('meta').get('title') === 'Carries on');
    expect(other.doc.getMap('pieces').size).toBe(0);
    const stored = await docClient(server, board).download('board', board.tokens.viewer);
    expect(stored.getMap('pieces').size).toBe(0);
  });
});

describe('who may read and write docs over HTTP', () => {
  let server: TestServer;
  let board: CreatedBoard;
  let docs: ReturnType<typeof docClient>;
  beforeAll(async () => {
    server = await startTestServer();
    board = await server.createBoard('Access');
    docs = docClient(server, board);
  });
  afterAll(() => server.stop());

  const edit = (key: string) => {
    const doc = new Y.Doc();
    doc.getMap('probe').set(key, true);
    return Y.encodeStateAsUpdate(doc);
  };

  it('serves both docs to every role and refuses a bad token with 401', async () => {
    for (const role of ['owner', 'writer', 'director', 'viewer'] as const) {
      expect((await docs.get('board', board.tokens[role])).status).toBe(200);
      expect((await docs.get('notes', board.tokens[role], '/state-vector')).status).toBe(200);
    }
    const board2 = await server.createBoard('Other');
    for (const token of ['not-a-token', board2.tokens.owner]) {
      const response = await docs.get('board', token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
      expect((await docs.post('board', token, edit('nope'))).status).toBe(401);
    }
    expect((await server.api(`/api/boards/${board.id}/docs/board`)).status).toBe(401);
  });

  it('serves a doc in the V2 encoding on request, the same state as V1', async () => {
    const own = await server.createBoard('Encodings');
    const path = `/api/boards/${own.id}/docs/board`;
    const auth = { Authorization: `Bearer ${own.tokens.owner}` };
    const posted = await server.api(`${path}/updates`, {
      method: 'POST', headers: { ...auth, 'Content-Type': 'application/octet-stream' }, body: edit('both-encodings') as Uint8Array<ArrayBuffer>,
    });
    expect(posted.status).toBe(200);
    const v1 = new Y.Doc();
    Y.applyUpdate(v1, new Uint8Array(await (await server.api(path, { headers: auth })).arrayBuffer()));
    const response = await server.api(`${path}?encoding=v2`, { headers: auth });
    expect(response.status).toBe(200);
    const v2 = new Y.Doc();
    Y.applyUpdateV2(v2, new Uint8Array(await response.arrayBuffer()));
    expect(v2.getMap('probe').toJSON()).toEqual({ 'both-encodings': true });
    expect(v2.getMap('probe').toJSON()).toEqual(v1.getMap('probe').toJSON());
    const wrong = await server.api(`${path}?encoding=v3`, { headers: auth });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid' });
  });

  it('answers 404 for an unknown doc name or board', async () => {
    const unknownDoc = await docs.get('script', board.tokens.owner);
    expect(unknownDoc.status).toBe(404);
    expect(await unknownDoc.json()).toMatchObject({ error: 'not_found' });
    expect((await docs.post('script', board.tokens.owner, edit('x'))).status).toBe(404);
    const unknownBoard = await server.api('/api/boards/no-such-board/docs/board', {
      headers: { Authorization: `Bearer ${board.tokens.owner}` },
    });
    expect(unknownBoard.status).toBe(404);
  });

  it('lets each role write only the docs it may write', async () => {
    const allowed = { owner: ['board', 'notes'], writer: ['board', 'notes'], director: ['notes'], viewer: [] as string[] };
    for (const [role, mayWrite] of Object.entries(allowed) as [keyof typeof allowed, string[]][]) {
      for (const doc of ['board', 'notes']) {
        const response = await docs.post(doc, board.tokens[role], edit(`${role}-${doc}`));
        expect(response.status).toBe(mayWrite.includes(doc) ? 200 : 403);
        if (!mayWrite.includes(doc)) expect(await response.json()).toMatchObject({ error: 'forbidden' });
      }
    }
    const notes = await docs.download('notes', board.tokens.viewer);
    expect([...notes.getMap('probe').keys()].sort()).toEqual(['director-notes', 'owner-notes', 'writer-notes']);
    const boardDoc = await docs.download('board', board.tokens.viewer);
    expect([...boardDoc.getMap('probe').keys()].sort()).toEqual(['owner-board', 'writer-board']);
  });

  it('refuses a body that is not a Yjs update with 400 and stores nothing; an empty update stores nothing', async () => {
    const before = await docs.get('board', board.tokens.owner, '/state-vector');
    const vector = new Uint8Array(await before.arrayBuffer());
    const valid = edit('cut-short');
    const deleting = new Y.Doc();
    deleting.getMap('probe').set('gone', true);
    deleting.getMap('probe').set('half-applied', true);
    deleting.getMap('probe').delete('gone');
    const bodies = [
      new Uint8Array([200, 1, 55, 12, 0, 9, 9, 9]),
      valid.slice(0, valid.byteLength - 3),
      // Cut short in its delete set, after structs that applying alone would integrate.
      Y.encodeStateAsUpdate(deleting).slice(0, -1),
      new Uint8Array(0),
    ];
    for (const body of bodies) {
      const response = await docs.post('board', board.tokens.writer, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'bad_update' });
    }
    const empty = await docs.post('board', board.tokens.writer, Y.encodeStateAsUpdate(new Y.Doc()));
    expect(empty.status).toBe(200);
    const after = await docs.get('board', board.tokens.owner, '/state-vector');
    expect(new Uint8Array(await after.arrayBuffer())).toEqual(vector);
  });

  it('relays a posted update to every connected client of that doc', async () => {
    const client = connectClient(server.syncUrl, `${board.id}/notes`, board.tokens.viewer);
    await whenSynced(client);
    expect((await docs.post('notes', board.tokens.director, edit('relayed'))).status).toBe(200);
    await waitFor(() => client.doc.getMap('probe').get('relayed') === true);
  });
});
