/**
 * The one place where errors become HTTP responses: schema violations and HttpErrors keep their status and a short
 * message, everything else is logged and answered with a bare 500 — never a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './http-error.ts';

/** The JSON body of every error response. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns Fastify's schema-validation details into one sentence naming the parameter, e.g. `unknown parameter 'yaer'`. */
export function describeValidation(issues: AjvIssue[], context = 'request'): string {
  const first = issues[0];
  if (!first) return `invalid ${context}`;
  const field = (first.instancePath ?? '').replace(/^\//, '');
  if (first.keyword === 'additionalProperties') return `${context}: unknown parameter '${first.params?.additionalProperty}'`;
  if (first.keyword === 'required') return `${context}: missing parameter '${first.params?.missingProperty}'`;
  if (first.keyword === 'enum') {
    const allowed = (first.params?.allowedValues as unknown[] | undefined)?.join(', ');
    return `${context}: parameter '${field}' must be one of: ${allowed}`;
  }
  return `${context}: parameter '${field}' ${first.message ?? 'is invalid'}`;
}

function body(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? (statusCode >= 500 ? 'Server Error' : 'Client Error'), message };
}

/** Installs the error and not-found handlers on `app`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validationContext?: string }, request, reply) => {
    if (err.validation) {
      return reply.code(400).send(body(400, describeValidation(err.validation as AjvIssue[], err.validationContext)));
    }
    if (err instanceof HttpError) return reply.code(err.statusCode).send(body(err.statusCode, err.message));
    // The Monitor's own "unknown …" errors (service/monitor.ts NotFoundError), matched by name so the error handler
    // does not load the whole service layer.
    if ((err as Error).constructor?.name === 'NotFoundError') return reply.code(404).send(body(404, err.message));
    // Fastify's own client errors (malformed header, unsupported media type…) carry a 4xx status and a safe message.
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send(body(err.statusCode, err.message));
    }
    request.log.error({ err, url: request.url }, 'request failed');
    return reply.code(500).send(body(500, 'internal error; the server log has the details'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(body(404, `no such resource: ${request.method} ${request.url.split('?')[0]}`));
  });
}
