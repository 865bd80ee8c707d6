import { decodeUpdateList, UPDATE_LIST_TYPE } from '../../model/versions/updateList';
import { MAX_BOARD_TITLE_LENGTH, clipText, isBoardRole, type BoardRole, type RoleTokens } from '../../model';
import type { VersionAuthor, VersionMeta } from '../../model/versions/types';

/** The JSON API of docs/server-api.md, as the browser uses it. Same origin as the app. */


export class ServerApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerApiError';
  }
}

/** Thrown when the server cannot be reached at all (offline, server down). */
export class ServerUnreachableError extends Error {
  override name = 'ServerUnreachableError';
}

async function call<T>(path: string, init: RequestInit = {}, token?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    throw new ServerUnreachableError(String(error));
  }
  const body = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (!response.ok) {
    throw new ServerApiError(response.status, body?.error ?? 'http_error', body?.message ?? `The server answered ${response.status}.`);
  }
  return body as T;
}

const boardPath = (id: string) => `/api/boards/${encodeURIComponent(id)}`;

/** Registers a board made in this browser under its own id; the owner token comes back. */
export function publishBoard(id: string, title: string): Promise<{ id: string; tokens: RoleTokens }> {
  return call('/api/boards', { method: 'POST', body: JSON.stringify({ id, title: clipText(title, MAX_BOARD_TITLE_LENGTH) }) });
}

export function checkAccess(id: string, token: string): Promise<{ boardId: string; role: BoardRole }> {
  return call(`${boardPath(id)}/access`, {}, token);
}

export function fetchLinks(id: string, ownerToken: string): Promise<{ tokens: RoleTokens; links: RoleTokens }> {
  return call(`${boardPath(id)}/links`, {}, ownerToken);
}

export function revokeLinks(id: string, role: BoardRole, ownerToken: string): Promise<{ role: BoardRole; token: string; link: string }> {
  return call(`${boardPath(id)}/links/${role}/revoke`, { method: 'POST' }, ownerToken);
}

/**
 * The role a token claims, read from its public payload (docs/server-api.md) so the app can
 * show it at once; the server still checks the signature on every use.
 */
export function roleOfToken(token: string): BoardRole | null {
  try {
    const payload = token.split('.')[0] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const role = (JSON.parse(json) as { r?: unknown }).r;
    return isBoardRole(role) ? role : null;
  } catch {
    return null;
  }
}

// Versions of a board (docs/server-api.md, "Versions"). Listing needs any role's token,
// creating a writer's or the owner's, deleting the owner's.

const versionsPath = (id: string) => `${boardPath(id)}/versions`;

export function listVersions(id: string, token: string): Promise<{ versions: VersionMeta[] }> {
  return call(versionsPath(id), {}, token);
}

export type CreateVersionRequest =
  | { name: string; author?: VersionAuthor }
  | { reason: 'before-script-update' | 'before-backup-restore' | 'before-restore'; author?: VersionAuthor };

export function createVersion(id: string, request: CreateVersionRequest, token: string): Promise<{ version: VersionMeta }> {
  return call(versionsPath(id), { method: 'POST', body: JSON.stringify(request) }, token);
}

export async function deleteVersion(id: string, versionId: string, token: string): Promise<void> {
  await call(`${versionsPath(id)}/${encodeURIComponent(versionId)}`, { method: 'DELETE' }, token);
}

/** One doc of a version, as the Yjs update the server stored. */
/** A version's doc: the Yjs updates to apply in order to a fresh doc (docs/server-api.md "Versions"). */
export async function fetchVersionDoc(id: string, versionId: string, doc: 'board' | 'notes', token: string): Promise<Uint8Array[]> {
  let response: Response;
  try {
    response = await fetch(`${versionsPath(id)}/${encodeURIComponent(versionId)}/docs/${doc}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: `${UPDATE_LIST_TYPE}, application/octet-stream;q=0.5` },
    });
  } catch (error) {
    throw new ServerUnreachableError(String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
    throw new ServerApiError(response.status, body?.error ?? 'http_error', body?.message ?? `The server answered ${response.status}.`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.headers.get('content-type')?.startsWith(UPDATE_LIST_TYPE) ? decodeUpdateList(bytes) : [bytes];
}
