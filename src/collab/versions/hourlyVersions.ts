import type * as Y from 'yjs';
import { HOUR_MS } from '../../model/versions/retention';
import type { VersionMeta } from '../../model/versions/types';
import type { LocalVersionStore } from './localVersionStore';

/**
 * For a board that lives only in this browser, what the server does for a live one: every
 * hour the board is open and has changed, an automatic `hourly` version. An unchanged board
 * makes none, so leaving a tab open overnight fills nothing.
 */
export function startHourlyVersions(options: {
  store: Pick<LocalVersionStore, 'createAutomatic'>;
  docs: { board: Y.Doc; notes: Y.Doc };
  intervalMs?: number;
  onCreated?(version: VersionMeta): void;
  onError?(error: unknown): void;
}): () => void {
  const { store, docs, intervalMs = HOUR_MS } = options;
  let changed = false;
  let saving = false;
  const markChanged = () => {
    changed = true;
  };
  docs.board.on('update', markChanged);
  docs.notes.on('update', markChanged);
  const timer = setInterval(() => {
    if (!changed || saving) return;
    changed = false;
    saving = true;
    store.createAutomatic('hourly', null).then(
      (version) => options.onCreated?.(version),
      (error: unknown) => {
        // Try again next hour: the changes are still unsaved as a version.
        changed = true;
        options.onError?.(error);
      },
    ).finally(() => {
      saving = false;
    });
  }, intervalMs);
  return () => {
    clearInterval(timer);
    docs.board.off('update', markChanged);
    docs.notes.off('update', markChanged);
  };
}
