import { describe, expect, it } from 'vitest';
import { OutgoingQueueCheck } from './outgoingQueue';

const MiB = 1024 * 1024;

describe('the outgoing queue of a socket', () => {
  it('takes frames while what waits stays within the limit, and refuses the one past it', () => {
    const check = new OutgoingQueueCheck(4 * MiB);
    expect(check.accepts(0, MiB)).toBe(true);
    expect(check.accepts(2 * MiB, MiB)).toBe(true);
    // 3 MiB waiting and a 1 MiB frame: still within 4 MiB beyond the largest frame (1 MiB).
    expect(check.accepts(3 * MiB, MiB)).toBe(true);
    expect(check.accepts(4 * MiB, 1.5 * MiB)).toBe(true);
    expect(check.accepts(5.5 * MiB, 0.1 * MiB)).toBe(false);
  });

  it('welcomes a first sync far larger than the limit, and counts only what piles up behind it', () => {
    const check = new OutgoingQueueCheck(4 * MiB);
    expect(check.accepts(0, 200 * MiB)).toBe(true);
    // Edits relayed while it drains: fine up to the limit beyond it.
    expect(check.accepts(150 * MiB, MiB)).toBe(true);
    expect(check.accepts(203 * MiB, MiB)).toBe(true);
    expect(check.accepts(204 * MiB, MiB)).toBe(false);
  });

  it('forgets the large frame once the queue has run low again', () => {
    const check = new OutgoingQueueCheck(4 * MiB);
    expect(check.accepts(0, 200 * MiB)).toBe(true);
    expect(check.accepts(MiB, MiB)).toBe(true);
    // Sent: from now on 8 MiB piling up is a reader that stopped, not a large board.
    expect(check.accepts(8 * MiB, 0.1 * MiB)).toBe(false);
  });
});
