/**
 * Starts the whole dashboard: opens the Monitor over a data folder, builds the web app when stale, and listens.
 * Shared by `regionmonitor serve`, the browser tests and the benchmarks, so all three run the same thing.
 */
import type { FastifyInstance } from 'fastify';
import type { MonitorApi } from '../service/types.ts';
import { buildApp } from './app.ts';
import { DEFAULT_WEB_DIRS, ensureWebBuild, type WebBuildResult } from './web-build.ts';

export interface StartServerOptions {
  /** Folder holding regionmonitor.duckdb (created and loaded from the bundled snapshot on first run). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Fastify logger option (false = silent). */
  logger?: boolean | { level: string };
  /** Where the web app's sources and build live (defaults to the repository's web/). */
  web?: { srcDir: string; distDir: string };
  /** Compute the overview's responses before listening, so the first visitor does not wait (default true). */
  warm?: boolean;
  /** Opens the monitor; defaults to the real `Monitor.open`. */
  openMonitor?: (dataDir: string) => Promise<MonitorApi & { close(): void }>;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  port: number;
  app: FastifyInstance;
  monitor: MonitorApi;
  webBuild: WebBuildResult;
  /** Stops accepting requests, closes open connections and the monitor. Safe to call twice. */
  close(): Promise<void>;
}

async function openRealMonitor(dataDir: string): Promise<MonitorApi & { close(): void }> {
  const { Monitor } = await import('../service/monitor.ts');
  return Monitor.open({ dataDir });
}

/** The requests the overview page makes on first load: the map and the latest ranking are the costly ones. */
export const WARM_UP_URLS = ['/api/meta', '/api/regions', '/api/indicators', '/api/map', '/api/ranking', '/api/ranking?set=regions'];

/** Fills the response cache with the overview's responses (their computation happens once per process anyway). */
export async function warmUp(app: FastifyInstance): Promise<void> {
  for (const url of WARM_UP_URLS) {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`warm-up: GET ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  }
}

/**
 * @example
 * const server = await startServer({ dataDir: '.', port: 0 });
 * console.log(server.url); await server.close();
 */
export async function startServer({
  dataDir,
  port = 8080,
  host = '127.0.0.1',
  logger = false,
  web = DEFAULT_WEB_DIRS,
  openMonitor = openRealMonitor,
  warm = true,
}: StartServerOptions): Promise<RunningServer> {
  const [webBuild, monitor] = await Promise.all([ensureWebBuild(web), openMonitor(dataDir)]);
  let app: FastifyInstance;
  try {
    app = await buildApp({ monitor, distDir: web.distDir, logger });
    if (warm) await warmUp(app);
    await app.listen({ port, host });
  } catch (err) {
    monitor.close();
    throw err;
  }
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${boundPort}`,
    port: boundPort,
    app,
    monitor,
    webBuild,
    close() {
      closing ??= app.close().finally(() => monitor.close());
      return closing;
    },
  };
}
