import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEpisode, addShot, addStroke, BOARD_ROLES, initBoard, readBoard, updateShot, type BoardRole,
} from '../../src/model';
import { versionDocOf } from '../../src/model/versions/snapshot';
import type { VersionMeta } from '../../src/model/versions/types';
import { decodeUpdateList, UPDATE_LIST_TYPE } from '../../src/model/versions/updateList';
import {
  connectClient, destroyAllClients, pause, startTestServer, whenSynced, type CreatedBoard, type TestServer,
} from '../testing/syncHarness';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The servers' clock: versions take their times from it, tests move it. */
const clock = { t: Date.UTC(2026, 2, 2, 9, 5) };
const now = () => clock.t;

afterEach(() => destroyAllClients());

function versionsOf(server: TestServer, board: CreatedBoard) {
  const base = `/api/boards/${board.id}/versions`;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    listResponse: (token: string) => server.api(base, { headers: auth(token) }),
    async list(token = board.tokens.viewer): Promise<VersionMeta[]> {
      const response = await server.api(base, { headers: auth(token) });
      expect(response.status).toBe(200);
      return ((await response.json()) as { versions: VersionMeta[] }).versions;
    },
    createResponse: (token: string, body: unknown) =>
      server.api(base, { method: 'POST', headers: { ...auth(token), 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    async create(body: unknown, token = board.tokens.writer): Promise<VersionMeta> {
      const response = await this.createResponse(token, body);
      expect(response.status).toBe(201);
      return ((await response.json()) as { version: VersionMeta }).version;
    },
    docResponse: (token: string, versionId: string, doc = 'board') =>
      server.api(`${base}/${versionId}/docs/${doc}`, { headers: auth(token) }),
    /** A version's doc, applied to a fresh Y.Doc. */
    async doc(versionId: string, doc: 'board' | 'notes' = 'board'): Promise<Y.Doc> {
      const response = await this.docResponse(board.tokens.viewer, versionId, doc);
      expect(response.status).toBe(200);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, new Uint8Array(await response.arrayBuffer()));
      return copy;
    },
    deleteResponse: (token: string, versionId: string) => server.api(`${base}/${versionId}`, { method: 'DELETE', headers: auth(token) }),
  };
}

/** The board as the server has it now, as a doc of our own. */
async function download(server: TestServer, board: CreatedBoard, doc = 'board'): Promise<Y.Doc> {
  const response = await server.api(`/api/boards/${board.id}/docs/${doc}`, { headers: { Authorization: `Bearer ${board.tokens.owner}` } });
  expect(response.status).toBe(200);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, new Uint8Array(await response.arrayBuffer()));
  return copy;
}

