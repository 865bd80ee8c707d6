import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addShot, readBoard, readSuggestions } from '../../src/model';
import { startStubOpenAi, streamText } from '../ai/testing/stubOpenAi';
import { connectClient, destroyAllClients, startTestServer, waitFor, whenSynced, type CreatedBoard } from '../testing/syncHarness';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Reads a server-sent event stream to its end: [event, parsed data] pairs. */
async function readEvents(response: Response): Promise<[string, unknown][]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
      const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
      return [event, JSON.parse(data)];
    });
}

async function boardWithShots(server: Server, count: number) {
  const board = await server.createBoard('Suggest');
  const writer = connectClient(server.syncUrl, board.id, board.tokens.writer);
  await whenSynced(writer);
  const episodeId = readBoard(writer.doc).episodes[0]!.id;
  const shots = Array.from({ length: count }, () => addShot(writer.doc, { episodeId }));
  // The server has them once a fresh client sees them.
  const check = connectClient(server.syncUrl, board.id, board.tokens.viewer);
  await waitFor(() => Object.keys(readBoard(check.doc).shots).length === count);
  return { board, shots, writer, viewer: check };
}

const suggest = (server: Server, board: CreatedBoard, token: string, body: unknown, signal?: AbortSignal, headers: Record<string, string> = {}) =>
  server.api(`/api/boards/${board.id}/suggestions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
    signal,
  });

describe('suggestions with the offline engine', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_AI_RATE_PER_MINUTE: '1000' });
  });
  afterEach(() => destroyAllClients());
  afterAll(() => server.stop());

  it('streams cards and writes them into the board doc, where the whole room sees them', async () => {
    const { board, shots, viewer } = await boardWithShots(server, 3);
    const response = await suggest(server, board, board.tokens.director, { shotIds: [shots[0], shots[2]], kind: 'both', alternatives: 2, requestedBy: 'Dee' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    expect(events.map(([event]) => event)).toEqual(['suggestion', 'alternative', 'alternative', 'alternative', 'alternative', 'done']);
    const started = events[0]![1] as { ids: Record<string, string>; provider: string; context: { shots: unknown[] } };
    expect(started.provider).toBe('offline');
    expect(Object.keys(started.ids).sort()).toEqual([shots[0], shots[2]].sort());
    await waitFor(() => readSuggestions(viewer.doc).filter((s) => s.status === 'ready').length === 2);
    const cards = readSuggestions(viewer.doc);
    expect(cards.map((card) => card.alternatives.length)).toEqual([2, 2]);
    expect(cards.every((card) => card.requestedBy === 'Dee' && card.provider === 'offline')).toBe(true);
    expect(cards.find((card) => card.shotIds[0] === shots[0])!.alternatives[0]!.beat!.type).toBe('hook');
  });

  it('streams uncompressed, whatever the browser accepts, so each event arrives as it is sent', async () => {
    const { board, shots } = await boardWithShots(server, 1);
    const response = await suggest(server, board, board.tokens.writer, { shotIds: shots, kind: 'beats', alternatives: 1 }, undefined, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await readEvents(response)).map(([event]) => event)).toEqual(['suggestion', 'alternative', 'done']);
  });

  it('refuses viewers, bad bodies and requests over the limits, with messages', async () => {
    const { board, shots } = await boardWithShots(server, 1);
    expect((await suggest(server, board, board.tokens.viewer, { shotIds: shots, kind: 'both', alternatives: 1 })).status).toBe(403);
    expect((await suggest(server, board, 'forged.token', { shotIds: shots, kind: 'both', alternatives: 1 })).status).toBe(401);
    const bad = await suggest(server, board, board.tokens.writer, { shotIds: shots, kind: 'poems', alternatives: 1 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid' });
    const many = await suggest(server, board, board.tokens.writer, { shotIds: Array.from({ length: 21 }, (_, i) => `s${i}`), kind: 'both', alternatives: 1 });
    expect(await many.json()).toMatchObject({ error: 'too_many_shots' });
    const alternatives = await suggest(server, board, board.tokens.writer, { shotIds: shots, kind: 'both', alternatives: 6 });
    expect(await alternatives.json()).toMatchObject({ error: 'too_many_alternatives' });
    const gone = await suggest(server, board, board.tokens.writer, { shotIds: ['deleted-shot'], kind: 'both', alternatives: 1 });
    expect(gone.status).toBe(400);
  });
});

describe('suggestions through an OpenAI-compatible server', () => {
  let server: Server;
  let stub: Awaited<ReturnType<typeof startStubOpenAi>>;
  let upstreamClosed = false;
  beforeAll(async () => {
    stub = await startStubOpenAi([
      (request, res, req) => {
        // The board context travels as JSON after "Board:" in the user message.
        const messages = request.body.messages as { content: string }[];
        const board = JSON.parse(messages.at(-1)!.content.split('Board:\n')[1]!) as { shots: { id: string; selected: boolean }[] };
        const shotId = board.shots.find((shot) => shot.selected)!.id;
        const answer = JSON.stringify({ alternatives: [{ shotId, beat: { type: 'hook', emotion: 'fear', intensity: 9 }, dialogue: null, rationale: 'Open cold.' }] });
        return streamText([answer.slice(0, 30), answer.slice(30)])(request, res, req);
      },
      (_request, res, req) => {
        // Never finishes: the asker will go away.
        req.socket.on('close', () => (upstreamClosed = true));
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        res.write(': waiting\n\n');
      },
    ]);
    server = await startTestServer({ OPENAI_BASE_URL: stub.baseUrl, OPENAI_API_KEY: 'sk-sentinel-never-in-a-browser', BEATBOARD_AI_MODEL: 'stub-model' });
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await server.stop();
    await stub.close();
  });

  it('names the provider and model, never the key', async () => {
    const info = await (await server.api('/api/ai')).text();
    expect(JSON.parse(info)).toEqual({ provider: 'openai', model: 'stub-model' });
    expect(info).not.toContain('sk-sentinel');
  });

  it('streams the model’s cards into the doc; a closed request stops the upstream call', async () => {
    const { board, shots, viewer } = await boardWithShots(server, 1);
    const events = await readEvents(await suggest(server, board, board.tokens.writer, { shotIds: shots, kind: 'beats', alternatives: 1 }));
    expect(events.map(([event]) => event)).toEqual(['suggestion', 'alternative', 'done']);
    expect(stub.requests[0]!.headers.authorization).toBe('Bearer sk-sentinel-never-in-a-browser');
    await waitFor(() => readSuggestions(viewer.doc)[0]?.status === 'ready');
    expect(readSuggestions(viewer.doc)[0]).toMatchObject({ provider: 'openai', model: 'stub-model', alternatives: [{ beat: { type: 'hook', intensity: 9 } }] });

    const controller = new AbortController();
    const pending = await suggest(server, board, board.tokens.writer, { shotIds: shots, kind: 'beats', alternatives: 1 }, controller.signal);
    const reader = pending.body!.getReader();
    await reader.read();
    controller.abort();
    await waitFor(() => upstreamClosed, 5000, 'the upstream call to be aborted');
    await waitFor(() => readSuggestions(viewer.doc).some((s) => s.status === 'failed' && s.error === 'The request was cancelled.'));
  });
});
