// A socket whose reader does not keep up makes the server hold every frame the room sends it
// until it does. This decides when that has gone on long enough: once the bytes queued for it
// are more than a limit beyond the largest frame queued since its queue last ran low. The
// largest frame is left out because a large board's first sync is one frame, which may be far
// larger than the limit and is still welcome; what piles up behind it is what is counted.

export class OutgoingQueueCheck {
  private largest = 0;

  constructor(private readonly limitBytes: number) {}

  /** Whether a frame of `frameBytes` may be queued behind `queuedBytes` not yet sent. */
  accepts(queuedBytes: number, frameBytes: number): boolean {
    if (queuedBytes <= this.limitBytes) this.largest = 0;
    this.largest = Math.max(this.largest, frameBytes);
    return queuedBytes + frameBytes <= this.limitBytes + this.largest;
  }
}
