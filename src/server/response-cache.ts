/**
 * Serialised API responses, kept per process. The monitor's data does not change while the server runs, so each
 * distinct request is computed, serialised, hashed and gzipped once; later requests (and conditional requests with
 * If-None-Match) are answered from memory. This is what keeps p99 latency low under many concurrent clients.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A response body ready to send: raw bytes, optional gzip, strong ETag. */
export interface CachedBody {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  contentType: string;
}

export interface ResponseCacheOptions {
  /** Most entries kept; the oldest is dropped first (the key space is bounded by validated parameters anyway). */
  maxEntries?: number;
  /** Bodies smaller than this are not worth gzipping. */
  gzipMinBytes?: number;
  /** Cache-Control sent with every cached response. */
  cacheControl?: string;
}

/** Builds a cached body from bytes: hashes them for the ETag and gzips them when large enough. */
export function makeCachedBody(body: Buffer, contentType: string, gzipMinBytes = 1024): CachedBody {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, gzip: body.length >= gzipMinBytes ? gzipSync(body, { level: 6 }) : null, etag, contentType };
}

/** True when the request's If-None-Match names this ETag (or `*`), i.e. the client's copy is current. */
export function isNotModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** Sends a cached body with ETag, Cache-Control and Vary, answering 304 or gzip as the request allows. */
export function sendCachedBody(request: FastifyRequest, reply: FastifyReply, entry: CachedBody, cacheControl: string): FastifyReply {
  reply.header('etag', entry.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (isNotModified(request, entry.etag)) return reply.code(304).send();
  reply.type(entry.contentType);
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (entry.gzip && acceptsGzip) return reply.header('content-encoding', 'gzip').send(entry.gzip);
  return reply.send(entry.body);
}

/**
 * In-memory cache of JSON responses keyed by a normalised request key (route + validated parameters).
 *
 * @example
 * const cache = new ResponseCache({ cacheControl: 'public, max-age=60' });
 * app.get('/api/meta', (req, reply) => cache.send(req, reply, 'meta', () => monitor.meta()));
 */
export class ResponseCache {
  readonly #entries = new Map<string, Promise<CachedBody>>();
  readonly #maxEntries: number;
  readonly #gzipMinBytes: number;
  readonly cacheControl: string;

  constructor({ maxEntries = 5000, gzipMinBytes = 1024, cacheControl = 'public, max-age=60' }: ResponseCacheOptions = {}) {
    this.#maxEntries = maxEntries;
    this.#gzipMinBytes = gzipMinBytes;
    this.cacheControl = cacheControl;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The cached body for `key`, producing it on first use. Concurrent first requests share one computation; a
   * failed computation is not kept, so the next request tries again.
   */
  get(key: string, produce: () => Promise<unknown> | unknown, contentType = 'application/json; charset=utf-8'): Promise<CachedBody> {
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const pending = (async () => {
      const value = await produce();
      const bytes = Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value));
      return makeCachedBody(bytes, contentType, this.#gzipMinBytes);
    })();
    this.#entries.set(key, pending);
    pending.catch(() => this.#entries.delete(key));
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return pending;
  }

  /** Produces (or reuses) the body for `key` and sends it with the caching headers. */
  async send(request: FastifyRequest, reply: FastifyReply, key: string, produce: () => Promise<unknown> | unknown): Promise<FastifyReply> {
    const entry = await this.get(key, produce);
    return sendCachedBody(request, reply, entry, this.cacheControl);
  }
}
