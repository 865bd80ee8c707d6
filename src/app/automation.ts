import * as Y from 'yjs';
import type { LocalBoardLibrary } from '../collab/localLibrary';

/**
 * A small scripting surface on `window.beatboardAutomation`, used by the benchmark and the
 * end-to-end tests to load generated boards (thousands of shots) without clicking them in.
 * It can only add boards to this browser's own storage, the same as the New board button.
 */
export interface BeatboardAutomation {
  /** Adds a board from a base64 Yjs update of a board doc; resolves to its id. */
  createBoardFromUpdate(updateBase64: string): Promise<string>;
}

declare global {
  interface Window {
    beatboardAutomation?: BeatboardAutomation;
  }
}

export function installAutomation(library: LocalBoardLibrary): void {
  window.beatboardAutomation = {
    createBoardFromUpdate(updateBase64) {
      const bytes = Uint8Array.from(atob(updateBase64), (char) => char.charCodeAt(0));
      return library.create('', (doc) => Y.applyUpdate(doc, bytes));
    },
  };
}
