import { chromium, type Browser } from '@playwright/test';
import { BROWSER_ENV, ensureBrowser } from '../tools/find-browser.mjs';
import { CHROMIUM_ARGS } from './clientBench';

// The first visit: a fresh browser opens the app, which creates and opens the demo series.
// Bytes on the wire are what Chromium's network layer received (headers and encoded bodies)
// for every response that finished before the demo's first full paint.

export interface FirstVisitRun {
  /** Sum of `Network.loadingFinished` encodedDataLength up to the first full paint. */
  bytes: number;
  responses: number;
  /** The canvas's first full paint, ms after navigation started. */
  paintMs: number;
  /** Milliseconds since navigation at each step of opening (the app's performance marks). */
  steps: Record<string, number>;
}

export interface FirstVisitResult {
  /** Each visit on loopback, in the order made. */
  loopback: FirstVisitRun[];
  /** With Chromium's network emulation: 10 Mbit/s both ways, 40 ms latency. */
  slow: FirstVisitRun[];
}

/** Visits measured per link: one visit's time swings by a tenth or more on a shared 2-core machine. */
export const VISITS = { loopback: 5, slow: 3 };

/** The visit of median first-paint time. */
export function medianVisit(visits: readonly FirstVisitRun[]): FirstVisitRun {
  return [...visits].sort((a, b) => a.paintMs - b.paintMs)[Math.floor(visits.length / 2)]!;
}

export const SLOW_NETWORK = { latencyMs: 40, megabitsPerSecond: 10 };

export async function runFirstVisitBench(baseUrl: string): Promise<FirstVisitResult> {
  const browserPath = process.env[BROWSER_ENV] ?? (await ensureBrowser()).path;
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  try {
    // One visit first, unmeasured: the server's and the OS's file caches are warm for both.
    await firstVisit(browser, baseUrl, false);
    const loopback: FirstVisitRun[] = [];
    for (let i = 0; i < VISITS.loopback; i++) loopback.push(await firstVisit(browser, baseUrl, false));
    const slow: FirstVisitRun[] = [];
    for (let i = 0; i < VISITS.slow; i++) slow.push(await firstVisit(browser, baseUrl, true));
    return { loopback, slow };
  } finally {
    await browser.close();
  }
}

async function firstVisit(browser: Browser, baseUrl: string, slow: boolean): Promise<FirstVisitRun> {
  // A new context has empty storage and HTTP cache: a first-time visitor.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) {
      const bytesPerSecond = (SLOW_NETWORK.megabitsPerSecond * 1_000_000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: SLOW_NETWORK.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond,
      });
    }
    let bytes = 0;
    let responses = 0;
    let painted = false;
    cdp.on('Network.loadingFinished', (event) => {
      if (painted) return;
      bytes += event.encodedDataLength;
      responses++;
    });
    await page.goto(baseUrl);
    const paintMs = await page
      .waitForFunction(() => window.__beatboardCanvas?.firstFullPaintAt ?? null, null, { timeout: 60_000, polling: 'raf' })
      .then((handle) => handle.jsonValue() as Promise<number>);
    painted = true;
    const steps = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, Math.round(mark.startTime)])),
    );
    return { bytes, responses, paintMs, steps };
  } finally {
    await context.close();
  }
}
