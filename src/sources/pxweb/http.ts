/**
 * The one place that talks HTTP to SSB: disk cache first, then the rate limiter, then `fetch` with a timeout, and
 * retries with exponential backoff on 429, 5xx, network errors and timeouts (a 429's `Retry-After` wins over the
 * backoff). Error responses become PxWebErrors with SSB's own diagnosis in the message.
 */
import { describeErrorResponse, isRetryableStatus, PxWebError } from './errors.ts';
import type { ResponseCache } from './cache.ts';
import { parseDelayMs, RateLimiter, SYSTEM_CLOCK, type Clock } from './rate-limit.ts';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  /** What is asked for, for messages: "SSB table 07984". */
  subject: string;
}

export interface HttpResult<T> {
  value: T;
  /** When SSB produced the response (the original download time for a cache hit). */
  fetchedAt: Date;
  fromCache: boolean;
}

export interface HttpClientOptions {
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** Per attempt, including reading the body (default 60 s: the largest SSB answers are several MB). */
  timeoutMs?: number;
  /** First backoff delay; doubles with each retry (default 2 s), capped at `maxBackoffMs` (default 60 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  clock?: Clock;
  rateLimiter?: RateLimiter;
  cache?: ResponseCache;
  /** Reuse cached responses younger than this (default 12 h); `--offline` accepts any age. */
  maxAgeMs?: number;
  /** Serve only from the cache; a miss throws a PxWebError of kind `offline`. */
  offline?: boolean;
  onRetry?: (info: { subject: string; attempt: number; delayMs: number; reason: string }) => void;
}

const USER_AGENT = 'regionmonitor (open municipal robustness monitor; Node.js)';

function tryParse<T>(text: string, parse: (text: string) => T): { value: T } | { error: Error } {
  try {
    return { value: parse(text) };
  } catch (err) {
    return { error: err as Error };
  }
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
}

export class HttpClient {
  private readonly retries: number;
  private readonly timeoutMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly cache: ResponseCache | undefined;
  private readonly maxAgeMs: number;
  private readonly offline: boolean;
  private readonly onRetry: HttpClientOptions['onRetry'];

  constructor({
    retries = 4,
    timeoutMs = 60_000,
    backoffMs = 2_000,
    maxBackoffMs = 60_000,
    clock = SYSTEM_CLOCK,
    rateLimiter,
    cache,
    maxAgeMs = 12 * 3600_000,
    offline = false,
    onRetry,
  }: HttpClientOptions = {}) {
    this.retries = retries;
    this.timeoutMs = timeoutMs;
    this.backoffMs = backoffMs;
    this.maxBackoffMs = maxBackoffMs;
    this.clock = clock;
    this.limiter = rateLimiter ?? new RateLimiter({ clock });
    this.cache = cache;
    this.maxAgeMs = maxAgeMs;
    this.offline = offline;
    this.onRetry = onRetry;
  }

  /**
   * Performs a request and parses its body with `parse`. Only responses that parse are cached, so a truncated or
   * malformed answer is retried instead of being remembered.
   */
  async request<T>(req: HttpRequest, parse: (text: string) => T): Promise<HttpResult<T>> {
    const cached = this.cache?.get(req.method, req.url, req.body);
    if (cached && (this.offline || this.clock.now() - Date.parse(cached.fetchedAt) < this.maxAgeMs)) {
      const parsed = tryParse(cached.text, parse);
      // an entry that no longer parses is a miss
      if ('value' in parsed) return { value: parsed.value, fetchedAt: new Date(cached.fetchedAt), fromCache: true };
    }
    if (this.offline) throw new PxWebError(`${req.subject}: not in the download cache (offline)`, { kind: 'offline' });

    for (let attempt = 0; ; attempt++) {
      let error: PxWebError;
      let retryAfterMs: number | undefined;
      await this.limiter.acquire();
      const outcome = await this.attempt(req);
      if ('text' in outcome) {
        const parsed = tryParse(outcome.text, parse);
        if ('value' in parsed) {
          const fetchedAt = new Date(this.clock.now());
          this.cache?.put({ method: req.method, url: req.url, body: req.body, status: outcome.status, contentType: outcome.contentType, fetchedAt: fetchedAt.toISOString(), text: outcome.text });
          return { value: parsed.value, fetchedAt, fromCache: false };
        }
        error = new PxWebError(`${req.subject}: unreadable response: ${parsed.error.message}`, { kind: 'format', retryable: true, cause: parsed.error });
      } else {
        error = outcome.error;
        retryAfterMs = outcome.retryAfterMs;
      }
      if (!error.retryable || attempt >= this.retries) {
        if (attempt > 0) error.message += ` (after ${attempt + 1} attempts)`;
        throw error;
      }
      const delayMs = retryAfterMs ?? Math.min(this.maxBackoffMs, this.backoffMs * 2 ** attempt);
      // A 429 means the whole client must hold back, not only this request.
      if (error.status === 429) this.limiter.pauseFor(delayMs);
      this.onRetry?.({ subject: req.subject, attempt: attempt + 1, delayMs, reason: error.message });
      await this.clock.sleep(delayMs);
    }
  }

  /** One HTTP exchange: the body text on 2xx, otherwise a PxWebError (and any delay the server asked for). */
  private async attempt(req: HttpRequest): Promise<{ text: string; status: number; contentType: string } | { error: PxWebError; retryAfterMs?: number }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(req.url, {
        method: req.method,
        headers: {
          accept: 'application/json',
          'user-agent': USER_AGENT,
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: req.body,
        signal: controller.signal,
      });
      const text = await res.text();
      const header = (name: string) => res.headers.get(name);
      this.limiter.observe(header);
      const contentType = header('content-type') ?? '';
      if (res.ok) return { text, status: res.status, contentType };
      const message = describeErrorResponse({ subject: req.subject, url: req.url, status: res.status, contentType, body: text });
      const retryAfterMs = parseDelayMs(header('retry-after'), this.clock.now()) ?? (res.status === 429 ? parseDelayMs(header('x-ratelimit-reset'), this.clock.now()) : undefined);
      return { error: new PxWebError(message, { kind: 'http', status: res.status, retryable: isRetryableStatus(res.status) }), retryAfterMs };
    } catch (err) {
      if (controller.signal.aborted) {
        return { error: new PxWebError(`${req.subject}: no answer within ${this.timeoutMs} ms`, { kind: 'timeout', retryable: true, cause: err }) };
      }
      return { error: new PxWebError(`${req.subject}: network error (${networkReason(err)})`, { kind: 'network', retryable: true, cause: err }) };
    } finally {
      clearTimeout(timer);
    }
  }
}
