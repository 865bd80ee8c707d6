import * as Y from 'yjs';
import { ServerApiError, ServerUnreachableError } from './serverApi';
import { applyAndStoreAsReceived } from '../storage/docStorage';

/**
 * Whole docs over HTTP (docs/server-api.md, "Large boards"). A websocket frame is capped at
 * a few MiB and shows no progress, so a board's first sync in either direction goes here:
 * publishing uploads what the server lacks, and opening a link downloads the doc, both with
 * progress; the socket then only carries the small difference and live edits.
 */

export type DocName = 'board' | 'notes';

export interface TransferProgress {
  done: number;
  total: number;
}

/** Below this, what the server lacks goes with the socket's own first sync. */
export const SOCKET_SYNC_MAX_BYTES = 256 * 1024;

const docPath = (boardId: string, name: DocName) => `/api/boards/${encodeURIComponent(boardId)}/docs/${name}`;

async function failure(response: Response): Promise<ServerApiError> {
  const body = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
  return new ServerApiError(response.status, body?.error ?? 'http_error', body?.message ?? `The server answered ${response.status}.`);
}

/** The server's state vector of a doc: what it has stored. */
export async function fetchStateVector(boardId: string, name: DocName, token: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${docPath(boardId, name)}/state-vector`, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ServerUnreachableError(String(error));
  }
  if (!response.ok) throw await failure(response);
  return new Uint8Array(await response.arrayBuffer());
}

/** Downloads a doc's whole state (a Yjs update, V2 encoding), reporting bytes received as they arrive. */
export async function downloadDoc(
  boardId: string,
  name: DocName,
  token: string,
  onProgress: (progress: TransferProgress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let response: Response;
  try {
    // V2: what this browser stores, so the bytes are kept as they come (see catchUpOverHttp).
    response = await fetch(`${docPath(boardId, name)}?encoding=v2`, { headers: { Authorization: `Bearer ${token}` }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(String(error));
  }
  if (!response.ok || !response.body) throw await failure(response);
  const total = Number(response.headers.get('Content-Length')) || 0;
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body.getReader();
  onProgress({ done, total });
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.length;
    onProgress({ done, total: Math.max(total, done) });
  }
  const update = new Uint8Array(done);
  let offset = 0;
  for (const chunk of chunks) {
    update.set(chunk, offset);
    offset += chunk.length;
  }
  return update;
}

/**
 * Uploads one update, reporting bytes sent. XMLHttpRequest, because fetch cannot report an
 * upload's progress. Resolves once the server has stored it.
 */
export function uploadUpdate(
  boardId: string,
  name: DocName,
  token: string,
  update: Uint8Array,
  onProgress: (progress: TransferProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${docPath(boardId, name)}/updates`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => onProgress({ done: event.loaded, total: event.total || update.length });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress({ done: update.length, total: update.length });
        resolve();
        return;
      }
      const body = parseErrorBody(request.responseText);
      reject(new ServerApiError(request.status, body.error ?? 'http_error', body.message ?? `The server answered ${request.status}.`));
    };
    request.onerror = () => reject(new ServerUnreachableError('The upload did not reach the server.'));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    onProgress({ done: 0, total: update.length });
    request.send(new Blob([update as Uint8Array<ArrayBuffer>]));
  });
}

function parseErrorBody(text: string): { error?: string; message?: string } {
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null ? (body as { error?: string; message?: string }) : {};
  } catch {
    return {}; // not JSON: the status alone says what happened
  }
}

/** Origin of a doc's state applied from a download, so it is not counted as a local edit. */
export const DOWNLOAD_ORIGIN = 'beatboard:download';

/** True for a doc with nothing in it yet (a board opened from a link, before its first sync). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

export interface CatchUpOptions {
  boardId: string;
  token: string;
  docs: { name: DocName; doc: Y.Doc; canWrite: boolean }[];
  onProgress(progress: { kind: 'publishing' | 'loading'; done: number; total: number }): void;
  signal?: AbortSignal;
}

/**
 * Brings the server and this browser level before the socket connects: an empty doc is
 * downloaded; for a doc this role may write, what the server lacks is uploaded when it is
 * too large for the socket's own first sync. Progress is reported across all docs.
 */
export async function catchUpOverHttp(options: CatchUpOptions): Promise<void> {
  const { boardId, token, signal } = options;
  const downloads = options.docs.filter(({ doc }) => isEmptyDoc(doc));
  const uploads: { name: DocName; update: Uint8Array }[] = [];
  for (const { name, doc, canWrite } of options.docs) {
    if (!canWrite || isEmptyDoc(doc)) continue;
    const server = await fetchStateVector(boardId, name, token);
    const missing = Y.encodeStateAsUpdate(doc, server);
    if (missing.length > SOCKET_SYNC_MAX_BYTES) uploads.push({ name, update: missing });
  }
  // The downloads run together (the notes arrive while the board is applied), and report
  // one running total, so the numbers only grow.
  const received = downloads.map(() => ({ done: 0, total: 0 }));
  const reportLoading = () =>
    options.onProgress({
      kind: 'loading',
      done: received.reduce((sum, { done }) => sum + done, 0),
      total: received.reduce((sum, { total }) => sum + total, 0),
    });
  const updates = downloads.map(({ name }, index) =>
    downloadDoc(boardId, name, token, (progress) => {
      received[index] = progress;
      reportLoading();
    }, signal),
  );
  // Applied in order, each as soon as it is in; a failed download fails the catch-up.
  updates.forEach((update) => update.catch(() => undefined));
  for (const [index, { doc }] of downloads.entries()) {
    applyAndStoreAsReceived(doc, await updates[index]!, DOWNLOAD_ORIGIN);
  }
  const total = uploads.reduce((sum, { update }) => sum + update.length, 0);
  let sent = 0;
  for (const { name, update } of uploads) {
    await uploadUpdate(boardId, name, token, update, ({ done }) => {
      options.onProgress({ kind: 'publishing', done: sent + done, total });
    }, signal);
    sent += update.length;
  }
}