async function upload(server: TestServer, board: CreatedBoard, update: Uint8Array, doc = 'board'): Promise<void> {
  const response = await server.api(`/api/boards/${board.id}/docs/${doc}/updates`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${board.tokens.owner}`, 'Content-Type': 'application/octet-stream' },
    body: update as Uint8Array<ArrayBuffer>,
  });
  expect(response.status).toBe(200);
}

/** Edits the server's board doc over HTTP and resolves, once stored, with the doc as it now is. */
async function editBoard(server: TestServer, board: CreatedBoard, edit: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const doc = await download(server, board);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  await upload(server, board, Y.encodeStateAsUpdate(doc, before));
  return doc;
}

const firstEpisode = (doc: Y.Doc) => readBoard(doc).episodes[0]!.id;
const stroke = { tool: 'pen' as const, color: '#222222', width: 0.01, points: [0.1, 0.1, 0.5, 0.5, 0.9, 0.2] };

describe('version routes', () => {
  let server: TestServer;

  beforeAll(async () => {
    // Rooms stay loaded through each test, so no version is made by an unload meanwhile.
    server = await startTestServer({ BEATBOARD_ROOM_GRACE_MS: '60000', BEATBOARD_MAX_NAMED_VERSIONS: '6' }, undefined, { now });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('checks the token and the role on every route, each role against each route', async () => {
    const board = await server.createBoard('Roles');
    const versions = versionsOf(server, board);
    const [publish] = await versions.list();
    const allowed: Record<string, BoardRole[]> = {
      list: [...BOARD_ROLES], create: ['owner', 'writer'], fetch: [...BOARD_ROLES], delete: ['owner'],
    };
    for (const role of BOARD_ROLES) {
      const token = board.tokens[role];
      const named = await versions.create({ name: `Kept by ${role}` }, board.tokens.owner);
      const answers = {
        list: (await versions.listResponse(token)).status,
        create: (await versions.createResponse(token, { name: `By ${role}` })).status,
        fetch: (await versions.docResponse(token, publish!.id, 'notes')).status,
        delete: (await versions.deleteResponse(token, named.id)).status,
      };
      expect(answers).toEqual({
        list: allowed.list!.includes(role) ? 200 : 403,
        create: allowed.create!.includes(role) ? 201 : 403,
        fetch: allowed.fetch!.includes(role) ? 200 : 403,
        delete: allowed.delete!.includes(role) ? 204 : 403,
      });
    }

    const other = await server.createBoard('Another');
    const routes = (token: string | null, query = '') => {
      const headers = token ? { Authorization: `Bearer ${token}` } : undefined;
      const base = `/api/boards/${board.id}/versions`;
      return Promise.all([
        server.api(`${base}${query}`, { headers }),
        server.api(`${base}${query}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{"name":"x"}' }),
        server.api(`${base}/${publish!.id}/docs/board${query}`, { headers }),
        server.api(`${base}/${publish!.id}${query}`, { method: 'DELETE', headers }),
      ]);
    };
    const errorsOf = async (responses: Response[]) =>
      Promise.all(responses.map(async (response) => [response.status, ((await response.json()) as { error: string }).error]));
    const unauthorized = Array(4).fill([401, 'unauthorized']);
    expect(await errorsOf(await routes(null))).toEqual(unauthorized);
    expect(await errorsOf(await routes('not-a-token'))).toEqual(unauthorized);
    expect(await errorsOf(await routes(other.tokens.owner))).toEqual(unauthorized);
    // A token in the URL is refused even alongside a valid header: it would end up in logs and caches.
    expect(await errorsOf(await routes(board.tokens.owner, `?token=${board.tokens.owner}`))).toEqual(
      Array(4).fill([401, 'token_in_url']),
    );

    const owner = { Authorization: `Bearer ${board.tokens.owner}` };
    expect((await server.api('/api/boards/nosuchboard/versions', { headers: owner })).status).toBe(404);
    expect((await versions.docResponse(board.tokens.owner, 'nosuchversion')).status).toBe(404);
    expect((await versions.docResponse(board.tokens.owner, publish!.id, 'script')).status).toBe(404);
    expect((await versions.deleteResponse(board.tokens.owner, 'nosuchversion')).status).toBe(404);
    // A version is found only under its own board.
    expect((await versionsOf(server, other).docResponse(other.tokens.owner, publish!.id)).status).toBe(404);
  });

  it('makes, lists, serves and deletes versions; each holds the board as it was', async () => {
    clock.t = Date.UTC(2026, 2, 3, 10, 0);
    const board = await server.createBoard('Pilot');
    const versions = versionsOf(server, board);

    // A board the server seeds has its `publish` version from the start.
    const [publish, ...none] = await versions.list();
    expect(none).toEqual([]);
    expect(publish).toMatchObject({
      kind: 'auto', reason: 'publish', name: null, author: null, createdAt: clock.t,
      summary: { episodes: { added: 1, removed: 0, changed: 0 }, shots: { added: 0, removed: 0, changed: 0 }, sketchesChanged: 0 },
    });

    const shots: string[] = [];
    const first = await editBoard(server, board, (doc) => {
      const episodeId = firstEpisode(doc);
      for (let i = 0; i < 3; i++) shots.push(addShot(doc, { episodeId, content: { action: `Shot ${i}` } }));
      addEpisode(doc, { title: 'Episode 2' });
    });
    clock.t += 60_000;
    const named = await versions.create({ name: '  Table read  ', author: { name: 'Ana', color: '#e11d48' } });
    expect(named).toMatchObject({
      kind: 'named', name: 'Table read', reason: null, createdAt: clock.t, author: { name: 'Ana', color: '#e11d48' },
      summary: { episodes: { added: 1, removed: 0, changed: 0 }, shots: { added: 3, removed: 0, changed: 0 }, sketchesChanged: 0 },
    });

    const second = await editBoard(server, board, (doc) => {
      updateShot(doc, shots[0]!, { action: 'Rewritten' });
      addStroke(doc, shots[1]!, stroke);
    });
    clock.t += 60_000;
    const before = await versions.create({ reason: 'before-script-update', author: { name: 'Bo' } }, board.tokens.owner);
    expect(before).toMatchObject({
      kind: 'auto', name: null, reason: 'before-script-update', author: { name: 'Bo' },
      summary: { episodes: { added: 0, removed: 0, changed: 0 }, shots: { added: 0, removed: 0, changed: 2 }, sketchesChanged: 1 },
    });

    // Newest first. (The `publish` version stays: within one hour the newest automatic version
    // is kept, and a version made before a script update besides; named ones always are.)
    const listed = await versions.list();
    expect(listed.map((version) => version.id)).toEqual([before.id, named.id, publish!.id]);
    expect(listed[0]).toEqual(before);

    // Each version's snapshot is the board as it was when it was made.
    expect(readBoard(await versions.doc(named.id))).toEqual(readBoard(first));
    expect(readBoard(await versions.doc(before.id))).toEqual(readBoard(second));
    const response = await versions.docResponse(board.tokens.director, named.id);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(bytes.byteLength).toBe(named.boardBytes);
    expect((await versions.doc(named.id, 'notes')).share.size).toBe(0);

    const refused = await versions.deleteResponse(board.tokens.owner, before.id);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'not_named' });
    expect((await versions.deleteResponse(board.tokens.owner, named.id)).status).toBe(204);
    expect((await versions.list()).map((version) => version.id)).toEqual([before.id, publish!.id]);
    expect((await versions.docResponse(board.tokens.owner, named.id)).status).toBe(404);
  });

  it('keeps the notes doc in a version too', async () => {
    const board = await server.createBoard('Notes');
    const notes = new Y.Doc();
    notes.getMap('comments').set('c1', 'A comment');
    await upload(server, board, Y.encodeStateAsUpdate(notes), 'notes');
    const version = await versionsOf(server, board).create({ name: 'With a comment' });
    expect(version.notesBytes).toBeGreaterThan(2);
    expect((await versionsOf(server, board).doc(version.id, 'notes')).getMap('comments').get('c1')).toBe('A comment');
  });

  it('makes a version on the doc’s stored base when the doc grew little since, and serves it as the base and the difference', async () => {
    const board = await server.createBoard('On a base');
    const versions = versionsOf(server, board);
    const grown = await editBoard(server, board, (doc) => {
      const episodeId = firstEpisode(doc);
      for (let i = 0; i < 40; i++) addStroke(doc, addShot(doc, { episodeId }), stroke);
    });
    const first = await versions.create({ name: 'Forty panels' });
    const edited = await editBoard(server, board, (doc) => updateShot(doc, readBoard(doc).shotsByEpisode[firstEpisode(doc)]![3]!, { scene: 'INT. BARGE' }));
    const second = await versions.create({ name: 'One scene' });
    // The second keeps only what changed: far less than the board.
    expect(second.storedBytes).toBeLessThan(second.boardBytes / 10);

    const asList = (versionId: string) => server.api(`/api/boards/${board.id}/versions/${versionId}/docs/board`, {
      headers: { Authorization: `Bearer ${board.tokens.viewer}`, Accept: UPDATE_LIST_TYPE },
    });
    const response = await asList(second.id);
    expect(response.headers.get('content-type')).toBe(UPDATE_LIST_TYPE);
    expect(response.headers.get('vary')).toBe('Accept');
    const updates = decodeUpdateList(new Uint8Array(await response.arrayBuffer()));
    expect(updates).toHaveLength(2);
    expect(updates[0]!.byteLength + updates[1]!.byteLength).toBe(second.boardBytes);
    expect(readBoard(versionDocOf(updates))).toEqual(readBoard(edited));
    // A client that asks for one update gets the two merged; the first version is its base alone.
    expect(readBoard(await versions.doc(second.id))).toEqual(readBoard(edited));
    expect(decodeUpdateList(new Uint8Array(await (await asList(first.id)).arrayBuffer()))).toHaveLength(1);
    expect(readBoard(await versions.doc(first.id))).toEqual(readBoard(grown));

    // A doc that grew by more than a quarter of its base starts a new base.
    await editBoard(server, board, (doc) => {
      const episodeId = firstEpisode(doc);
      for (let i = 0; i < 30; i++) addStroke(doc, addShot(doc, { episodeId }), stroke);
    });
    const third = await versions.create({ name: 'Thirty more' });
    expect(third.storedBytes).toBeGreaterThanOrEqual(third.boardBytes);
    expect(decodeUpdateList(new Uint8Array(await (await asList(third.id)).arrayBuffer()))).toHaveLength(1);
    // The older versions still read as they were.
    expect(readBoard(await versions.doc(second.id))).toEqual(readBoard(edited));
  });

  it('refuses a body that is not exactly one of a name and a client reason', async () => {
    const board = await server.createBoard('Bodies');
    const versions = versionsOf(server, board);
    const bodies: unknown[] = [
      {}, { name: 'A', reason: 'before-restore' }, { name: '   ' }, { name: 'x'.repeat(121) }, { reason: 'hourly' },
      { reason: 'publish' }, { name: 42 }, { name: 'A', author: { name: '' } }, { name: 'A', author: 'Ana' }, 'just text',
    ];
    for (const body of bodies) {
      const response = await versions.createResponse(board.tokens.owner, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid' });
    }
    const notJson = await server.api(`/api/boards/${board.id}/versions`, {
      method: 'POST', headers: { Authorization: `Bearer ${board.tokens.owner}` }, body: 'not json',
    });
    expect(notJson.status).toBe(400);
    expect((await versions.create({ name: 'x'.repeat(120) })).name).toHaveLength(120);
    for (const reason of ['before-script-update', 'before-backup-restore', 'before-restore']) {
      expect(await versions.create({ reason })).toMatchObject({ kind: 'auto', reason, author: null });
    }
  });

  it('keeps at most BEATBOARD_MAX_NAMED_VERSIONS named versions, and makes at most 20 versions a minute', async () => {
    const board = await server.createBoard('Limits');
    const versions = versionsOf(server, board);
    const named: VersionMeta[] = [];
    for (let i = 0; i < 6; i++) {
      clock.t += 1000;
      named.push(await versions.create({ name: `Take ${i}` }));
    }
    const refused = await versions.createResponse(board.tokens.writer, { name: 'One more' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'too_many_versions' });
    // Automatic versions are not counted: retention thins those.
    await versions.create({ reason: 'before-restore' });
    expect((await versions.deleteResponse(board.tokens.owner, named[0]!.id)).status).toBe(204);
    await versions.create({ name: 'One more' });

    // 9 asked for so far this minute: 6 named, the refused one, and 2 more.
    for (let i = 9; i < 20; i++) await versions.create({ reason: 'before-script-update' });
    const tooFast = await versions.createResponse(board.tokens.owner, { reason: 'before-restore' });
    expect(tooFast.status).toBe(429);
    expect(await tooFast.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(tooFast.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('makes two versions asked for at once one after the other', async () => {
    const board = await server.createBoard('At once');
    const versions = versionsOf(server, board);
    await editBoard(server, board, (doc) => addShot(doc, { episodeId: firstEpisode(doc) }));
    clock.t += 1000;
    const [a, b] = await Promise.all([versions.create({ name: 'A' }), versions.create({ name: 'B' })]);
    // Whichever came second is summed up against the first, not against the `publish` version.
    const [earlier, later] = a.summary.shots.added === 1 ? [a, b] : [b, a];
    expect(earlier.summary.shots.added).toBe(1);
    expect(later.summary).toEqual({
      episodes: { added: 0, removed: 0, changed: 0 }, shots: { added: 0, removed: 0, changed: 0 }, sketchesChanged: 0,
    });
    expect((await versions.list()).map((version) => version.name)).toEqual([later.name, earlier.name, null]);
  });

  it('thins automatic versions by age: one an hour for two days, one a day for sixty, named ones kept', async () => {
    const hour = Date.UTC(2026, 3, 1, 8, 0);
    clock.t = hour + 5 * 60_000;
    const board = await server.createBoard('Retention');
    const versions = versionsOf(server, board);
    const ids = async () => (await versions.list()).map((version) => version.reason ?? version.name);
    clock.t = hour + 6 * 60_000;
    await versions.create({ name: 'Keep me' });
    clock.t = hour + 10 * 60_000;
    await versions.create({ reason: 'before-restore' });
    // The same UTC hour as the `publish` version: a version made before a restore is kept beside
    // the hour's newest other one (it is the board as it was before it was replaced).
    expect(await ids()).toEqual(['before-restore', 'Keep me', 'publish']);
    clock.t = hour + 70 * 60_000;
    await versions.create({ reason: 'before-script-update' });
    expect(await ids()).toEqual(['before-script-update', 'before-restore', 'Keep me', 'publish']);
    // Three days on, that day's versions are thinned to its newest, safety versions too.
    clock.t = hour + 3 * DAY;
    await versions.create({ reason: 'before-backup-restore' });
    expect(await ids()).toEqual(['before-backup-restore', 'before-script-update', 'Keep me']);
    // Past sixty days, automatic versions go, except the newest; named ones stay.
    clock.t = hour + 70 * DAY;
    await versions.create({ name: 'Much later' });
    expect(await ids()).toEqual(['Much later', 'before-backup-restore', 'Keep me']);
  });
});

describe('automatic versions', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_VERSION_QUIET_MS: '300', BEATBOARD_VERSION_CHECK_MS: '50' }, undefined, { now });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('makes one `publish` version once a board published from a browser has synced in and gone quiet', async () => {
    clock.t = Date.UTC(2026, 4, 1, 12, 0);
    const local = new Y.Doc();
    const { episodeId } = initBoard(local, { title: 'Made offline' });
    const shotIds = [addShot(local, { episodeId }), addShot(local, { episodeId })];
    addStroke(local, shotIds[0]!, stroke);
    const board = await server.createBoard('Made offline', 'offline-board-1');
    const versions = versionsOf(server, board);
    expect(await versions.list()).toEqual([]);

    const client = connectClient(server.syncUrl, board.id, board.tokens.owner, local);
    await whenSynced(client);
    await pollUntil(async () => (await versions.list()).length > 0, 'the publish version');
    const listed = await versions.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      kind: 'auto', reason: 'publish', author: null,
      summary: { episodes: { added: 1, removed: 0, changed: 0 }, shots: { added: 2, removed: 0, changed: 0 }, sketchesChanged: 0 },
    });
    expect(readBoard(await versions.doc(listed[0]!.id))).toEqual(readBoard(local));

    // Further edits are not a publish: the board has its version.
    addShot(local, { episodeId });
    await pause(600);
    expect((await versions.list()).map((version) => version.reason)).toEqual(['publish']);
  });

  it('waits for every piece of a board uploaded in pieces, and makes none for a board still empty', async () => {
    const local = new Y.Doc();
    const pieces: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => pieces.push(update));
    const { episodeId } = initBoard(local, { title: 'In pieces' });
    for (let i = 0; i < 4; i++) addShot(local, { episodeId, content: { action: `Piece ${i}` } });
    const board = await server.createBoard('In pieces', 'offline-board-2');
    const empty = await server.createBoard('Never synced', 'offline-board-3');
    const versions = versionsOf(server, board);
    // Further apart than the rooms' grace, so the room unloads between pieces: still one
    // version, of the whole board, once the pieces stop coming.
    for (const piece of pieces) {
      await upload(server, board, piece);
      await pause(100);
    }
    // Changes to the notes alone are no content: the board doc has not arrived.
    const notes = new Y.Doc();
    notes.getMap('comments').set('c1', 'early');
    await upload(server, empty, Y.encodeStateAsUpdate(notes), 'notes');

    await pollUntil(async () => (await versions.list()).length > 0, 'the publish version');
    const [publish, ...more] = await versions.list();
    expect(more).toEqual([]);
    expect(publish!.summary.shots.added).toBe(4);
    expect(readBoard(await versions.doc(publish!.id))).toEqual(readBoard(local));
    await pause(500);
    expect(await versionsOf(server, empty).list()).toEqual([]);
  });

  it('makes an `hourly` version of a changed board once its last version is an hour old, and when its room unloads', async () => {
    clock.t = Date.UTC(2026, 4, 2, 9, 0);
    const board = await server.createBoard('Hourly');
    const versions = versionsOf(server, board);
    // A connected client keeps the rooms loaded.
    const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await whenSynced(watcher);
    let shotId = '';
    await editBoard(server, board, (doc) => {
      shotId = addShot(doc, { episodeId: firstEpisode(doc) });
    });
    clock.t += 59 * 60_000;
    await pause(300);
    expect((await versions.list()).map((version) => version.reason)).toEqual(['publish']);

    clock.t += 60_000;
    await pollUntil(async () => (await versions.list()).length === 2, 'the hourly version');
    const [hourly] = await versions.list();
    expect(hourly).toMatchObject({ kind: 'auto', reason: 'hourly', createdAt: clock.t, author: null });
    expect(hourly!.summary.shots.added).toBe(1);

    // Nothing changed since: no more versions, however much time passes.
    clock.t += 3 * HOUR;
    await pause(300);
    expect(await versions.list()).toHaveLength(2);

    // A change, then the last client leaves: the room gets a version as it unloads.
    const last = await editBoard(server, board, (doc) => addStroke(doc, shotId, stroke));
    clock.t += 60_000;
    watcher.destroy();
    await pollUntil(async () => (await versions.list()).length === 3, 'the version made on unload');
    const [unloaded] = await versions.list();
    expect(unloaded).toMatchObject({ reason: 'hourly', summary: { sketchesChanged: 1 } });
    expect(readBoard(await versions.doc(unloaded!.id))).toEqual(readBoard(last));
  });

  it('keeps versions across a restart, and versions a changed room as the server stops', async () => {
    clock.t = Date.UTC(2026, 4, 3, 9, 0);
    const board = await server.createBoard('Restart');
    const versions = versionsOf(server, board);
    clock.t += 60_000;
    const named = await versions.create({ name: 'Before the restart' });
    const client = connectClient(server.syncUrl, board.id, board.tokens.owner);
    await whenSynced(client);
    const edited = await editBoard(server, board, (doc) => addShot(doc, { episodeId: firstEpisode(doc) }));
    clock.t += 60_000;

    server = await server.restart();
    const after = versionsOf(server, board);
    const listed = await after.list();
    expect(listed.map((version) => version.reason ?? version.name)).toEqual(['hourly', 'Before the restart']);
    expect(listed[1]).toEqual(named);
    expect(readBoard(await after.doc(listed[0]!.id))).toEqual(readBoard(edited));

    // A board published just before the server stops gets its `publish` version as it stops.
    const local = new Y.Doc();
    initBoard(local, { title: 'Late' });
    const late = await server.createBoard('Late', 'offline-board-4');
    await upload(server, late, Y.encodeStateAsUpdate(local));
    server = await server.restart();
    const [publish, ...more] = await versionsOf(server, late).list();
    expect(more).toEqual([]);
    expect(publish).toMatchObject({ reason: 'publish' });
  });
});

/** Polls an async condition until it holds. */
async function pollUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await pause(50);
  }
}
