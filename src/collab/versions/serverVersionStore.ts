import type { VersionAuthor, VersionMeta, VersionSnapshot } from '../../model/versions/types';
import {
  ServerApiError, ServerUnreachableError, createVersion, deleteVersion, fetchVersionDoc, listVersions,
} from '../serverClient/serverApi';
import { VersionStoreError, type ClientAutoReason, type VersionStore } from './versionStore';

/** The versions of a live board, kept by the server (docs/server-api.md). */
export class ServerVersionStore implements VersionStore {
  readonly location = 'server';

  constructor(
    private readonly boardId: string,
    private readonly token: string,
  ) {}

  async list(): Promise<VersionMeta[]> {
    const { versions } = await explained(listVersions(this.boardId, this.token));
    return [...versions].sort((a, b) => b.createdAt - a.createdAt);
  }

  async createNamed(name: string, author: VersionAuthor): Promise<VersionMeta> {
    return (await explained(createVersion(this.boardId, { name, author }, this.token))).version;
  }

  async createAutomatic(reason: ClientAutoReason, author: VersionAuthor | null): Promise<VersionMeta> {
    const request = author ? { reason, author } : { reason };
    return (await explained(createVersion(this.boardId, request, this.token))).version;
  }

  async fetchSnapshot(versionId: string): Promise<VersionSnapshot> {
    const [board, notes] = await explained(Promise.all([
      fetchVersionDoc(this.boardId, versionId, 'board', this.token),
      fetchVersionDoc(this.boardId, versionId, 'notes', this.token),
    ]));
    return { board, notes };
  }

  async remove(versionId: string): Promise<void> {
    await explained(deleteVersion(this.boardId, versionId, this.token));
  }
}

/** The server's failures as the few cases the interface words differently. */
async function explained<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw toVersionError(error);
  }
}

export function toVersionError(error: unknown): VersionStoreError {
  if (error instanceof VersionStoreError) return error;
  if (error instanceof ServerUnreachableError) return new VersionStoreError('unreachable', 'The server cannot be reached.');
  if (error instanceof ServerApiError) {
    const message = error.message;
    if (error.status === 401 || error.status === 403) return new VersionStoreError('forbidden', message);
    if (error.status === 404) return new VersionStoreError('not-found', message);
    if (error.status === 413) return new VersionStoreError('too-large', message);
    // The most named versions a board keeps (docs/server-api.md, "Versions").
    if (error.status === 409 && error.code === 'too_many_versions') return new VersionStoreError('too-many', message);
    if (error.status === 429) return new VersionStoreError('rate-limited', message);
    if (error.status === 400 || error.status === 422) return new VersionStoreError('invalid', message);
    return new VersionStoreError('failed', message);
  }
  return new VersionStoreError('failed', error instanceof Error ? error.message : String(error));
}
