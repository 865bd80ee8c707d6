import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHourlyVersions } from './hourlyVersions';

describe('startHourlyVersions', () => {
  afterEach(() => vi.useRealTimers());

  it('makes an hourly version only in hours the board changed', async () => {
    vi.useFakeTimers();
    const board = new Y.Doc();
    const notes = new Y.Doc();
    const createAutomatic = vi.fn(async () => ({}) as never);
    const stop = startHourlyVersions({ store: { createAutomatic }, docs: { board, notes }, intervalMs: 1000 });

    await vi.advanceTimersByTimeAsync(1000);
    expect(createAutomatic).not.toHaveBeenCalled();
    board.getMap('meta').set('title', 'x');
    await vi.advanceTimersByTimeAsync(1000);
    expect(createAutomatic).toHaveBeenCalledWith('hourly', null);
    await vi.advanceTimersByTimeAsync(3000);
    expect(createAutomatic).toHaveBeenCalledTimes(1);
    notes.getMap('comments').set('c', 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(createAutomatic).toHaveBeenCalledTimes(2);

    stop();
    board.getMap('meta').set('title', 'y');
    await vi.advanceTimersByTimeAsync(5000);
    expect(createAutomatic).toHaveBeenCalledTimes(2);
  });

  it('tries again next hour when a version could not be kept', async () => {
    vi.useFakeTimers();
    const board = new Y.Doc();
    const onError = vi.fn();
    const createAutomatic = vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue({});
    const stop = startHourlyVersions({ store: { createAutomatic }, docs: { board, notes: new Y.Doc() }, intervalMs: 1000, onError });
    board.getMap('meta').set('title', 'x');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(createAutomatic).toHaveBeenCalledTimes(2);
    stop();
  });
});
