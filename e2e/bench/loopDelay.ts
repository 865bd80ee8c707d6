import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Watches how late this process's event loop runs a timer that ticks every `resolutionMs`.
 * Node's histogram records the whole time between ticks, so an idle loop reads the resolution
 * itself (10 ms at 10 ms); the figures here are only what came on top of it.
 */
export function watchLoopDelay(resolutionMs: number) {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const lateMs = (ns: number) => Math.max(0, ns / 1e6 - resolutionMs);
  return {
    stop: () => histogram.disable(),
    /** Lateness in ms at the `p`-th percentile of ticks. */
    percentile: (p: number) => lateMs(histogram.percentile(p)),
    /** The slowest tick's lateness in ms: the longest block. */
    max: () => lateMs(histogram.max),
  };
}
