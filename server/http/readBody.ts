/**
 * Reads a request body as it streams in, keeping at most `limit` bytes. Returns null as soon
 * as the body would pass the limit (or says it will, by its Content-Length), without reading
 * further: the rest is left on the connection, which the Node adapter drains and closes after
 * the answer. Unlike a body-limit middleware, the limit can depend on the request (how much
 * room a board has left).
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) return null;
      chunks.push(value);
    }
  } finally {
    // Released, not cancelled: cancelling would reset the connection before the answer.
    reader.releaseLock();
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
}
