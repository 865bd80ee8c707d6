// Folds each board's stored Yjs updates together, away from the tab's main thread: on a
// board of thousands of sketched shots that takes over a second of decoding and encoding.
import { openDatabase } from './db';
import { foldAllDocs } from './storage/foldDoc';
import type { CompactionReply, CompactionRequest } from './storageCompaction';

let db: ReturnType<typeof openDatabase> | null = null;
let lastFoldAt = 0;

self.onmessage = async (event: MessageEvent<CompactionRequest>) => {
  const { id, databaseName, skipIfDoneWithinMs } = event.data;
  db ??= openDatabase(databaseName);
  let reply: CompactionReply;
  try {
    if (Date.now() - lastFoldAt >= skipIfDoneWithinMs) {
      await foldAllDocs(db);
      lastFoldAt = Date.now();
    }
    reply = { id, ok: true };
  } catch (error) {
    reply = { id, ok: false, message: String(error) };
  }
  self.postMessage(reply);
};
