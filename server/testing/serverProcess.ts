import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TEST_SECRET } from './syncHarness';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A real server process, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** With a trailing slash. */
  url: string;
  syncUrl: string;
  /** Everything it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown, no last writes. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM: a clean shutdown. Resolves once it is gone. */
  stop(): Promise<void>;
}

const running = new Set<ServerProcess>();

/**
 * Starts `server/main.ts` (or another entry, such as a compiled bundle) in a child process with
 * these settings (on top of a loopback host, a free port unless PORT is given, and the test
 * secret); resolves once it is listening.
 */
export function startServerProcess(env: Record<string, string>, entry = ['--import', 'tsx', 'server/main.ts']): Promise<ServerProcess> {
  const child = spawn(process.execPath, entry, {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', BEATBOARD_SECRET: TEST_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(output);
      if (!match || server) return;
      const port = Number(match[2]);
      server = {
        child, port, url: match[1]!, syncUrl: `ws://127.0.0.1:${port}/sync`,
        output: () => output,
        kill: () => stopWith('SIGKILL'),
        stop: () => stopWith('SIGTERM'),
      };
      running.add(server);
      void exited.then(() => running.delete(server!));
      resolve(server);
    };
    let server: ServerProcess | undefined;
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('exit', (code) => {
      if (!server) reject(new Error(`the server exited before listening (${code}):\n${output}`));
    });
  });
}

/** Kills every server process still running (for afterAll). */
export async function killAllServerProcesses(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()));
}
