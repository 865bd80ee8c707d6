import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  connectClient, destroyAllClients, pause, startTestServer, waitFor, whenSynced, type TestServer,
} from '../testing/syncHarness';

// A reader that stops reading must not make the server hold everything the room sends it:
// past BEATBOARD_MAX_OUTGOING_BYTES queued for it (beyond its largest frame) it is dropped.

afterEach(() => destroyAllClients());

const MiB = 1024 * 1024;

describe('a socket that does not keep up', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_OUTGOING_BYTES: String(MiB) });
  });
  afterAll(() => server.stop());

  it('is dropped once too much waits for it, while a board larger than the limit still syncs whole and the room goes on', async () => {
    const board = await server.createBoard('Slow reader');
    const writer = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(writer);
    for (let i = 0; i < 3; i++) writer.doc.getMap('pieces').set(`before ${i}`, new Uint8Array(randomBytes(MiB)));

    // A first sync of 3 MiB, three times the limit, in one frame: welcome.
    const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => reader.doc.getMap('pieces').size === 3, 10_000, 'the board to reach a reader');

    // A raw socket that stops reading once it has the server's greeting.
    const slow = new WebSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.viewer}`);
    let greeted = false;
    slow.on('message', () => (greeted = true));
    const closed = new Promise<number>((resolve) => slow.once('close', (code) => resolve(code)));
    slow.on('error', () => undefined); // the drop may read as a reset
    await waitFor(() => greeted, 10_000, 'the slow socket to be greeted');
    const tcp = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();

    // 24 MiB of edits, one frame each: far more than the loopback's buffers and the limit.
    for (let i = 0; i < 48; i++) {
      writer.doc.getMap('pieces').set(`after ${i}`, new Uint8Array(randomBytes(MiB / 2)));
      if (i % 8 === 7) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The reader that keeps up gets everything and stays.
    await waitFor(() => reader.doc.getMap('pieces').size === 51, 30_000, 'every edit to reach the reader that keeps up');
    expect(reader.provider.wsconnected).toBe(true);

    // The slow one was dropped: reading again, it finds its connection gone (1006, no close
    // frame), and a client like it would reconnect and sync what it missed.
    tcp.resume();
    expect(await Promise.race([closed, pause(5000).then(() => 'still open')])).toBe(1006);

    const fresh = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => fresh.doc.getMap('pieces').size === 51, 10_000, 'the room to sync a fresh client whole');
    expect(Buffer.from(fresh.doc.getMap('pieces').get('after 47') as Uint8Array))
      .toEqual(Buffer.from(writer.doc.getMap('pieces').get('after 47') as Uint8Array));
  }, 60_000);
});

