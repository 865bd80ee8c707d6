import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderEvent, SuggestionContext, SuggestionRequest } from '../../../src/model';
import { breakAfter, completeText, failWith, startStubOpenAi, streamText, type StubReply } from '../testing/stubOpenAi';
import { createOpenAiProvider } from './openaiProvider';

const context: SuggestionContext = {
  title: 'The Canal Heiress',
  logline: 'A disowned heiress returns to the canal town that cast her out.',
  language: 'en',
  characters: [
    { id: 'c-lin', name: 'Lin', bio: 'The heiress, back in disguise.', voice: 'clipped, formal' },
    { id: 'c-wei', name: 'Wei', bio: 'Her half-brother, heir to the mill.', voice: 'loud, boastful' },
  ],
  episodes: [{ id: 'e1', number: 1, title: 'Return', synopsis: 'Lin arrives.', paywall: false, previousEndings: [] }],
  shots: [
    shot('s1', '1.1', true, true, false),
    shot('s2', '1.2', false, false, false),
    shot('s3', '1.3', true, false, true),
  ],
  findings: [],
  trimmed: { shots: 0, characters: 0 },
};
const request: SuggestionRequest = { shotIds: ['s1', 's3'], kind: 'both', alternatives: 1 };

function shot(id: string, number: string, selected: boolean, first: boolean, last: boolean) {
  return {
    id, number, selected, scene: 'EXT. CANAL - DAWN', action: `Action of ${id}`, dialogue: [],
    beat: { type: null, emotion: null, intensity: 0 },
    position: {
      episodeNumber: 1, episodeCount: 1, shotNumber: Number(number.split('.')[1]), shotCount: 3,
      isFirstInEpisode: first, isLastInEpisode: last, isPaywallEpisode: false,
    },
  };
}

const alternative = (shotId: string, type = 'hook') => ({
  shotId,
  beat: { type, emotion: 'surprise', intensity: 7 },
  dialogue: [{ speaker: 'Lin', line: 'You kept my name off the gate.', parenthetical: 'quiet' }],
  rationale: 'Open on a question.',
});
const answer = (...items: object[]) => JSON.stringify({ alternatives: items });

let stub: Awaited<ReturnType<typeof startStubOpenAi>> | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

async function run(replies: StubReply[], signal = new AbortController().signal) {
  stub = await startStubOpenAi(replies);
  const provider = createOpenAiProvider({ baseUrl: stub.baseUrl, apiKey: 'sk-test', model: 'stub-model', timeoutMs: 5000 });
  const events: ProviderEvent[] = [];
  for await (const event of provider.suggest(request, context, signal)) events.push(event);
  return { events, provider };
}

