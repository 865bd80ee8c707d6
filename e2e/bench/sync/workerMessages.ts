/** What the load generator's parent and its worker processes say to each other. */

export interface RoomTarget {
  url: string;
  room: string;
  token?: string;
  /** Server processes that share the room (scale-out): the room's clients take turns over these addresses. */
  urls?: string[];
}

export type ToWorker =
  | { type: 'join'; targets: RoomTarget[]; clientsPerRoom: number; firstIndex: number }
  | { type: 'edit'; editEveryMs: number; seconds: number; clientsPerRoom: number }
  | { type: 'close' };

export interface WorkerResult {
  type: 'done';
  /** Milliseconds from each edit to its arrival at each other client of its room. */
  latencies: Float64Array;
  received: number;
  /** Deliveries the worker's edits should have made (every edit to every other client of its room). */
  expected: number;
  /** The worker's own event-loop delay p99, in ms. */
  lagP99: number;
  /** CPU seconds (user + system) the worker used while editing. */
  cpuSeconds: number;
}

export type FromWorker = { type: 'synced' } | WorkerResult | { type: 'failed'; message: string };
