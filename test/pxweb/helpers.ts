/** Test helpers: a fake clock that never really waits, and temporary folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/sources/pxweb/rate-limit.ts';

/** A clock whose `sleep` records the delay and advances time instantly. */
export function fakeClock(start = Date.parse('2026-03-01T09:00:00Z')): { clock: Clock; sleeps: number[]; advance(ms: number): void } {
  let t = start;
  const sleeps: number[] = [];
  return {
    clock: {
      now: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
    },
    sleeps,
    advance: (ms) => void (t += ms),
  };
}

/** A fresh temporary folder, removed when the test ends. */
export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'regionmonitor-pxweb-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
