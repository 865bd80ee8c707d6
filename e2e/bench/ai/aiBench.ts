import { performance } from 'node:perf_hooks';
import { addShot, readBoard, type SuggestionRequest } from '../../../src/model';
import { buildSuggestionContext } from '../../../src/model/suggestions/context';
import { suggestionBoard } from '../../../src/model/suggestions/testing/boards';
import { suggestOffline } from '../../../server/ai/offline/offlineEngine';
import { startStubOpenAi, streamText } from '../../../server/ai/testing/stubOpenAi';
import { connectClient, destroyAllClients, startTestServer, waitFor, whenSynced } from '../../../server/testing/syncHarness';
import { percentile } from '../stats';

const RUNS = 60;

/** Time to the first byte of `event: alternative` (ours) or of the first content chunk (stub). */
async function timeToFirst(url: string, init: RequestInit, marker: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, init);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.includes(marker)) {
      const elapsed = performance.now() - started;
      await reader.cancel();
      return elapsed;
    }
  }
  throw new Error(`the stream ended without ${marker}`);
}

/**
 * First-token overhead of our endpoint over calling the model server directly, and the
 * offline engine's own time for 20 shots x 5 alternatives.
 */
export async function runAiBench(): Promise<{ table: string }> {
  // Offline engine: 20 selected shots, 5 alternatives each.
  const board = suggestionBoard();
  const extra = Array.from({ length: 14 }, () => addShot(board.doc, { episodeId: board.episodes[1]! }));
  const shotIds = [...board.one, ...board.two, ...extra].slice(0, 20);
  const request: SuggestionRequest = { shotIds, kind: 'both', alternatives: 5, seed: 3 };
  const engine: number[] = [];
  const withContext: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    const context = buildSuggestionContext(board.doc, { ...request, seed: i });
    const b = performance.now();
    suggestOffline(context, { ...request, seed: i });
    const c = performance.now();
    engine.push(c - b);
    withContext.push(c - a);
  }

  // First token: a stub model server that answers at once, called directly and through us.
  const answer = JSON.stringify({ alternatives: [{ shotId: 'SHOT', beat: { type: 'hook', emotion: 'fear', intensity: 7 }, dialogue: null, rationale: 'r' }] });
  let shotForStub = '';
  const stub = await startStubOpenAi([(req, res, raw) => streamText([answer.replace('SHOT', shotForStub)])(req, res, raw)]);
  const server = await startTestServer({ OPENAI_BASE_URL: stub.baseUrl, BEATBOARD_AI_RATE_PER_MINUTE: '100000', BEATBOARD_AI_CONCURRENCY: '100' });
  try {
    const created = await server.createBoard('AI bench');
    const writer = connectClient(server.syncUrl, created.id, created.tokens.writer);
    await whenSynced(writer);
    shotForStub = addShot(writer.doc, { episodeId: readBoard(writer.doc).episodes[0]!.id });
    const viewer = connectClient(server.syncUrl, created.id, created.tokens.viewer);
    await waitFor(() => readBoard(viewer.doc).shots[shotForStub] !== undefined);
    const direct: number[] = [];
    const ours: number[] = [];
    const body = JSON.stringify({ shotIds: [shotForStub], kind: 'beats', alternatives: 1 });
    for (let i = 0; i < RUNS; i++) {
      direct.push(
        await timeToFirst(`${stub.baseUrl}/chat/completions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'm', stream: true, messages: [] }) }, 'data:'),
      );
      ours.push(
        await timeToFirst(`${server.running.url}api/boards/${created.id}/suggestions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${created.tokens.writer}` },
          body,
        }, 'event: alternative'),
      );
    }
    const overhead = percentile(ours, 50) - percentile(direct, 50);
    const rows = [
      `| first alternative through our endpoint vs the model server's first chunk, p50 | ${percentile(ours, 50).toFixed(1)} ms vs ${percentile(direct, 50).toFixed(1)} ms: overhead ${overhead.toFixed(1)} ms | overhead <= 5 ms | ${overhead <= 5 ? 'yes' : 'no'} |`,
      `| offline engine, 20 shots x 5 alternatives, p50 / p95 | ${percentile(engine, 50).toFixed(2)} / ${percentile(engine, 95).toFixed(2)} ms (with the context build ${percentile(withContext, 50).toFixed(2)} ms) | <= 50 ms | ${percentile(engine, 95) <= 50 ? 'yes' : 'no'} |`,
    ];
    return { table: ['| measure | result | target | met |', '|---|---|---|---|', ...rows].join('\n') };
  } finally {
    destroyAllClients();
    await server.stop();
    await stub.close();
  }
}
