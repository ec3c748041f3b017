/**
 * Real-browser test harness: starts the dashboard in-process on a free port over a fresh temporary data folder
 * (the real Monitor loads the bundled snapshot there), and launches Debian's headless Chromium through
 * playwright-core with a fresh profile. Collects console errors and page errors so every test can fail on them.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/start.ts';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS_DIR = new URL('../../test-artifacts/', import.meta.url).pathname;

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Dashboard {
  server: RunningServer;
  context: BrowserContext;
  /** Opens a new tab whose console errors and page errors are recorded in `errors`. */
  newPage(): Promise<Page>;
  /** Every console error and uncaught page error seen so far, with the page URL. */
  errors: string[];
  /** Saves a full-page screenshot to test-artifacts/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Fails with a clear message when Chromium is missing: the browser tests must never pass without a browser.
 */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser tests need Chromium at ${CHROMIUM_PATH} (not found). Install it with ` +
        '`apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return CHROMIUM_PATH;
}

/** Starts the server and the browser. */
export async function startDashboard(): Promise<Dashboard> {
  const executablePath = requireChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'regionmonitor-browser-data-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'regionmonitor-browser-profile-'));
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  try {
    // Server errors are logged (level error), so a failing page can be traced to its cause.
    server = await startServer({ dataDir, port: 0, host: '127.0.0.1', logger: { level: 'error' } });
    // A persistent context is how playwright takes an explicit --user-data-dir: a fresh one per run.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: 'nb-NO',
    });
  } catch (err) {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const errors: string[] = [];
  const running = server;
  const ctx = context;
  return {
    server: running,
    context: ctx,
    errors,
    async newPage() {
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000); // fail fast: every step here takes well under a second
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console error on ${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error on ${page.url()}: ${err.message}`));
      page.on('requestfailed', (req) => errors.push(`request failed on ${page.url()}: ${req.url()} ${req.failure()?.errorText}`));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await ctx.close().catch(() => {});
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
