/**
 * Client-side rate limiting for SSB's API: at most `limit` requests per sliding window (SSB's user guide says 30 per
 * minute), tightened by what the server announces in its `x-ratelimit-*` headers (e.g. `x-ratelimit-policy: 40;w=60s`,
 * `x-ratelimit-remaining: 0`), which are authoritative when present. The clock is injectable so tests run instantly.
 */

/** Time source and sleeper; tests pass a fake one that advances instantly. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateLimiterOptions {
  /** Requests per window (default 30, SSB's documented limit). */
  limit?: number;
  windowMs?: number;
  clock?: Clock;
}

/** Reads a response header; `Headers.get` fits. */
export type HeaderGetter = (name: string) => string | null;

/** Parses a delay header: seconds (`Retry-After: 5`, `x-ratelimit-reset: 12`), an epoch time, or an HTTP date. */
export function parseDelayMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  if (Number.isFinite(n)) {
    // Large numbers are epoch seconds, small ones a delay in seconds.
    return Math.max(0, n > 1e9 ? n * 1000 - nowMs : n * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export class RateLimiter {
  private limit: number;
  private windowMs: number;
  private readonly clock: Clock;
  /** Start times of the requests inside the current window (plus placeholders for the server's count). */
  private starts: number[] = [];
  private blockedUntil = 0;

  constructor({ limit = 30, windowMs = 60_000, clock = SYSTEM_CLOCK }: RateLimiterOptions = {}) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new Error(`invalid rate limit: ${limit} per ${windowMs} ms`);
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  /** The limit in force: requests per window. */
  get policy(): { limit: number; windowMs: number } {
    return { limit: this.limit, windowMs: this.windowMs };
  }

  /** Waits until one more request may start, and counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      this.starts = this.starts.filter((t) => t > now - this.windowMs);
      let wait = this.blockedUntil - now;
      if (wait <= 0 && this.starts.length >= this.limit) wait = this.starts[0] + this.windowMs - now;
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(wait);
    }
  }

  /** Stops all requests for `ms` (a 429's Retry-After, or an exhausted window). */
  pauseFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  /**
   * Adopts the server's view: a lower announced limit or window replaces ours, fewer remaining calls than we count
   * make us count more, and `remaining: 0` pauses until the announced reset (or a whole window).
   */
  observe(header: HeaderGetter): void {
    const now = this.clock.now();
    const policy = header('x-ratelimit-policy') ?? header('ratelimit-policy');
    const m = policy?.match(/^\s*(\d+)\s*;\s*w\s*=\s*(\d+)\s*s?/i);
    if (m) {
      this.limit = Math.min(this.limit, Number(m[1]));
      this.windowMs = Math.max(this.windowMs, Number(m[2]) * 1000);
    }
    const limit = Number(header('x-ratelimit-limit') ?? header('ratelimit-limit') ?? NaN);
    if (limit >= 1) this.limit = Math.min(this.limit, limit);
    const remainingHeader = header('x-ratelimit-remaining') ?? header('ratelimit-remaining');
    if (remainingHeader === null) return;
    const remaining = Number(remainingHeader);
    if (!Number.isFinite(remaining)) return;
    if (remaining <= 0) {
      const reset = parseDelayMs(header('x-ratelimit-reset') ?? header('ratelimit-reset'), now);
      this.pauseFor(reset ?? this.windowMs);
      return;
    }
    // Someone else (another process on this address) may be spending the same quota.
    this.starts = this.starts.filter((t) => t > now - this.windowMs);
    const extra = this.limit - this.starts.length - remaining;
    for (let i = 0; i < extra; i++) this.starts.push(now);
  }
}
