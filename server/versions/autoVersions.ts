import type { VersionStorage } from '../storage/versionStorage';
import type { Room } from '../sync/room';
import type { BoardVersions } from './boardVersions';
import type { ChangeLog } from './changeLog';

export interface AutoVersionTimings {
  /** A board with no version yet gets its `publish` version once its docs were quiet this long. */
  quietMs: number;
  /** How often changed boards are checked for an `hourly` version. */
  checkEveryMs: number;
  /** A changed board gets an `hourly` version once its latest version is this old. */
  everyMs: number;
}

export interface AutoVersionLog {
  warn(message: string): void;
}

/** `<boardId>` or `<boardId>/notes` (board ids have no slash). */
export const boardOfRoom = (room: string) => room.split('/', 1)[0]!;

/**
 * The versions the server makes on its own (docs/server-api.md "Versions"):
 * - `publish`, a board's first: once its docs have content and were quiet for `quietMs`.
 *   A browser publishes a board in pieces (socket updates, or several uploads), so the first
 *   state worth keeping is the one after the last piece. A server-seeded board gets its
 *   `publish` version at creation (server/http/boards.ts).
 * - `hourly`: a board changed since its last version gets one when that version is `everyMs`
 *   old, checked every `checkEveryMs`, and when one of its rooms unloads.
 */
export class AutoVersions {
  private readonly quietTimers = new Map<string, NodeJS.Timeout>();
  /** Boards known to have a version, so their changes need not look for one. */
  private readonly versioned = new Set<string>();
  private checkTimer: NodeJS.Timeout | undefined;
  private checking = false;
  private stopped = false;

  constructor(
    private readonly versions: BoardVersions,
    private readonly storage: VersionStorage,
    private readonly changes: ChangeLog,
    private readonly timings: AutoVersionTimings,
    private readonly now: () => number,
    private readonly log: AutoVersionLog,
  ) {}

  start(): void {
    this.checkTimer = setInterval(() => {
      void this.checkHourly().catch((error: unknown) => this.log.warn(`the hourly version check failed: ${String(error)}`));
    }, this.timings.checkEveryMs);
    this.checkTimer.unref();
  }

  /**
   * Stops the timers and waits for versions being made. Call it once the rooms are unloaded:
   * a board still in its quiet period gets its `publish` version now, from storage, since
   * nothing would arm its timer again after a restart until its next edit.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.checkTimer);
    const waiting = [...this.quietTimers.keys()];
    for (const timer of this.quietTimers.values()) clearTimeout(timer);
    this.quietTimers.clear();
    await Promise.all(waiting.map((boardId) => this.publish(boardId).catch((error: unknown) => this.warn(boardId, error))));
    await this.versions.settled();
  }

  /** A room stored a change (called for every update a room stores). */
  changed(room: string): void {
    const boardId = boardOfRoom(room);
    this.changes.note(boardId);
    if (!this.versioned.has(boardId)) void this.waitForQuiet(boardId).catch((error: unknown) => this.warn(boardId, error));
  }

  /**
   * Rooms.beforeUnload: a room with changes no version holds gets one before it goes. Not a
   * board still waiting for its `publish` version: one published over HTTP in pieces may
   * unload between pieces, and its quiet period (which reads storage) covers that.
   */
  async beforeUnload(room: Room): Promise<void> {
    const boardId = boardOfRoom(room.name);
    if (this.changes.hasUncaptured(boardId) && !this.stopped && (await this.hasVersion(boardId))) {
      await this.versions.create(boardId, { reason: 'hourly' }, { onlyIfChanged: true, room });
    }
  }

  /** (Re)starts the board's quiet period, unless it turns out to have a version already. */
  private async waitForQuiet(boardId: string): Promise<void> {
    if (await this.hasVersion(boardId)) return;
    if (this.stopped) return;
    clearTimeout(this.quietTimers.get(boardId));
    const timer = setTimeout(() => {
      this.quietTimers.delete(boardId);
      void this.publish(boardId).catch((error: unknown) => this.warn(boardId, error));
    }, this.timings.quietMs);
    timer.unref();
    this.quietTimers.set(boardId, timer);
  }

  /** The board's first version, if it has none yet and its board doc has content. */
  private async publish(boardId: string): Promise<void> {
    const made = await this.versions.create(boardId, { reason: 'publish' }, { onlyFirst: true, needsContent: true });
    if (made) this.versioned.add(boardId);
  }

  private async hasVersion(boardId: string): Promise<boolean> {
    if (this.versioned.has(boardId)) return true;
    if (!(await this.storage.latest(boardId))) return false;
    this.versioned.add(boardId);
    return true;
  }

  /** Makes an `hourly` version of every changed board whose latest version is old enough. */
  private async checkHourly(): Promise<void> {
    // A slow round (many large boards) is not overlapped by the next one.
    if (this.checking || this.stopped) return;
    this.checking = true;
    try {
      for (const boardId of this.changes.uncapturedBoards()) {
        // A board without a version waits for its `publish` one instead.
        if (this.quietTimers.has(boardId) || !(await this.hasVersion(boardId))) continue;
        const latest = await this.storage.latest(boardId);
        if (!latest || this.now() - latest.createdAt < this.timings.everyMs) continue;
        await this.versions.create(boardId, { reason: 'hourly' }, { onlyIfChanged: true }).catch((error: unknown) => this.warn(boardId, error));
      }
    } finally {
      this.checking = false;
    }
  }

  private warn(boardId: string, error: unknown): void {
    this.log.warn(`board ${boardId}: could not make an automatic version: ${String(error)}`);
  }
}
