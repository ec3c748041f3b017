import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatDuration, ProgressBar } from '../../src/cli/progress.ts';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, columns: 200, write: (s: string) => (chunks.push(s), true) } as any, chunks };
}

describe('ProgressBar', () => {
  test('should format durations and counts for people', () => {
    assert.equal(formatDuration(35_400), '35 s');
    assert.equal(formatDuration(125_000), '2 min 05 s');
    assert.equal(formatDuration(3_720_000), '1 h 02 min');
    assert.equal(formatCount(950), '950');
    assert.equal(formatCount(12_345), '12k');
    assert.equal(formatCount(1_234_567), '1.2M');
  });

  test('should estimate the time left from the pace so far', () => {
    let now = 0;
    const bar = new ProgressBar({ ...sink(false), now: () => now });
    bar.update({ done: 0, total: 10 });
    assert.equal(bar.eta(), undefined);
    now = 4000;
    bar.update({ done: 2, total: 10, unit: 'requests', detail: '1.2M cells', label: '07459' });
    assert.equal(bar.eta(), 16_000);
    assert.equal(bar.text(), '2/10 requests · 1.2M cells · ETA 16 s · 07459');
  });

  test('should print plain lines off a terminal: on a new label, at the end, or after the interval', () => {
    let now = 0;
    const { stream, chunks } = sink(false);
    const bar = new ProgressBar({ stream, now: () => now, plainIntervalMs: 5000 });
    bar.update({ done: 1, total: 4, label: 'a' });
    bar.update({ done: 2, total: 4, label: 'a' }); // same label, too soon: silent
    now = 6000;
    bar.update({ done: 3, total: 4, label: 'a' });
    bar.update({ done: 4, total: 4, label: 'a' });
    assert.equal(chunks.length, 3);
    assert.ok(chunks.every((c) => c.endsWith('\n') && !c.includes('\r')));
    bar.finish();
    assert.equal(chunks.length, 3);
  });

  test('should redraw one line on a terminal and keep log lines above it', () => {
    const { stream, chunks } = sink(true);
    const bar = new ProgressBar({ stream, now: () => 0, width: 10 });
    bar.update({ done: 5, total: 10, unit: 'requests' });
    assert.match(chunks[0], /^\r\x1b\[2K\[#####-----\] 5\/10 requests/);
    bar.log('retry 1 in 2 s');
    assert.deepEqual(chunks.slice(1, 3), ['\r\x1b[2K', 'retry 1 in 2 s\n']);
    assert.match(chunks[3], /^\r\x1b\[2K\[#####-----\]/);
    bar.finish();
    assert.equal(chunks.at(-1), '\n');
  });
});
