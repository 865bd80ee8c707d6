import * as Y from 'yjs';
import type { LocalBoardLibrary } from '../collab/localLibrary';
import type { BoardSession } from '../editor/session';
import type { BoardSnapshot } from '../model/types';
import { readPeers, type Peer } from '../collab/presence/peers';
import { readNotes, type NotesSnapshot } from '../model';
import { whenAllStored } from '../collab/storage/docStorage';
import { failNextStorageReads } from '../collab/storage/readWithRetry';

/**
 * A small scripting surface on `window.beatboardAutomation`, used by the benchmark and the
 * end-to-end tests to load generated boards (thousands of shots) without clicking them in.
 * It can only add boards to this browser's own storage, the same as the New board button.
 */
export interface BeatboardAutomation {
  /** Adds a board from a base64 Yjs update of a board doc; resolves to its id. */
  createBoardFromUpdate(updateBase64: string): Promise<string>;
  /** A read-only snapshot of the board open in this tab, or null on the home screen. */
  openBoard(): BoardSnapshot | null;
  /** The people in the open board's room as this tab sees them (presence), or []. */
  peers(): Peer[];
  /** The open board's camera, to check following someone's view. */
  camera(): { x: number; y: number; scale: number } | null;
  /** The open board's notes doc as plain data (comments, marks, approvals), or null. */
  notes(): NotesSnapshot | null;
  /** Folds every board's stored updates into one now (normally a worker does it now and then). */
  compactStorage(): Promise<void>;
  /** Resolves once every change of the open board is written to this browser's storage. */
  whenStored(): Promise<void>;
  /** Makes the next `count` reads of this browser's storage fail, as Chromium's sometimes do. */
  failNextStorageReads(count: number): void;
}

declare global {
  interface Window {
    beatboardAutomation?: BeatboardAutomation;
  }
}

let openSession: BoardSession | null = null;

/** Called by the board route when a board opens (and with null when it closes). */
export function setAutomationSession(session: BoardSession | null): void {
  openSession = session;
}

export function installAutomation(library: LocalBoardLibrary, compaction: { compactNow(): Promise<void> }): void {
  window.beatboardAutomation = {
    openBoard: () => openSession?.store.getBoard() ?? null,
    peers: () => (openSession ? readPeers(openSession.awareness) : []),
    camera: () => openSession?.editor.camera.get() ?? null,
    notes: () => (openSession ? readNotes(openSession.notes) : null),
    compactStorage: () => compaction.compactNow(),
    whenStored: () => whenAllStored(),
    failNextStorageReads,
    createBoardFromUpdate(updateBase64) {
      const bytes = Uint8Array.from(atob(updateBase64), (char) => char.charCodeAt(0));
      return library.create('', (doc) => Y.applyUpdate(doc, bytes));
    },
  };
}
