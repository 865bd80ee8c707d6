import { describe, expect, it } from 'vitest';
import { createSseParser, type ServerSentEvent } from './sse';

describe('createSseParser', () => {
  it('reads named events split anywhere across chunks', () => {
    const events: ServerSentEvent[] = [];
    const feed = createSseParser((event) => events.push(event));
    const body = 'event: suggestion\ndata: {"ids":{}}\n\n: keep-alive\n\nevent: alternative\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: plain\n\n';
    for (let i = 0; i < body.length; i += 5) feed(body.slice(i, i + 5));
    const whole: ServerSentEvent[] = [];
    const feedWhole = createSseParser((event) => whole.push(event));
    // Every split point, CRLFs cut in half included, gives the same events.
    for (let cut = 1; cut < body.length; cut++) {
      const split: ServerSentEvent[] = [];
      const feedSplit = createSseParser((event) => split.push(event));
      feedSplit(body.slice(0, cut));
      feedSplit(body.slice(cut));
      expect(split).toEqual(events);
    }
    feedWhole(body);
    expect(whole).toEqual(events);
    expect(events).toEqual([
      { event: 'suggestion', data: '{"ids":{}}' },
      { event: 'alternative', data: '{"a":\n1}' },
      { event: 'message', data: 'plain' },
    ]);
  });
});
