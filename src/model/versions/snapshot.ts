import * as Y from 'yjs';
import type { VersionDocState } from './types';

/** The updates of a version's doc, in the order they apply. */
export function versionUpdates(state: VersionDocState): readonly Uint8Array[] {
  return state instanceof Uint8Array ? [state] : state;
}

/** Applies a version's doc state to `doc` (a fresh one), in one transaction. */
export function applyVersionDoc(doc: Y.Doc, state: VersionDocState): void {
  doc.transact(() => {
    for (const update of versionUpdates(state)) Y.applyUpdate(doc, update);
  });
}

/** A new doc holding a version's doc state. */
export function versionDocOf(state: VersionDocState): Y.Doc {
  const doc = new Y.Doc();
  applyVersionDoc(doc, state);
  return doc;
}

/** The size of a version's doc state, in bytes. */
export function versionDocBytes(state: VersionDocState): number {
  return versionUpdates(state).reduce((sum, update) => sum + update.byteLength, 0);
}
