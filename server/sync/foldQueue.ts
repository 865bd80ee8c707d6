/**
 * Folds run one at a time, a turn of the event loop apart: rooms that grow together (a
 * classroom, a load test) would otherwise all fold in the same instant and stall every relay.
 */
const foldQueue: (() => void)[] = [];
let folding = false;
export function scheduleFold(fold: () => void): void {
  foldQueue.push(fold);
  if (folding) return;
  folding = true;
  const next = () => {
    const task = foldQueue.shift();
    if (!task) {
      folding = false;
      return;
    }
    task();
    setImmediate(next);
  };
  setImmediate(next);
}
