// Folds each board's stored Yjs updates into one, away from the tab's main thread: on a board
// of thousands of sketched shots that takes over a second of decoding and encoding.
import { compressYDocs } from 'y-dexie';
import { openDatabase } from './db';
import type { CompactionReply, CompactionRequest } from './storageCompaction';

let db: ReturnType<typeof openDatabase> | null = null;

self.onmessage = async (event: MessageEvent<CompactionRequest>) => {
  const { id, databaseName, skipIfDoneWithinMs } = event.data;
  db ??= openDatabase(databaseName);
  let reply: CompactionReply;
  try {
    await compressYDocs(db, skipIfDoneWithinMs);
    reply = { id, ok: true };
  } catch (error) {
    reply = { id, ok: false, message: String(error) };
  }
  self.postMessage(reply);
};
