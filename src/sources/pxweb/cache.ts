/**
 * A disk cache of raw SSB responses under `<dataDir>/cache/pxweb/`, one gzipped JSON file per request keyed by a hash
 * of method + URL + body, so a re-run (or an `--offline` run) does not download again. Files are written to a
 * temporary name and renamed, so a killed process never leaves a half-written entry behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** A successful response as stored. */
export interface CachedResponse {
  method: string;
  url: string;
  body?: string;
  status: number;
  contentType: string;
  /** When SSB sent it (ISO 8601). */
  fetchedAt: string;
  text: string;
}

/** The cache key of a request: sha256 of method, URL and body. */
export function cacheKey(method: string, url: string, body?: string): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${url}\n${body ?? ''}`).digest('hex');
}

export class ResponseCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `${key}.json.gz`);
  }

  /** The stored response for a request, or undefined when absent or unreadable (a damaged entry is a miss). */
  get(method: string, url: string, body?: string): CachedResponse | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.file(cacheKey(method, url, body)));
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(gunzipSync(raw).toString('utf8')) as CachedResponse;
      // Guard against a hash collision or a hand-edited file answering for another request.
      return entry.method === method.toUpperCase() && entry.url === url && (entry.body ?? '') === (body ?? '') ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  put(entry: CachedResponse): void {
    mkdirSync(this.dir, { recursive: true });
    const target = this.file(cacheKey(entry.method, entry.url, entry.body));
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, gzipSync(JSON.stringify({ ...entry, method: entry.method.toUpperCase() })));
    renameSync(tmp, target);
  }
}
