import type { DocStorage } from './docStorage';
import type { SqliteDatabase } from './database';

interface PendingAppend {
  room: string;
  update: Uint8Array;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Room documents in SQLite: a merged state per room plus an append-only log of updates.
 * Appends are batched: everything that arrives in one event-loop turn is written in one
 * transaction (one commit instead of one per update), and each caller hears back only after
 * that commit.
 */
export class SqliteDocStorage implements DocStorage {
  private batch: PendingAppend[] = [];
  private readonly insertUpdate;
  private readonly selectState;
  private readonly selectUpdates;
  private readonly deleteUpdates;
  private readonly upsertState;

  constructor(private readonly db: SqliteDatabase) {
    this.insertUpdate = db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)');
    this.selectState = db.prepare('SELECT state FROM doc_states WHERE room = ?').pluck();
    this.selectUpdates = db.prepare('SELECT data FROM doc_updates WHERE room = ? ORDER BY seq').pluck();
    this.deleteUpdates = db.prepare('DELETE FROM doc_updates WHERE room = ?');
    this.upsertState = db.prepare(
      `INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    );
  }

  async load(room: string): Promise<Uint8Array[]> {
    // Pending appends of this room are committed first, so a load sees them.
    this.flush();
    const state = this.selectState.get(room) as Buffer | undefined;
    const updates = this.selectUpdates.all(room) as Buffer[];
    return (state ? [state, ...updates] : updates).map(toBytes);
  }

  append(room: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.batch.length === 0) setImmediate(() => this.flush());
      this.batch.push({ room, update, resolve, reject });
    });
  }

  async compact(room: string, state: Uint8Array): Promise<void> {
    this.flush();
    this.db.transaction(() => {
      this.deleteUpdates.run(room);
      this.upsertState.run(room, state, Date.now());
    })();
  }

  isHealthy(): boolean {
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  /** Writes the pending batch in one transaction, then tells every caller how it went. */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) this.insertUpdate.run(item.room, item.update);
      })();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const item of batch) item.resolve();
  }
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
