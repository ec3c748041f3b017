/**
 * Test helper: opens the real Monitor over a fresh temporary data folder (it loads the bundled snapshot there), so
 * server and browser tests exercise the real data path. Not a fake: every number comes from the bundled SSB data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MonitorApi } from '../service/types.ts';

export interface TestMonitor {
  monitor: MonitorApi & { close(): void };
  dataDir: string;
  /** Closes the monitor and deletes its temporary folder. */
  dispose(): Promise<void>;
}

/** Opens a Monitor on a new temporary data folder. */
export async function openTestMonitor(): Promise<TestMonitor> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regionmonitor-test-'));
  const { Monitor } = await import('../service/monitor.ts');
  const monitor = await Monitor.open({ dataDir });
  return {
    monitor,
    dataDir,
    async dispose() {
      monitor.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
