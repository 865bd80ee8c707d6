// Finds a Chromium for the e2e tests and the benchmark, installing one when the machine has
// none. Run directly (`node e2e/tools/find-browser.mjs`) it prints the path it would use.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set by `npm test` for the Playwright config; also lets a user pick a browser by hand. */
export const BROWSER_ENV = 'BEATBOARD_CHROMIUM';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export class BrowserSetupError extends Error {
  name = 'BrowserSetupError';
}

/**
 * The browser to use without installing anything, or null: the one named by
 * BEATBOARD_CHROMIUM, else Playwright's own download, else a system Chromium or Chrome.
 * @returns {Promise<{ path: string, source: string } | null>}
 */
export async function findBrowser() {
  const chosen = process.env[BROWSER_ENV];
  if (chosen) {
    if (isExecutable(chosen)) return { path: chosen, source: BROWSER_ENV };
    throw new BrowserSetupError(`${BROWSER_ENV}=${chosen} is not an executable file.`);
  }
  const playwrights = await playwrightChromiumPath();
  if (playwrights && isExecutable(playwrights)) return { path: playwrights, source: 'Playwright' };

  // Debian's package puts its launcher here even when /usr/bin is not on PATH.
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  for (const name of SYSTEM_BROWSERS) {
    const found = onPath(name);
    if (found) return { path: found, source: 'system' };
  }
  return null;
}

/**
 * Like findBrowser, but installs a browser when there is none, saying so, and throws a
 * BrowserSetupError with a plain instruction when it cannot.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ path: string, source: string }>}
 */
export async function ensureBrowser({ log = console.log } = {}) {
  const found = await findBrowser();
  if (found) return found;

  if (canUseApt()) {
    log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk with apt-get…');
    aptInstall(['chromium', 'fonts-noto-cjk']);
  } else {
    log('No Chromium found: downloading Playwright\'s Chromium (playwright install chromium)…');
    const cli = playwrightCli();
    if (cli) run(process.execPath, [cli, 'install', 'chromium']);
  }

  const installed = await findBrowser();
  if (installed) return installed;
  throw new BrowserSetupError(
    'The e2e tests need Chromium and none could be installed automatically. Install one, then rerun:\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk\n' +
      '  elsewhere:      npx playwright install chromium\n' +
      `  or point ${BROWSER_ENV} at an existing Chromium or Chrome executable.`,
  );
}

/**
 * Chinese labels render as empty boxes without a CJK font, which spoils screenshots and
 * text measurement. Installs Noto CJK where possible; otherwise only warns.
 * @param {{ log?: (line: string) => void }} [options]
 */
export function ensureCjkFonts({ log = console.log } = {}) {
  if (hasCjkFont()) return;
  if (canUseApt()) {
    log('No Chinese font found: installing Debian package fonts-noto-cjk with apt-get…');
    aptInstall(['fonts-noto-cjk']);
    if (hasCjkFont()) return;
  }
  log(
    'Warning: no Chinese font found (fc-list :lang=zh is empty), so Chinese text will show ' +
      'as boxes. Install one, e.g. `sudo apt-get install fonts-noto-cjk`.',
  );
}

/**
 * The PDF export tests read their PDFs back with poppler's pdftotext and pdffonts, as a user's
 * PDF reader would. Installs Debian's poppler-utils where possible; otherwise returns a plain
 * instruction for the caller to show, or null when the tools are there.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string | null}
 */
export function ensurePdfTools({ log = console.log } = {}) {
  return ensureTools({ commands: ['pdftotext', 'pdffonts'], debian: 'poppler-utils', brew: 'poppler', need: 'The PDF export tests need pdftotext and pdffonts (poppler)', log });
}

/**
 * The video export test reads the exported file back with ffprobe and decodes frames with
 * ffmpeg. Installs Debian's ffmpeg where possible; otherwise returns a plain instruction for
 * the caller to show, or null when the tools are there.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string | null}
 */
