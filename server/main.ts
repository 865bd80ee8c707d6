// The server process: `node --import tsx server/main.ts`, or `npm start`, which builds the
// client first when needed. Settings come from HOST, PORT and DATA_DIR (see config.ts).
import path from 'node:path';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { startServer, type RunningServer } from './http/listen';
import { isClientBuilt } from './http/static';

// Longer than the server's own grace period for open requests.
const FORCED_EXIT_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfigOrExit();

  if (!isClientBuilt(config.clientDir)) {
    const shown = path.relative(process.cwd(), config.clientDir) || '.';
    console.warn(
      `The client is not built (no ${shown}/index.html). Run \`npm run build\`, or use ` +
        '`npm start`, which builds it. Until then pages answer with that instruction.',
    );
  }

  const running = await listenOrExit(config);
  console.log(`Beatboard is running at ${running.url}`);
  stopOnSignals(running);
}

function readConfigOrExit(): ServerConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function listenOrExit(config: ServerConfig): Promise<RunningServer> {
  try {
    return await startServer(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${config.host}:${config.port}`;
    if (code === 'EADDRINUSE') {
      console.error(
        `Port ${config.port} is already in use. Stop the other server or pick another ` +
          `port, e.g. PORT=${config.port + 1} npm start`,
      );
    } else if (code === 'EACCES') {
      console.error(
        `Not allowed to listen on ${where}. Ports below 1024 need extra rights; try PORT=8080.`,
      );
    } else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      console.error(
        `HOST=${config.host} is not an address of this machine. ` +
          'Try HOST=127.0.0.1, or HOST=0.0.0.0 to listen on every network.',
      );
    } else {
      console.error(`Could not start the server on ${where}:`, error);
    }
    process.exit(1);
  }
}

function stopOnSignals(running: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // npm and the terminal may both deliver the same Ctrl+C, so repeats are ignored; the
    // close itself is bounded, and the timer below is the last resort.
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down…`);
    setTimeout(() => process.exit(1), FORCED_EXIT_MS).unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
