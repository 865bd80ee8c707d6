import { watchLoopDelay } from '../loopDelay';
import { ProtocolClient } from './protocolClient';
import type { ToWorker, WorkerResult } from './workerMessages';

/**
 * One load-generator process: the clients of some rooms, every client of a room in this one
 * process so that one clock times both ends of each delivery. The parent (loadGenerator.ts)
 * tells it which rooms to join, when to start editing, and collects what it measured.
 */

interface Client {
  connection: ProtocolClient;
  /** Index over every generator process, so edit phases spread the same however clients are split. */
  index: number;
}

const clients: Client[] = [];
/** When each edit of this process's clients was made, by editKey. */
const sentAt = new Map<string, number>();
const latencies: number[] = [];
let received = 0;

const send = (message: unknown) => process.send!(message);

const until = async (condition: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const arrived = (key: string) => {
  const at = sentAt.get(key);
  if (at === undefined) return;
  latencies.push(performance.now() - at);
  received++;
};

async function join(message: Extract<ToWorker, { type: 'join' }>) {
  let index = message.firstIndex;
  for (const [room, target] of message.targets.entries()) {
    // Connections are opened in batches, as real users arrive, not all in one instant.
    if (room % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 50));
    for (let c = 0; c < message.clientsPerRoom; c++) {
      const url = target.urls ? target.urls[c % target.urls.length]! : target.url;
      clients.push({ connection: new ProtocolClient({ ...target, url }, arrived, sentAt), index: index++ });
    }
  }
}

async function edit(message: Extract<ToWorker, { type: 'edit' }>): Promise<WorkerResult> {
  const lag = watchLoopDelay(10);
  const cpuBefore = process.cpuUsage();
  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    for (const client of clients) {
      const phase = (client.index * 7919) % message.editEveryMs;
      timers.push(
        setTimeout(() => {
          client.connection.edit(client.index);
          timers.push(setInterval(() => client.connection.edit(client.index), message.editEveryMs));
        }, phase),
      );
    }
    setTimeout(resolve, message.seconds * 1000);
  });
  timers.forEach((timer) => clearTimeout(timer));
  // Let the last edits arrive.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  lag.stop();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    type: 'done',
    latencies: Float64Array.from(latencies),
    received,
    expected: clients.reduce((sum, client) => sum + client.connection.editsMade * (message.clientsPerRoom - 1), 0),
    lagP99: lag.percentile(99),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'join') {
    join(message)
      .then(() => until(() => clients.every((client) => client.connection.synced), 60_000, 'every client to sync'))
      .then(
        () => send({ type: 'synced' }),
        (error: Error) => send({ type: 'failed', message: error.message }),
      );
  } else if (message.type === 'edit') {
    edit(message).then(send, (error: Error) => send({ type: 'failed', message: error.message }));
  } else {
    for (const client of clients) client.connection.close();
    process.exit(0);
  }
});
