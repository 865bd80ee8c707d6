import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ToWorker, WorkerResult } from './workerMessages';

/**
 * One load-generator process: the clients of some rooms, every client of a room in this one
 * process so that one clock times both ends of each delivery. The parent (loadGenerator.ts)
 * tells it which rooms to join, when to start editing, and collects what it measured.
 */

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Index over every generator process, so edit phases spread the same however clients are split. */
  index: number;
  sent: number;
}

process.setMaxListeners(0); // every Node y-websocket client listens for the process exit

const clients: Client[] = [];
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

async function join(message: Extract<ToWorker, { type: 'join' }>) {
  let index = message.firstIndex;
  for (const [room, target] of message.targets.entries()) {
    // Connections are opened in batches, as real users arrive, not all in one instant.
    if (room % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 50));
    for (let c = 0; c < message.clientsPerRoom; c++) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(target.url, target.room, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params: target.token ? { token: target.token } : {},
        disableBc: true,
      });
      const edits = doc.getMap<{ t: number }>('edits');
      edits.observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const value = edits.get(key);
          if (value) {
            latencies.push(now - value.t);
            received++;
          }
        }
      });
      clients.push({ doc, provider, index: index++, sent: 0 });
    }
  }
}

async function edit(message: Extract<ToWorker, { type: 'edit' }>): Promise<WorkerResult> {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpuBefore = process.cpuUsage();
  const timers: NodeJS.Timeout[] = [];
  const editOnce = (client: Client) => {
    client.sent++;
    client.doc.getMap('edits').set(String(client.index), { t: performance.now(), n: client.sent });
  };
  await new Promise<void>((resolve) => {
    for (const client of clients) {
      const phase = (client.index * 7919) % message.editEveryMs;
      timers.push(
        setTimeout(() => {
          editOnce(client);
          timers.push(setInterval(() => editOnce(client), message.editEveryMs));
        }, phase),
      );
    }
    setTimeout(resolve, message.seconds * 1000);
  });
  timers.forEach((timer) => clearTimeout(timer));
  // Let the last edits arrive.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  lag.disable();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    type: 'done',
    latencies: Float64Array.from(latencies),
    received,
    expected: clients.reduce((sum, client) => sum + client.sent * (message.clientsPerRoom - 1), 0),
    lagP99: lag.percentile(99) / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'join') {
    join(message)
      .then(() => until(() => clients.every((client) => client.provider.synced), 60_000, 'every client to sync'))
      .then(
      () => send({ type: 'synced' }),
      (error: Error) => send({ type: 'failed', message: error.message }),
    );
  } else if (message.type === 'edit') {
    edit(message).then(send, (error: Error) => send({ type: 'failed', message: error.message }));
  } else {
    for (const client of clients) {
      client.provider.destroy();
      client.doc.destroy();
    }
    process.exit(0);
  }
});
