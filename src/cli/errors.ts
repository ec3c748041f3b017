/** An error meant for the user: printed without a stack trace, and the process exits with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, { exitCode = 1 }: { exitCode?: number } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