describe('the OpenAI-compatible provider', () => {
  it('asks for a stream carrying the bible and the selected shots, and streams each alternative', async () => {
    const text = answer(alternative('s1'), alternative('s3', 'cliffhanger'));
    const { events } = await run([streamText([text.slice(0, 40), text.slice(40, 150), text.slice(150)])]);
    const body = stub!.requests[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.model).toBe('stub-model');
    expect(stub!.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    const prompt = JSON.stringify(body.messages);
    expect(prompt).toContain('clipped, formal');
    expect(prompt).toContain('Her half-brother');
    expect(prompt).toContain('Action of s3');
    expect(events.map((event) => event.type)).toEqual(['alternative', 'alternative', 'done']);
    expect(events[0]).toMatchObject({
      alternative: { shotId: 's1', beat: { type: 'hook', intensity: 7 }, dialogue: [{ characterId: 'c-lin', parenthetical: 'quiet' }] },
    });
  });

  it('says when to retry after a 429', async () => {
    const { events } = await run([failWith(429, 'slow down', { 'retry-after': '12' })]);
    expect(events).toEqual([{ type: 'error', message: expect.stringContaining('try again in 12 s'), retryAfterSeconds: 12 }]);
  });

  it('reports a server error plainly', async () => {
    const { events } = await run([failWith(500, 'boom')]);
    expect(events).toEqual([{ type: 'error', message: expect.stringContaining('HTTP 500') }]);
  });

  it('names a bad key and an unknown model', async () => {
    expect((await run([failWith(401, 'bad key')])).events[0]).toMatchObject({ message: expect.stringContaining('API key') });
    await stub!.close();
    expect((await run([failWith(404, 'no model')])).events[0]).toMatchObject({ message: expect.stringContaining('"stub-model"') });
  });

  it('keeps what streamed before the connection broke, then says it broke', async () => {
    const text = answer(alternative('s1'), alternative('s3'));
    const { events } = await run([breakAfter([text.slice(0, text.indexOf('},{') + 1)])]);
    expect(events.map((event) => event.type)).toEqual(['alternative', 'error']);
  });

  it('reads JSON inside code fences and after a reasoning block', async () => {
    // The reasoning drafts an answer of its own, which must not become a card.
    const draft = answer(alternative('s1', 'betrayal'));
    const fenced = `<think>Draft: ${draft} no, a hook first.</think>Here you go:\n\`\`\`json\n${answer(alternative('s1'))}\n\`\`\``;
    const { events } = await run([streamText([fenced.slice(0, 30), fenced.slice(30)])]);
    expect(events).toMatchObject([{ type: 'alternative', alternative: { beat: { type: 'hook' } } }, { type: 'done' }]);
  });

  it('asks once for a repair when the JSON has the wrong shape, and uses the repaired answer', async () => {
    const wrong = JSON.stringify({ suggestions: [{ shot: 's1', mood: 'sad' }] });
    const { events } = await run([streamText([wrong]), completeText(answer(alternative('s3', 'cliffhanger')))]);
    expect(stub!.requests).toHaveLength(2);
    expect(JSON.stringify(stub!.requests[1]!.body.messages)).toContain('could not be used');
    expect(events).toMatchObject([{ type: 'alternative', alternative: { shotId: 's3' } }, { type: 'done' }]);
  });

  it('fails clearly when truncated output stays unusable after the repair', async () => {
    const truncated = answer(alternative('s1')).slice(0, 60);
    const { events } = await run([streamText([truncated], { finishReason: 'length' }), completeText('Sorry, I cannot.')]);
    expect(events).toEqual([{ type: 'error', message: expect.stringContaining('could not be used') }]);
  });

  it('drops alternatives for shots that were not asked about', async () => {
    const { events } = await run([streamText([answer(alternative('s2'), alternative('s1'))])]);
    expect(events.filter((event) => event.type === 'alternative')).toHaveLength(1);
  });

  it('falls back from a strict schema to json_object when the server refuses it, and remembers', async () => {
    stub = await startStubOpenAi([
      failWith(400, 'response_format json_schema is not supported'),
      streamText([answer(alternative('s1'))]),
    ]);
    const provider = createOpenAiProvider({ baseUrl: stub.baseUrl, model: 'stub-model', timeoutMs: 5000 });
    for await (const _ of provider.suggest(request, context, new AbortController().signal)) void _;
    for await (const _ of provider.suggest(request, context, new AbortController().signal)) void _;
    const formats = stub.requests.map((r) => (r.body.response_format as { type?: string } | undefined)?.type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('stops the upstream call when aborted mid-stream, without an error', async () => {
    const controller = new AbortController();
    let upstreamClosed = false;
    const slow: StubReply = (_request, res, req) => {
      req.socket.on('close', () => (upstreamClosed = true));
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: '{"alternatives":[' }, finish_reason: null }] })}\n\n`);
    };
    setTimeout(() => controller.abort(), 150);
    const { events } = await run([slow], controller.signal);
    expect(events).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(upstreamClosed).toBe(true);
  });

  it('says the server cannot be reached on a dead port', async () => {
    stub = await startStubOpenAi([failWith(500, 'unused')]);
    const deadUrl = stub.baseUrl;
    await stub.close();
    stub = null;
    const provider = createOpenAiProvider({ baseUrl: deadUrl, model: 'stub-model', timeoutMs: 5000 });
    const events: ProviderEvent[] = [];
    for await (const event of provider.suggest(request, context, new AbortController().signal)) events.push(event);
    expect(events).toEqual([{ type: 'error', message: expect.stringContaining('cannot be reached') }]);
  });
});
