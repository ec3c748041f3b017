/** Every CLI command, each in its own module exporting `register(program)`. Adding a command adds one line here. */
import type { Command } from 'commander';

export const COMMANDS: (() => Promise<{ register: (program: Command) => void }>)[] = [
  () => import('./serve.ts'),
  () => import('./status.ts'),
  () => import('./series.ts'),
  () => import('./import.ts'),
  () => import('./indicators.ts'),
  () => import('./rank.ts'),
  () => import('./explain.ts'),
  () => import('./profiles.ts'),
  () => import('./update.ts'),
  () => import('./composite.ts'),
];
