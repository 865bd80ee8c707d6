import * as Y from 'yjs';
import type { DocStorage } from '../docStorage';
import { bytesOf, toBuffer } from './pgBytes';
import type { PgDatabase } from './pgDatabase';

interface PendingAppend {
  room: string;
  update: Uint8Array;
  resolve(): void;
  reject(error: unknown): void;
}

/** Rows per INSERT statement: PostgreSQL takes at most 65535 parameters in one. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Room documents in PostgreSQL, laid out like SqliteDocStorage: a folded state per room and
 * a log of the updates appended since. Unlike SQLite, several server processes may hold the
 * same room at once, each appending; compaction is written with that in mind.
 *
 * Group commit: the appends handed over while one batch is written, whatever their room,
 * go together into the next INSERT (one transaction), and each caller hears back once it is
 * committed. A lone append waits only for the end of its event-loop turn.
 */
export class PgDocStorage implements DocStorage {
  /** Appends waiting for the next batch. */
  private pending: PendingAppend[] = [];
  /** The batch being written, if any: one at a time. */
  private writing: Promise<void> | null = null;
  /** Settles once the appends now pending are written, as the next batch (made when flush waits for them). */
  private pendingWritten: { promise: Promise<void>; resolve(): void } | null = null;
  private writeScheduled = false;

  constructor(private readonly db: PgDatabase) {}

  async load(room: string): Promise<Uint8Array[]> {
    // This process's pending appends are committed first, so a load sees them.
    await this.flush();
    // One statement, so one snapshot: a compaction committed by another process between
    // reading the state and reading the log could otherwise lose the rows it folded.
    const { rows } = await this.db.query<{ data: Buffer }>(
      `SELECT data FROM (
         SELECT 0 AS part, 0::bigint AS seq, state AS data FROM doc_states WHERE room = $1
         UNION ALL
         SELECT 1, seq, data FROM doc_updates WHERE room = $1
       ) AS doc ORDER BY part, seq`,
      [room],
    );
    return rows.map((row) => bytesOf(row.data));
  }

  append(room: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ room, update, resolve, reject });
      // While a batch is being written, appends wait for it to finish and then go together.
      if (this.writing || this.writeScheduled) return;
      this.writeScheduled = true;
      setImmediate(() => {
        this.writeScheduled = false;
        this.writeNextBatch();
      });
    });
  }

  /**
   * Folds the room. Another process may have appended updates this process's doc does not
   * have yet, so the stored state becomes the merge of the old state, the caller's state
   * and the log rows present now, and exactly those rows are deleted; rows appended
   * meanwhile stay in the log. The advisory lock lets one process fold a room at a time,
   * so two folds never delete rows the other merged only into its own (lost) state.
   */
  async compact(room: string, state: Uint8Array): Promise<void> {
    await this.flush();
    await this.db.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('beatboard:doc:' || $1, 0))`, [room]);
      const stored = await client.query<{ state: Buffer }>('SELECT state FROM doc_states WHERE room = $1', [room]);
      const log = await client.query<{ seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE room = $1 ORDER BY seq',
        [room],
      );
      const old = stored.rows[0];
      const parts = [...(old ? [bytesOf(old.state)] : []), state, ...log.rows.map((row) => bytesOf(row.data))];
      // When the caller's state already holds the rest (one process had every update), the
      // merge is that state again.
      const merged = parts.length === 1 ? state : Y.mergeUpdates(parts);
      await client.query(
        `INSERT INTO doc_states (room, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [room, toBuffer(merged), Date.now()],
      );
      if (log.rows.length > 0) {
        await client.query('DELETE FROM doc_updates WHERE room = $1 AND seq = ANY($2::bigint[])', [
          room,
          log.rows.map((row) => row.seq),
        ]);
      }
    });
  }

  isHealthy(): boolean {
    return this.db.isHealthy();
  }

  /**
   * Resolves once everything appended so far is written (or has failed: each caller is told,
   * this never rejects). Pending appends are handed over at once, or right after the batch
   * being written.
   */
  flush(): Promise<void> {
    if (this.pending.length === 0) return this.writing ?? Promise.resolve();
    if (!this.pendingWritten) {
      let resolve!: () => void;
      const promise = new Promise<void>((settle) => (resolve = settle));
      this.pendingWritten = { promise, resolve };
    }
    const written = this.pendingWritten.promise;
    this.writeNextBatch();
    return written;
  }

  /**
   * Group commit: one batch in flight at a time, and everything appended while it was written
   * goes in the next. Cutting a batch every event-loop turn instead would queue batches faster
   * than a busy loop hears them committed, and every update would wait behind that queue.
   */
  private writeNextBatch(): void {
    if (this.writing || this.pending.length === 0) return;
    const batch = this.pending;
    const written = this.pendingWritten;
    this.pending = [];
    this.pendingWritten = null;
    this.writing = this.write(batch).then(() => {
      this.writing = null;
      written?.resolve();
      this.writeNextBatch();
    });
  }

  private async write(batch: PendingAppend[]): Promise<void> {
    try {
      if (batch.length <= ROWS_PER_STATEMENT) {
        // One statement commits on its own: no BEGIN/COMMIT round trips.
        await this.db.query(insertStatement(batch.length), rowValues(batch));
      } else {
        await this.db.transaction(async (client) => {
          for (let start = 0; start < batch.length; start += ROWS_PER_STATEMENT) {
            const rows = batch.slice(start, start + ROWS_PER_STATEMENT);
            await client.query(insertStatement(rows.length), rowValues(rows));
          }
        });
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const item of batch) item.resolve();
  }
}

/** `INSERT … VALUES ($1, $2), ($3, $4), …`: the rows take their seq in this order. */
function insertStatement(rows: number): string {
  const values = Array.from({ length: rows }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`);
  return `INSERT INTO doc_updates (room, data) VALUES ${values.join(', ')}`;
}

function rowValues(batch: PendingAppend[]): unknown[] {
  return batch.flatMap((item) => [item.room, toBuffer(item.update)]);
}
