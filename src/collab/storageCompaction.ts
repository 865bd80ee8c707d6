import { DATABASE_NAME } from './db';

export interface CompactionRequest {
  id: number;
  databaseName: string;
  /** Docs folded less than this long ago are left alone. */
  skipIfDoneWithinMs: number;
}

export type CompactionReply = { id: number; ok: true } | { id: number; ok: false; message: string };

const FIRST_RUN_MS = 10_000;
const INTERVAL_MS = 5 * 60_000;

/**
 * Every board doc is stored as a growing list of updates; now and then they are folded into
 * one so a board keeps opening fast. That runs in a worker, first ten seconds after start and
 * then every five minutes, so it never freezes the board. `compactNow` does it at once.
 */
export function startStorageCompaction(databaseName = DATABASE_NAME): { compactNow(): Promise<void>; stop(): void } {
  let worker: Worker | null = null;
  let stopped = false;
  let nextId = 1;
  const waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
  const run = (skipIfDoneWithinMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) {
        reject(new Error('Storage folding has stopped.'));
        return;
      }
      if (!worker) {
        worker = new Worker(new URL('./storageCompaction.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<CompactionReply>) => {
          const reply = event.data;
          const pending = waiting.get(reply.id);
          waiting.delete(reply.id);
          if (reply.ok) pending?.resolve();
          else pending?.reject(new Error(reply.message));
        };
      }
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, databaseName, skipIfDoneWithinMs } satisfies CompactionRequest);
    });
  const periodic = () =>
    run(INTERVAL_MS)
      .catch((error: unknown) => console.debug('Folding stored board updates failed; they are kept as they are.', error))
      .finally(() => {
        if (!stopped) timer = setTimeout(periodic, INTERVAL_MS);
      });
  let timer: ReturnType<typeof setTimeout> = setTimeout(periodic, FIRST_RUN_MS);
  return {
    compactNow: () => run(0),
    stop() {
      stopped = true;
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
      // A fold cut short leaves the stored updates as they were; its callers hear it ended.
      for (const pending of waiting.values()) pending.reject(new Error('Storage folding has stopped.'));
      waiting.clear();
    },
  };
}
