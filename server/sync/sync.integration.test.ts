import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment, addMark, addShot, readBoard, readNotes, setApproval, setText, updateShot, BOARD_ROLES, type BoardRole,
} from '../../src/model';
import { signToken } from '../auth/tokens';
import {
  closeOf, connectClient, destroyAllClients, pause, rawSocket, startTestServer, TEST_SECRET, waitFor, whenSynced,
  type CreatedBoard,
} from '../testing/syncHarness';
import { SERVER_MODES, serverMode } from '../testing/scaleOutServices';
import { encodeUpdate } from './protocol';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

let mode: ReturnType<typeof serverMode>;

// Every rule here holds in both modes: one process on SQLite, and scale-out on PostgreSQL and Redis.
describe.each(SERVER_MODES)('%s', (name) => {
  beforeAll(async () => {
    mode = serverMode(name);
    await mode.start();
    server = await startTestServer(await mode.settings());
  }, 60_000);
  afterAll(async () => {
    destroyAllClients();
    await server.stop();
    await mode.stop();
  });
  defineSyncTests();
});
afterEach(() => destroyAllClients());

const title = (doc: Y.Doc) => doc.getMap('meta').get('title');
const firstEpisode = (doc: Y.Doc) => readBoard(doc).episodes[0]!.id;

/** Reads a room as it is stored: waits for the room to unload, then a fresh owner client. */
async function storedDoc(board: CreatedBoard, room: string): Promise<Y.Doc> {
  await pause(150);
  const fresh = connectClient(server.syncUrl, room, board.tokens.owner);
  await whenSynced(fresh);
  return fresh.doc;
}