export function ensureVideoTools({ log = console.log } = {}) {
  return ensureTools({ commands: ['ffprobe', 'ffmpeg'], debian: 'ffmpeg', brew: 'ffmpeg', need: 'The video export test needs ffprobe and ffmpeg', log });
}

/**
 * The scale-out tests start their own PostgreSQL, Redis and nginx (with the documented proxy
 * configuration) on loopback ports. Installs Debian's postgresql, redis-server and nginx where
 * possible; otherwise returns a plain instruction, or null when all are there.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string | null}
 */
export function ensureScaleOutServers({ log = console.log } = {}) {
  const redis = ensureTools({ commands: ['redis-server'], debian: 'redis-server', brew: 'redis', need: 'The scale-out tests need redis-server', log });
  const postgres = ensureTools({
    commands: ['initdb', 'pg_ctl', 'postgres'],
    debian: 'postgresql',
    brew: 'postgresql',
    need: 'The scale-out tests need PostgreSQL (initdb, pg_ctl, postgres)',
    log,
    find: findPostgresCommand,
  });
  const nginx = ensureTools({ commands: ['nginx'], debian: 'nginx', brew: 'nginx', need: 'The scale-out tests need nginx', log, find: findSbinCommand });
  return [redis, postgres, nginx].filter(Boolean).join('\n') || null;
}

/** nginx lives in /usr/sbin, which a non-root PATH may leave out. */
function findSbinCommand(name) {
  const found = onPath(name);
  if (found) return found;
  const candidate = path.join('/usr/sbin', name);
  return isExecutable(candidate) ? candidate : null;
}

/**
 * Where a PostgreSQL server command is: on the PATH, or in Debian's versioned directory
 * (/usr/lib/postgresql/<major>/bin, which Debian keeps off the PATH), newest major first.
 * @param {string} name
 * @returns {string | null}
 */
export function findPostgresCommand(name) {
  const found = onPath(name);
  if (found) return found;
  const root = '/usr/lib/postgresql';
  let majors = [];
  try {
    majors = readdirSync(root).filter((entry) => /^\d+$/.test(entry)).sort((a, b) => Number(b) - Number(a));
  } catch {
    return null;
  }
  for (const major of majors) {
    const candidate = path.join(root, major, 'bin', name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * Command-line tools a test needs: installed from Debian's package where apt-get may be used,
 * else a plain instruction (null when they are all found, on the PATH unless `find` says where).
 * @param {{ commands: string[], debian: string, brew: string, need: string, log: (line: string) => void, find?: (name: string) => string | null }} tools
 * @returns {string | null}
 */
function ensureTools({ commands, debian, brew, need, log, find = onPath }) {
  const present = () => commands.every((command) => find(command));
  if (present()) return null;
  if (canUseApt()) {
    log(`No ${commands.join(' or ')} found: installing Debian package ${debian} with apt-get…`);
    aptInstall([debian]);
    if (present()) return null;
  }
  return (
    `${need} and they could not be installed automatically. Install them, then rerun:\n` +
    `  Debian/Ubuntu:  sudo apt-get install ${debian}\n` +
    `  macOS:          brew install ${brew}`
  );
}

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    // Not installed yet, or this platform has no Playwright build: look elsewhere.
    return null;
  }
}

function playwrightCli() {
  try {
    return createRequire(import.meta.url).resolve('playwright-core/cli.js');
  } catch {
    return null;
  }
}

function canUseApt() {
  return process.getuid?.() === 0 && onPath('apt-get') !== null;
}

function aptInstall(packages) {
  // CI runs without a terminal: never let apt or debconf wait for an answer.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], env);
  run('apt-get', ['install', '-y', ...packages], env);
}

/** Runs an installer in view of the user; the caller checks the outcome by looking again. */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) console.warn(`${command} ${args.join(' ')} did not succeed.`);
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = await findBrowser().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  if (!found) {
    console.error(
      `No Chromium found (looked at ${BROWSER_ENV}, Playwright's download, /usr/bin/chromium ` +
        `and ${SYSTEM_BROWSERS.join(', ')} on PATH).`,
    );
    process.exit(1);
  }
  console.log(found.path);
}
