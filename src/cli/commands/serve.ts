/**
 * `regionmonitor serve --port P [--host H]`: serves the dashboard and its JSON API on the bundled (or updated) data,
 * prints the address, and stops cleanly on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import { CliError } from '../errors.ts';

interface ServeOptions {
  port: string;
  host: string;
  dataDir: string;
  quiet?: boolean;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new CliError(`invalid --port: ${text} (expected 0–65535; 0 picks a free port)`, { exitCode: 2 });
  return port;
}

/** Resolves when the process receives SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Registers the `serve` command. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and the JSON API (builds the web app first when it is missing or stale)')
    .option('-p, --port <port>', 'TCP port; 0 picks a free one', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('-q, --quiet', 'do not log requests')
    .action(async (_opts, command: Command) => {
      const opts = command.optsWithGlobals<ServeOptions>();
      const port = parsePort(opts.port);
      const { startServer } = await import('../../server/start.ts');
      const signal = untilSignal();
      let server;
      try {
        server = await startServer({ dataDir: opts.dataDir, port, host: opts.host, logger: opts.quiet ? false : { level: 'warn' } });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new CliError(`port ${port} on ${opts.host} is already in use; pick another with --port (0 = any free port)`);
        if (e.code === 'EACCES') throw new CliError(`not allowed to listen on ${opts.host}:${port}`);
        throw err;
      }
      if (server.webBuild.built) process.stdout.write(`built the web app in ${Math.round(server.webBuild.ms)} ms\n`);
      process.stdout.write(`regionmonitor is serving on ${server.url}/  (Ctrl+C to stop)\n`);
      const received = await signal;
      process.stdout.write(`${received}: stopping…\n`);
      await server.close();
    });
}