function defineSyncTests(): void {
  describe('live sync', () => {
    it('serves a new board with its meta and one episode, and converges concurrent edits', async () => {
      const board = await server.createBoard('Canal Heiress');
      const [a, b, c] = [0, 1, 2].map(() => connectClient(server.syncUrl, board.id, board.tokens.writer));
      await Promise.all([a, b, c].map((client) => whenSynced(client!)));
      expect(title(a!.doc)).toBe('Canal Heiress');
      expect(readBoard(a!.doc).episodes).toHaveLength(1);

      const episodeId = firstEpisode(a!.doc);
      const shotId = addShot(a!.doc, { episodeId });
      await waitFor(() => readBoard(b!.doc).shots[shotId] !== undefined && readBoard(c!.doc).shots[shotId] !== undefined);
      // Three people at once: a new shot each, a field, and the same text field.
      addShot(a!.doc, { episodeId });
      addShot(b!.doc, { episodeId });
      updateShot(c!.doc, shotId, { scene: 'EXT. CANAL - DAWN' });
      updateShot(a!.doc, shotId, { action: 'She steps off the boat.' });
      updateShot(b!.doc, shotId, { notes: 'Hold on her face.' });
      const sameState = () =>
        [b, c].every((client) => Buffer.from(Y.encodeStateVector(client!.doc)).equals(Buffer.from(Y.encodeStateVector(a!.doc))));
      await waitFor(sameState, 5000, 'all clients to converge');
      const boards = [a, b, c].map((client) => readBoard(client!.doc));
      expect(boards[1]).toEqual(boards[0]);
      expect(boards[2]).toEqual(boards[0]);
      expect(boards[0]!.shotsByEpisode[episodeId]).toHaveLength(3);
      expect(boards[0]!.shots[shotId]).toMatchObject({ scene: 'EXT. CANAL - DAWN', action: 'She steps off the boat.', notes: 'Hold on her face.' });
    });

    const matrix: { role: BoardRole; board: boolean; notes: boolean }[] = [
      { role: 'owner', board: true, notes: true },
      { role: 'writer', board: true, notes: true },
      { role: 'director', board: false, notes: true },
      { role: 'viewer', board: false, notes: false },
    ];

    it.each(matrix)('$role: writes the board doc $board, the notes doc $notes; refused writes reach nobody', async ({ role, board: mayBoard, notes: mayNotes }) => {
      const board = await server.createBoard(`Roles ${role}`);
      for (const [room, allowed] of [[board.id, mayBoard], [`${board.id}/notes`, mayNotes]] as const) {
        const watcher = connectClient(server.syncUrl, room, board.tokens.owner);
        const actor = connectClient(server.syncUrl, room, board.tokens[role]);
        await Promise.all([whenSynced(watcher), whenSynced(actor)]);
        actor.doc.getMap('probe').set('by', role);
        // A later write by the owner proves the relay has passed the point where the probe would be.
        await pause(100);
        watcher.doc.getMap('probe').set('after', 'owner');
        await waitFor(() => actor.doc.getMap('probe').get('after') === 'owner', 5000, 'the owner write to arrive');
        expect(watcher.doc.getMap('probe').get('by')).toBe(allowed ? role : undefined);
        expect(actor.provider.wsconnected).toBe(true);
        watcher.destroy();
        actor.destroy();
        const stored = await storedDoc(board, room);
        expect(stored.getMap('probe').get('by')).toBe(allowed ? role : undefined);
        expect(stored.getMap('probe').get('after')).toBe('owner');
      }
    });

    it('lets a director write comments, marks and approvals, and drops the director’s board edits', async () => {
      const board = await server.createBoard('Review');
      const writerBoard = connectClient(server.syncUrl, board.id, board.tokens.writer);
      const writerNotes = connectClient(server.syncUrl, `${board.id}/notes`, board.tokens.writer);
      const directorBoard = connectClient(server.syncUrl, board.id, board.tokens.director);
      const directorNotes = connectClient(server.syncUrl, `${board.id}/notes`, board.tokens.director);
      await Promise.all([writerBoard, writerNotes, directorBoard, directorNotes].map((client) => whenSynced(client)));
      const shotId = addShot(writerBoard.doc, { episodeId: firstEpisode(writerBoard.doc) });
      await waitFor(() => readBoard(directorBoard.doc).shots[shotId] !== undefined);

      const dee = { id: 'd', name: 'Dee', color: '#e4572e' };
      addComment(directorNotes.doc, { shotId, region: { x: 0.1, y: 0.1, w: 0.4, h: 0.3 }, author: dee, text: 'Tighter.' });
      addMark(directorNotes.doc, shotId, { tool: 'pen', color: '#e00000', width: 0.01, points: [0.2, 0.2, 0.6, 0.6] });
      setApproval(directorNotes.doc, shotId, 'changes', 'Dee');
      updateShot(directorBoard.doc, shotId, { scene: 'DIRECTOR WAS HERE' });
      await waitFor(() => {
        const notes = readNotes(writerNotes.doc);
        return notes.comments.length === 1 && notes.marks[shotId]?.length === 1 && notes.approvals[shotId]?.status === 'changes';
      });
      // A later writer edit proves the director's board edit had its chance to arrive.
      updateShot(writerBoard.doc, shotId, { sound: 'Rain.' });
      await waitFor(() => readBoard(directorBoard.doc).shots[shotId]?.sound === 'Rain.');
      expect(readBoard(writerBoard.doc).shots[shotId]?.scene).not.toBe('DIRECTOR WAS HERE');
    });

    it('relays the awareness of a viewer, who shows as present', async () => {
      const board = await server.createBoard();
      const owner = connectClient(server.syncUrl, board.id, board.tokens.owner);
      const viewer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await Promise.all([whenSynced(owner), whenSynced(viewer)]);
      viewer.provider.awareness.setLocalStateField('user', { name: 'Watching Wen' });
      await waitFor(() =>
        [...owner.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Watching Wen'),
      );
    });

    describe('refuses bad tokens at the upgrade with 401', () => {
      let board: CreatedBoard;
      let other: CreatedBoard;
      beforeAll(async () => {
        board = await server.createBoard();
        other = await server.createBoard();
      });
      const forged = () => signToken('a-completely-different-secret', { b: board.id, r: 'owner', iat: Date.now(), id: 'x' });
      const tampered = () => {
        const [, signature] = board.tokens.viewer.split('.');
        const payload = Buffer.from(JSON.stringify({ b: board.id, r: 'owner', iat: Date.now(), id: 'x' })).toString('base64url');
        return `${payload}.${signature}`;
      };
      const expired = () => signToken(TEST_SECRET, { b: board.id, r: 'writer', iat: Date.now() - 10_000, id: 'x', exp: Date.now() - 1 });
      const cases: [string, () => string | null][] = [
        ['missing', () => null],
        ['garbage', () => 'not-a-token'],
        ['forged', forged],
        ['tampered', tampered],
        ['expired', expired],
        ['other board', () => other.tokens.owner],
      ];
      it.each(cases)('%s', async (_name, token) => {
        const value = token();
        for (const room of [board.id, `${board.id}/notes`]) {
          const result = await rawSocket(`${server.syncUrl}/${room}${value === null ? '' : `?token=${encodeURIComponent(value)}`}`);
          expect(result).toEqual({ status: 401 });
        }
        const access = await server.api(`/api/boards/${board.id}/access`, value ? { headers: { Authorization: `Bearer ${value}` } } : {});
        expect(access.status).toBe(401);
        expect(await access.json()).toMatchObject({ error: 'unauthorized' });
      });
    });

    it('closes only the connection that sends a malformed frame, leaving the doc and others untouched', async () => {
      const board = await server.createBoard('Intact');
      const bystander = connectClient(server.syncUrl, board.id, board.tokens.writer);
      await whenSynced(bystander);
      const before = Y.encodeStateVector(bystander.doc);
      const valid = new Y.Doc();
      valid.getMap('meta').set('title', 'Garbled');
      const deleting = new Y.Doc();
      deleting.getMap('meta').set('gone', 1);
      deleting.getMap('meta').set('title', 'Half applied');
      deleting.getMap('meta').delete('gone');
      const frames = [
        new Uint8Array([0xff, 0xff, 0xff]),
        // Well-framed updates whose bytes Yjs cannot read: garbage, a valid update cut short, and
        // one cut short in its delete set (after structs that applying alone would integrate).
        encodeUpdate(new Uint8Array([200, 1, 55, 12, 0, 9, 9, 9])),
        encodeUpdate(Y.encodeStateAsUpdate(valid).slice(0, 12)),
        encodeUpdate(Y.encodeStateAsUpdate(deleting).slice(0, -1)),
        new Uint8Array([7, 1, 2]),
      ];
      for (const frame of frames) {
        const opened = await rawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`);
        if (!('socket' in opened)) throw new Error('expected a socket');
        opened.socket.send(frame);
        expect(await closeOf(opened.socket)).toBe(4400);
      }
      expect(bystander.provider.wsconnected).toBe(true);
      expect(Y.encodeStateVector(bystander.doc)).toEqual(before);
      const other = connectClient(server.syncUrl, board.id, board.tokens.writer);
      await whenSynced(other);
      other.doc.getMap('meta').set('title', 'Still live');
      await waitFor(() => title(bystander.doc) === 'Still live');
    });

    it('answers every sync step 1 with its own state vector, so a client can tell what is stored', async () => {
      const board = await server.createBoard();
      const opened = await rawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`);
      if (!('socket' in opened)) throw new Error('expected a socket');
      const kinds = () => opened.received.map((frame) => [...frame.slice(0, 2)]);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
      opened.socket.send(encoding.toUint8Array(encoder));
      // The server's greeting step 1, then our answer: step 2 followed by step 1.
      await waitFor(() => opened.received.length >= 3);
      expect(kinds().slice(0, 3)).toEqual([[0, 0], [0, 1], [0, 0]]);
      opened.socket.close();
    });

    it('closes open sockets of a revoked role, refuses the old link and accepts the new one', async () => {
      const board = await server.createBoard();
      const writer = connectClient(server.syncUrl, board.id, board.tokens.writer);
      const viewer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await Promise.all([whenSynced(writer), whenSynced(viewer)]);
      const closed = new Promise<number>((resolve) => writer.provider.once('connection-close', (event) => resolve(event?.code ?? 0)));
      const denied = await server.api(`/api/boards/${board.id}/links/writer/revoke`, {
        method: 'POST', headers: { Authorization: `Bearer ${board.tokens.writer}` },
      });
      expect(denied.status).toBe(403);
      const response = await server.api(`/api/boards/${board.id}/links/writer/revoke`, {
        method: 'POST', headers: { Authorization: `Bearer ${board.tokens.owner}` },
      });
      expect(response.status).toBe(200);
      const { token, link } = (await response.json()) as { token: string; link: string };
      expect(link).toContain(`#/board/${board.id}?token=`);
      expect(await closed).toBe(4401);
      expect(await rawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`)).toEqual({ status: 401 });
      expect(viewer.provider.wsconnected).toBe(true);
      writer.destroy();
      const renewed = connectClient(server.syncUrl, board.id, token);
      await whenSynced(renewed);
      renewed.doc.getMap('meta').set('title', 'Renewed');
      await waitFor(() => title(viewer.doc) === 'Renewed');
    });

    it('merges edits two writers made offline once they reconnect', async () => {
      const board = await server.createBoard();
      const a = connectClient(server.syncUrl, board.id, board.tokens.writer);
      const b = connectClient(server.syncUrl, board.id, board.tokens.writer);
      await Promise.all([whenSynced(a), whenSynced(b)]);
      const episodeId = firstEpisode(a.doc);
      const shotId = addShot(a.doc, { episodeId });
      updateShot(a.doc, shotId, { action: 'She waits.' });
      await waitFor(() => readBoard(b.doc).shots[shotId]?.action === 'She waits.');
      a.provider.disconnect();
      b.provider.disconnect();
      const shotA = addShot(a.doc, { episodeId });
      const shotB = addShot(b.doc, { episodeId });
      const textA = a.doc.getMap('shots').get(shotId) as Y.Map<Y.Text>;
      setText(textA.get('action')!, 'Lin: She waits.');
      const textB = b.doc.getMap('shots').get(shotId) as Y.Map<Y.Text>;
      setText(textB.get('action')!, 'She waits. Rain.');
      a.provider.connect();
      b.provider.connect();
      await waitFor(() => readBoard(a.doc).shots[shotB] !== undefined && readBoard(b.doc).shots[shotA] !== undefined, 8000);
      await waitFor(() => readBoard(a.doc).shots[shotId]?.action === readBoard(b.doc).shots[shotId]?.action);
      expect(readBoard(a.doc).shots[shotId]?.action).toBe('Lin: She waits. Rain.');
      const stored = await (async () => {
        a.destroy();
        b.destroy();
        return storedDoc(board, board.id);
      })();
      expect(readBoard(stored).shotsByEpisode[episodeId]).toEqual(expect.arrayContaining([shotA, shotB, shotId]));
    });

    it('refuses an oversized frame by closing that connection, storing nothing of it', async () => {
      const small = await startTestServer({ BEATBOARD_MAX_FRAME_BYTES: '65536', ...(await mode.settings()) });
      try {
        const board = await small.createBoard('Small frames');
        const opened = await rawSocket(`${small.syncUrl}/${board.id}?token=${board.tokens.owner}`);
        if (!('socket' in opened)) throw new Error('expected a socket');
        const doc = new Y.Doc();
        doc.getMap('meta').set('blob', 'x'.repeat(100_000));
        opened.socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
        expect(await closeOf(opened.socket)).toBe(1009);
        await pause(150);
        const fresh = connectClient(small.syncUrl, board.id, board.tokens.owner);
        await whenSynced(fresh);
        expect(fresh.doc.getMap('meta').get('blob')).toBeUndefined();
        expect(title(fresh.doc)).toBe('Small frames');
      } finally {
        destroyAllClients();
        await small.stop();
      }
    });

    it('lists every role in a new board', async () => {
      const board = await server.createBoard();
      expect(Object.keys(board.tokens).sort()).toEqual([...BOARD_ROLES].sort());
    });
  });
}
