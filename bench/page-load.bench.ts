/**
 * Page-load benchmark: `regionmonitor serve` in a child process, headless Chromium loading the overview with an
 * empty cache (a fresh browser context each time) until the map of 357 municipalities has been painted.
 * Target: < 1 s on localhost. Measures only; never passes or fails.
 * Run alone: node --import tsx bench/page-load.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../test/browser/harness.ts';
import { startChildServer } from './http.bench.ts';
import type { BenchRow } from './types.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const MAP_MARK = 'regionmonitor:map-drawn';

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Milliseconds from navigation start until the overview marked its map as painted, and the bytes transferred. */
async function loadOverview(page: Page, url: string, reload = false): Promise<{ ms: number; bytes: number }> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_MARK, { polling: 10 });
  const paths = await page.locator('svg.map-svg path[data-code]').count();
  if (paths !== 357) throw new Error(`the map shows ${paths} municipalities, expected 357`);
  return page.evaluate((mark) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return { ms: performance.getEntriesByName(mark)[0].startTime, bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0) };
  }, MAP_MARK);
}

/** Runs the page-load benchmark and returns its figures. */
export async function benchPageLoad(): Promise<BenchRow[]> {
  const executablePath = requireChromium();
  const server = await startChildServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const cold: number[] = [];
    const warm: number[] = [];
    let bytes = 0;
    let profileMs = Number.NaN;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // empty cache each time
      const page = await context.newPage();
      const first = await loadOverview(page, `${server.url}/`);
      cold.push(first.ms);
      bytes = first.bytes;
      warm.push((await loadOverview(page, `${server.url}/`, true)).ms);
      await context.close();
    }
    {
      // The profile's server-side computation happens once per process (first request), like the overview's
      // warm-up; this measures what the next visitor sees: an empty browser cache, a warm server.
      await (await fetch(`${server.url}/api/profile/1506`)).arrayBuffer();
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/#/profile/1506`, { waitUntil: 'commit' });
      await page.waitForSelector('main[data-page="profile"][data-ready="true"]');
      profileMs = await page.evaluate(() => performance.now());
      await context.close();
    }
    return [
      // The first run also pays for the browser's own start-up work (fonts, code caches): reported apart.
      { name: 'first load to drawn map, very first run', value: cold[0], unit: 'ms' },
      { name: `first load to drawn map, median of ${RUNS - 1} (empty cache)`, value: median(cold.slice(1)), unit: 'ms' },
      { name: `first load to drawn map, worst of ${RUNS - 1}`, value: Math.max(...cold.slice(1)), unit: 'ms' },
      { name: `reload to drawn map, median of ${RUNS} (HTTP cache warm)`, value: median(warm), unit: 'ms' },
      { name: 'bytes transferred for the overview (gzip)', value: bytes / 1024, unit: 'KiB' },
      { name: 'profile page load to rendered, empty cache (Molde, incl. charts)', value: profileMs, unit: 'ms' },
    ];
  } finally {
    await browser?.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchPageLoad().then((rows) => console.table(rows), (err) => { console.error(err); process.exitCode = 1; });
}
