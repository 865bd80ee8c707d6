import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleAfterQuiet } from './settle';

describe('settleAfterQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a lone change at once and a burst once it pauses', () => {
    const run = vi.fn();
    const settle = settleAfterQuiet(run, 100);
    settle.changed();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20);
    settle.changed();
    vi.advanceTimersByTime(20);
    settle.changed();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', () => {
    const run = vi.fn();
    const settle = settleAfterQuiet(run, 100);
    settle.changed();
    settle.changed();
    settle.cancel();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
