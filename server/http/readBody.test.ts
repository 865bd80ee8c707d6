import { describe, expect, it } from 'vitest';
import { readBodyWithin } from './readBody';

/** A body of `total` bytes in 1 KiB chunks that records how much of it was pulled. */
function streamedBody(total: number, headers: Record<string, string> = {}) {
  const chunk = new Uint8Array(1024).fill(7);
  const seen = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, seen };
}

describe('readBodyWithin', () => {
  it('returns the whole body when it fits', async () => {
    const { request } = streamedBody(10 * 1024);
    const bytes = await readBodyWithin(request, 10 * 1024);
    expect(bytes?.byteLength).toBe(10 * 1024);
    expect(bytes?.every((byte) => byte === 7)).toBe(true);
  });

  it('stops reading as soon as the body passes the limit', async () => {
    const { request, seen } = streamedBody(100 * 1024 * 1024);
    expect(await readBodyWithin(request, 8 * 1024)).toBeNull();
    // The stream reads a little ahead of the reader, never the rest of the body.
    expect(seen.pulled).toBeLessThan(64 * 1024);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const { request, seen } = streamedBody(4096, { 'Content-Length': '4096' });
    expect(await readBodyWithin(request, 1024)).toBeNull();
    // Only what the stream fetched ahead on its own, before anyone read it.
    expect(seen.pulled).toBeLessThanOrEqual(1024);
  });
});
