import type { AutoVersionReason, VersionAuthor, VersionMeta, VersionSnapshot } from '../../model/versions/types';

/** Automatic versions the client asks for; the server makes `publish` and `hourly` on its own. */
export type ClientAutoReason = Exclude<AutoVersionReason, 'publish' | 'hourly'>;

/**
 * Where one board's versions are kept: on the server for a live board, in this browser's
 * IndexedDB for a board that lives only here. The History panel talks to this alone.
 */
export interface VersionStore {
  readonly location: 'server' | 'browser';
  /** Newest first. */
  list(): Promise<VersionMeta[]>;
  createNamed(name: string, author: VersionAuthor): Promise<VersionMeta>;
  createAutomatic(reason: ClientAutoReason, author: VersionAuthor | null): Promise<VersionMeta>;
  fetchSnapshot(versionId: string): Promise<VersionSnapshot>;
  /** Named versions only; automatic ones go by retention. */
  remove(versionId: string): Promise<void>;
}

/** Why a store call failed, in words the interface translates (`history.errors.<code>`). */
export type VersionErrorCode =
  | 'unreachable' | 'forbidden' | 'not-found' | 'invalid' | 'too-large' | 'too-many' | 'rate-limited' | 'storage' | 'failed';

export class VersionStoreError extends Error {
  override name = 'VersionStoreError';
  constructor(readonly code: VersionErrorCode, message: string) {
    super(message);
  }
}

export function versionErrorCode(error: unknown): VersionErrorCode {
  return error instanceof VersionStoreError ? error.code : 'failed';
}
