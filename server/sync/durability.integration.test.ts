import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { killAllServerProcesses, startServerProcess } from '../testing/serverProcess';
import { connectClient, destroyAllClients, waitFor, whenSynced, type CreatedBoard } from '../testing/syncHarness';

const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-kill9-'));

afterEach(() => destroyAllClients());
afterAll(async () => {
  await killAllServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('durability', () => {
  it('loses nothing any client has received when the server is killed with SIGKILL mid-edit', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const created = await fetch(new URL('/api/boards', first.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Survives' }),
    });
    const board = (await created.json()) as CreatedBoard;
    const syncUrl = `ws://127.0.0.1:${first.port}/sync`;
    const writer = connectClient(syncUrl, board.id, board.tokens.writer);
    const reader = connectClient(syncUrl, board.id, board.tokens.viewer);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);

    // The writer keeps editing; the server dies the moment the reader has seen edit 40.
    let sent = 0;
    const typing = setInterval(() => writer.doc.getMap('edits').set(`e${sent++}`, Date.now()), 2);
    await waitFor(() => reader.doc.getMap('edits').has('e40'), 10_000, 'edit 40 to reach the reader');
    const killed = first.kill();
    const seen = Y.encodeStateAsUpdate(reader.doc);
    const seenKeys = [...reader.doc.getMap('edits').keys()];
    clearInterval(typing);
    await killed;
    destroyAllClients();

    const second = await startServerProcess({ DATA_DIR: dataDir, PORT: String(first.port) });
    const fresh = connectClient(`ws://127.0.0.1:${second.port}/sync`, board.id, board.tokens.viewer);
    await whenSynced(fresh);
    expect(seenKeys.length).toBeGreaterThan(40);
    for (const key of seenKeys) expect(fresh.doc.getMap('edits').has(key)).toBe(true);
    // Nothing the reader saw is missing from the restarted server: its diff against us is empty.
    const seenDoc = new Y.Doc();
    Y.applyUpdate(seenDoc, seen);
    const missing = Y.encodeStateAsUpdate(seenDoc, Y.encodeStateVector(fresh.doc));
    expect(Y.decodeUpdate(missing).structs).toHaveLength(0);
    expect(fresh.doc.getMap('meta').get('title')).toBe('Survives');
    await second.stop();
  }, 60_000);
});
