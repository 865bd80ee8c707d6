import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { BROWSER_ENV, findBrowser } from './tools/find-browser.mjs';
import { ARTIFACTS_DIR } from './support/artifacts';
import { freePort } from './support/free-port';
import { AI_KEY_SENTINEL } from './support/sentinel';

// The e2e run drives the real server, built client and a real Chromium. `npm test` builds
// the client and picks the browser first; running Playwright directly works too once
// `npm run build` has been done.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Playwright evaluates this file again in every worker process. Workers inherit the
// environment of the runner, so whatever is chosen once here is stored there and reused,
// otherwise each worker would pick its own port.
const PORT_ENV = 'BEATBOARD_E2E_PORT';
const DATA_DIR_ENV = 'BEATBOARD_E2E_DATA_DIR';

if (!process.env[PORT_ENV]) {
  process.env[PORT_ENV] = String(await freePort());
}
if (!process.env[DATA_DIR_ENV]) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-e2e-'));
  process.env[DATA_DIR_ENV] = dataDir;
  // Removed when the runner exits, which is after it has stopped the server.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
if (!process.env[BROWSER_ENV]) {
  const browser = await findBrowser();
  if (browser) process.env[BROWSER_ENV] = browser.path;
}
// BEATBOARD_CLIENT_DIR serves a client built elsewhere (e.g. `vite build --outDir`), so two
// e2e runs can build side by side without overwriting each other's dist/.
const clientDir = process.env.BEATBOARD_CLIENT_DIR
  ? path.resolve(process.env.BEATBOARD_CLIENT_DIR)
  : path.join(projectRoot, 'dist');
if (!existsSync(path.join(clientDir, 'index.html'))) {
  throw new Error('The client is not built. Run `npm run build` first (`npm test` does it for you).');
}

const port = Number(process.env[PORT_ENV]);
const baseURL = `http://127.0.0.1:${port}/`;

/** Chromium as every project drives it. */
const CHROMIUM: PlaywrightTestConfig['use'] = {
  browserName: 'chromium',
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: process.env[BROWSER_ENV] || undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      // A microphone that plays a test tone, for recording a shot's clip. It is used only
      // where a page asks for one and the test's context granted it ('microphone').
      '--use-fake-device-for-media-stream',
    ],
  },
};

const HEAVY_SPECS = ['**/largeBoard.spec.ts'];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(ARTIFACTS_DIR, 'test-results'),
  // Two cores on the shared machines; more workers only make every test slower.
  workers: 2,
  fullyParallel: false,
  // A flaky test is a bug to fix, not to retry past.
  retries: 0,
  // A stray .only would skip the rest of the suite in silence, on a laptop as much as in CI.
  forbidOnly: true,
  reporter: 'list',
  // Two minutes: a test that takes 20 s alone has taken three times that beside a heavy
  // neighbour on CI's two busy cores, with every step still progressing. Speed is the
  // benchmarks' business; this limit only has to catch a test that hangs.
  timeout: 120_000,
  expect: { timeout: 10_000 },

  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },

  projects: [
    {
      name: 'chromium',
      // The 20 MB board saturates both cores for a minute; the specs that time live edits to
      // the second would fail beside it. It runs on its own once these are done.
      testIgnore: HEAVY_SPECS,
      use: CHROMIUM,
    },
    { name: 'chromium-heavy', testMatch: HEAVY_SPECS, dependencies: ['chromium'], use: CHROMIUM },
  ],

  webServer: {
    command: 'node --import tsx server/main.ts',
    cwd: projectRoot,
    url: `${baseURL}healthz`,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: process.env[DATA_DIR_ENV]!,
      BEATBOARD_CLIENT_DIR: clientDir,
      // The offline engine answers suggestions, while a key sits in the server's environment:
      // the suggestions spec checks that it never reaches the browser.
      BEATBOARD_AI_PROVIDER: 'offline',
      // Every test's browser publishes its boards from 127.0.0.1: far more than a person would.
      BEATBOARD_CREATE_LIMIT: '100000',
      // Likewise every browser's sockets come from 127.0.0.1, and tests share links between pages.
      BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '100000',
      BEATBOARD_MAX_SOCKETS_PER_TOKEN: '100000',
      // Playwright's request context keeps idle connections without heeding the server's
      // Keep-Alive timeout, and a request sent on one just as the server closes it fails with
      // ECONNRESET. Browsers retry such a request on a fresh connection; the test client does
      // not. Kept longer than any pause of a test between its API calls, the server never
      // closes first.
      BEATBOARD_KEEP_ALIVE_TIMEOUT_MS: '120000',
      OPENAI_API_KEY: AI_KEY_SENTINEL,
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
