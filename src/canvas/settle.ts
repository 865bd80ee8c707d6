/**
 * Paces work that follows a stream of changes: a lone change (after a quiet spell of `quietMs`)
 * runs `run` at once; while changes keep coming, it runs once they have paused for `quietMs`.
 */
export function settleAfterQuiet(run: () => void, quietMs: number): { changed(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changedAt = -Infinity;
  const fire = () => {
    timer = undefined;
    run();
  };
  return {
    changed() {
      const now = performance.now();
      const lone = now - changedAt > quietMs;
      changedAt = now;
      clearTimeout(timer);
      if (lone) fire();
      else timer = setTimeout(fire, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
