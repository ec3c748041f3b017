/**
 * An error meant for the HTTP client: the one error handler (error-handler.ts) turns it into a JSON body with this
 * status and message. Anything else that is thrown becomes a logged 500 without details.
 *
 * @example throw new HttpError(404, 'unknown region: 9999')
 */
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
  }
}
