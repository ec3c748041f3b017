/**
 * Serves the built web app (web/dist) from memory: the files are few and small, so they are read, hashed and
 * gzipped once at start-up. Only files found then are served, which also rules out path traversal.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error.ts';
import { makeCachedBody, sendCachedBody, type CachedBody } from './response-cache.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed bundle files never change under their name; the page itself must be revalidated so it picks up a rebuild. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The page's Content-Security-Policy: everything from this origin; Plot writes inline styles, hence 'unsafe-inline'. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface StaticFilesOptions {
  /** The folder holding index.html and assets/. */
  distDir: string;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/** Reads every file under `distDir` into memory, keyed by its URL path (`/assets/main-AB12.js`). */
export async function loadStaticFiles(distDir: string): Promise<Map<string, CachedBody>> {
  const files = new Map<string, CachedBody>();
  let paths: string[];
  try {
    paths = await listFiles(distDir);
  } catch {
    return files; // not built: the page route explains it
  }
  for (const path of paths) {
    const url = '/' + relative(distDir, path).split(sep).join('/');
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    files.set(url, makeCachedBody(await readFile(path), type));
  }
  return files;
}

/** Registers GET / (the app's page) and GET /assets/* (its bundles). */
export async function staticFiles(app: FastifyInstance, { distDir }: StaticFilesOptions): Promise<void> {
  const files = await loadStaticFiles(distDir);

  const sendPage = (req: Parameters<typeof sendCachedBody>[0], reply: Parameters<typeof sendCachedBody>[1]) => {
    const page = files.get('/index.html');
    if (!page) throw new HttpError(503, `the web app is not built (no index.html in ${distDir}); 'regionmonitor serve' builds it`);
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    return sendCachedBody(req, reply, page, REVALIDATE);
  };
  app.get('/', sendPage);
  app.get('/index.html', sendPage);
  app.get('/assets/*', (req, reply) => {
    const url = req.url.split('?')[0];
    const file = files.get(decodeURIComponent(url));
    if (!file) throw new HttpError(404, `no such file: ${url}`);
    reply.header('x-content-type-options', 'nosniff');
    return sendCachedBody(req, reply, file, IMMUTABLE);
  });
}
