/**
 * The `regionmonitor` command line: the composition root that wires sources → store → indicators → composite →
 * presentation. Only this folder reads options and environment variables, and only `main` decides the exit code.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.ts';
import { COMMANDS } from './commands/index.ts';

export async function buildProgram(): Promise<Command> {
  const program = new Command('regionmonitor')
    .description('Robustness and vulnerability of Norwegian municipalities and city regions — business structure and housing supply.')
    .option('--data-dir <dir>', 'folder for the database and download cache (env REGIONMONITOR_DATA_DIR)', process.env.REGIONMONITOR_DATA_DIR ?? '.')
    .showHelpAfterError()
    .exitOverride();
  for (const load of COMMANDS) (await load()).register(program);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      process.stderr.write(`regionmonitor: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`regionmonitor: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.REGIONMONITOR_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    return 1;
  }
}
