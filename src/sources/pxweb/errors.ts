/**
 * Errors of the SSB client, with messages a user can act on. SSB's error bodies look like RFC 7807 but the
 * diagnosis is in `title` (`{"type":"Parameter error","title":"Non-existent table","status":404}`); an over-long GET
 * URL gets an IIS HTML 404 page instead of JSON; a repeated value code gets a 500 with an empty body.
 */

export type PxWebErrorKind = 'http' | 'network' | 'timeout' | 'offline' | 'format';

/** A failed SSB request. `retryable` says whether trying again may help (429, 5xx, network, timeout). */
export class PxWebError extends Error {
  readonly kind: PxWebErrorKind;
  readonly status: number | undefined;
  readonly retryable: boolean;
  constructor(message: string, { kind, status, retryable = false, cause }: { kind: PxWebErrorKind; status?: number; retryable?: boolean; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'PxWebError';
    this.kind = kind;
    this.status = status;
    this.retryable = retryable;
  }
}

/** True for HTTP statuses worth retrying: rate limiting and server-side trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

export interface ErrorResponse {
  /** What was asked for, e.g. "SSB table 07984". */
  subject: string;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** A one-line message for an SSB error response. */
export function describeErrorResponse({ subject, url, status, contentType, body }: ErrorResponse): string {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text);
      if (json && typeof json.title === 'string') {
        const detail = typeof json.detail === 'string' && json.detail !== json.title ? ` — ${json.detail}` : '';
        // The body's status is what SSB means (a recorded "Non-existent table" body says 404 on an HTTP 400).
        return `${subject}: ${json.title}${detail} (HTTP ${typeof json.status === 'number' ? json.status : status})`;
      }
    } catch {
      // not JSON after all: fall through to the generic message
    }
  }
  if (status === 404 && (contentType.includes('html') || text.startsWith('<'))) {
    return `${subject}: URL too long or table not found (HTTP 404 with an HTML page; the URL was ${url.length} characters)`;
  }
  if (status === 429) return `${subject}: SSB's rate limit was exceeded (HTTP 429)`;
  if (status === 500 && text === '') {
    return `${subject}: SSB server error with an empty body (HTTP 500); SSB answers so when a value code is repeated`;
  }
  const snippet = text.replace(/\s+/g, ' ').slice(0, 200);
  return `${subject}: HTTP ${status}${snippet ? `: ${snippet}` : ''}`;
}
