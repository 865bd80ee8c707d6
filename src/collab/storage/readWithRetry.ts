/**
 * Reads from IndexedDB with retries. Chromium now and then fails to read a stored value
 * ("Failed to read large IndexedDB value") and succeeds on the next try, so a failed read is
 * tried again after a short pause before the board is given up on.
 */

/** Pauses before the second and third try. */
const RETRY_DELAYS_MS = [50, 250];

export class StorageReadError extends Error {
  override name = 'StorageReadError';
}

// Failures the end-to-end tests ask for (through window.beatboardAutomation), so the retry
// and the failure message can be shown with a real browser's storage.
let injectedFailures = 0;

/** Makes the next `count` storage reads fail, as a browser's storage sometimes does. */
export function failNextStorageReads(count: number): void {
  injectedFailures = Math.max(0, count);
}

export async function readWithRetry<T>(read: () => Promise<T>, what: string): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt - 1]));
    try {
      if (injectedFailures > 0) {
        injectedFailures--;
        throw new Error('Failed to read large IndexedDB value (simulated)');
      }
      return await read();
    } catch (error) {
      lastError = error;
      console.warn(`Reading ${what} from this browser's storage failed (try ${attempt + 1}).`, error);
    }
  }
  throw new StorageReadError(`This browser could not read ${what} from its storage (${String(lastError)}).`);
}
