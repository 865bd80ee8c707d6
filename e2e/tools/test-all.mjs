// `npm test`: type-check, unit tests, a fresh client build, then the e2e tests in Chromium.
// Stops at the first failing step and ends with one honest line: "N passed, N failed".
//
//   node e2e/tools/test-all.mjs               everything
//   node e2e/tools/test-all.mjs --unit-only   type-check and unit tests (no build, no browser)
//   node e2e/tools/test-all.mjs --e2e-only    build and e2e tests
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ENV, BrowserSetupError, ensureBrowser, ensureCjkFonts, ensurePdfTools, ensureScaleOutServers, ensureVideoTools } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const flags = process.argv.slice(2);
const unknown = flags.filter((flag) => flag !== '--unit-only' && flag !== '--e2e-only');
if (unknown.length > 0 || flags.length > 1) {
  console.error(`Unknown or conflicting options: ${flags.join(' ')}`);
  console.error('Usage: node e2e/tools/test-all.mjs [--unit-only | --e2e-only]');
  process.exit(2);
}
const runUnit = !flags.includes('--e2e-only');
const runE2e = !flags.includes('--unit-only');

const reportsDir = mkdtempSync(path.join(tmpdir(), 'beatboard-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

const steps = [
  runUnit && { name: 'Type-check', run: typeCheck },
  runUnit && { name: 'Unit tests', run: unitTests },
  runE2e && { name: 'Client build', run: build },
  runE2e && { name: 'E2e tests', run: e2eTests },
].filter(Boolean);

let exitCode = 0;
let stoppedAt = null;
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ ${step.name}`);
  const code = await step.run();
  if (code !== 0) {
    exitCode = code;
    stoppedAt = step.name;
    const skippedSteps = steps.slice(index + 1).map((later) => later.name.toLowerCase());
    const rest = skippedSteps.length > 0 ? `; not run: ${skippedSteps.join(', ')}` : '';
    console.log(`\n✗ ${step.name} failed${rest}.`);
    break;
  }
}
rmSync(reportsDir, { recursive: true, force: true });

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
const outcome = stoppedAt ? ` (stopped: ${stoppedAt.toLowerCase()} failed)` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}${outcome}`);
process.exit(exitCode);

function typeCheck() {
  return node(bin('typescript', 'tsc'), ['--noEmit', '-p', 'tsconfig.json']);
}

async function unitTests() {
  const missing = ensurePdfTools() ?? ensureScaleOutServers();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const report = path.join(reportsDir, 'vitest.json');
  const code = await node(bin('vitest', 'vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const results = readJson(report);
  if (results) {
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    totals.skipped += results.numPendingTests + results.numTodoTests;
  }
  return code;
}

function build() {
  // Always a fresh build, so the e2e tests never run yesterday's client.
  return node(bin('vite', 'vite'), ['build']);
}

async function e2eTests() {
  try {
    const browser = await ensureBrowser();
    console.log(`Using ${browser.source === 'system' ? 'the system' : browser.source} Chromium: ${browser.path}`);
    process.env[BROWSER_ENV] = browser.path;
  } catch (error) {
    if (!(error instanceof BrowserSetupError)) throw error;
    console.error(error.message);
    return 1;
  }
  ensureCjkFonts();
  const missingVideoTools = ensureVideoTools();
  if (missingVideoTools) {
    console.error(missingVideoTools);
    return 1;
  }

  const report = path.join(reportsDir, 'playwright.json');
  const code = await node(
    bin('@playwright/test', 'playwright'),
    ['test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_FILE: report },
  );
  const stats = readJson(report)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  }
  return code;
}

/** The entry script of a package's command-line tool, run with this same Node. */
function bin(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin: bins } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bins === 'string' ? bins : bins[command];
  return path.join(path.dirname(manifestPath), relative);
}

function node(script, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...extraEnv },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The tool stopped before writing its report; its own output says why.
    return null;
  }
}
