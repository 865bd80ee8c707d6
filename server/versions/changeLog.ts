/**
 * Which boards changed since their last version, counted in memory: every stored update of a
 * board's docs (board or notes) counts one change, and a version records how many it saw.
 * Counting (rather than a flag) keeps a change that lands while a version is being made
 * from being forgotten: that version may not include it.
 *
 * Kept in memory only: a clean shutdown versions every changed room as it unloads, and after
 * a crash the next edit of a board marks it changed again.
 */
export class ChangeLog {
  private readonly boards = new Map<string, { changes: number; captured: number }>();

  /** One more stored change of the board. */
  note(boardId: string): void {
    const entry = this.boards.get(boardId);
    if (entry) entry.changes++;
    else this.boards.set(boardId, { changes: 1, captured: 0 });
  }

  /** A mark to hand to `captured` once a version made from the board's state now is stored. */
  mark(boardId: string): number {
    return this.boards.get(boardId)?.changes ?? 0;
  }

  /** A version holds every change up to `mark`. */
  captured(boardId: string, mark: number): void {
    const entry = this.boards.get(boardId);
    if (!entry) return;
    entry.captured = Math.max(entry.captured, mark);
    // Nothing left to remember about a board whose changes are all in a version.
    if (entry.captured >= entry.changes) this.boards.delete(boardId);
  }

  hasUncaptured(boardId: string): boolean {
    const entry = this.boards.get(boardId);
    return entry !== undefined && entry.changes > entry.captured;
  }

  /** Boards with changes no version holds yet. */
  uncapturedBoards(): string[] {
    return [...this.boards].filter(([, entry]) => entry.changes > entry.captured).map(([boardId]) => boardId);
  }
}
