import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stub received: the parsed JSON body of each chat completion request. */
export interface StubRequest {
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

export type StubReply = (request: StubRequest, res: ServerResponse, req: IncomingMessage) => void | Promise<void>;

/**
 * An OpenAI-compatible server on 127.0.0.1 for tests: real HTTP, real server-sent events.
 * Each request takes the next scripted reply (the last one repeats).
 */
export async function startStubOpenAi(replies: StubReply[]) {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const request = { body: JSON.parse(raw || '{}') as Record<string, unknown>, headers: req.headers };
      requests.push(request);
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)]!;
      void reply(request, res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A streamed chat completion whose content arrives in the given pieces, then `[DONE]`. */
export function streamText(pieces: string[], options: { delayMs?: number; finishReason?: string } = {}): StubReply {
  return async (_request, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    for (const piece of pieces) {
      res.write(`data: ${JSON.stringify(chunk({ content: piece }, null))}\n\n`);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    }
    res.write(`data: ${JSON.stringify(chunk({}, options.finishReason ?? 'stop'))}\n\n`);
    res.end('data: [DONE]\n\n');
  };
}

/** A non-streamed chat completion (the repair request). */
export function completeText(content: string): StubReply {
  return (_request, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'cmpl-stub',
        object: 'chat.completion',
        created: 0,
        model: 'stub-model',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      }),
    );
  };
}

export function failWith(status: number, message: string, headers: Record<string, string> = {}): StubReply {
  return (_request, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message, type: 'stub_error' } }));
  };
}

/** Streams some pieces, then cuts the connection without an end. */
export function breakAfter(pieces: string[]): StubReply {
  return (_request, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    for (const piece of pieces) res.write(`data: ${JSON.stringify(chunk({ content: piece }, null))}\n\n`);
    setTimeout(() => res.socket?.destroy(), 20);
  };
}

function chunk(delta: Record<string, unknown>, finishReason: string | null) {
  return {
    id: 'chatcmpl-stub',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'stub-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}
