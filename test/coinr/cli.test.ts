/**
 * The `composite` CLI command: its output files equal COINr's `aggregated.csv` and `index_ranks.csv` for the
 * pipelines P1..P6b (reference data read at run time), and bad input gives errors naming file, line and field.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseCsv } from '../../src/common/csv.ts';
import { main } from '../../src/cli/main.ts';
import { num, PEER_DIR, peerAvailable, readRef, relDiff, REL_TOL, SKIP_REASON } from './peer.ts';

const work = mkdtempSync(join(tmpdir(), 'regionmonitor-composite-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in-process and captures its output. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'regionmonitor', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

const FLAGS: Record<string, string[]> = {
  P1_prank_amean: ['--normalise', 'prank'],
  P2_minmax_amean: ['--normalise', 'minmax', '--range', '0,100'],
  P3_minmax1_gmean: ['--normalise', 'minmax', '--range', '1,100', '--aggregate', 'gmean'],
  P4_zscore_amean: ['--normalise', 'zscore'],
  P5_impute_treat_minmax_amean: ['--impute', 'mean', '--treat', 'winsorise', '--normalise', 'minmax', '--range', '0,100'],
  P6a_rank_amean: ['--normalise', 'rank'],
  P6b_borda_amean: ['--normalise', 'borda', '--aggregate', 'amean'],
};

function assertSameCsv(file: string, ref: ReturnType<typeof readRef>) {
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8')).map((r) => r.fields);
  assert.deepEqual(head, ref.header, `${file}: header`);
  assert.deepEqual(rows.map((r) => r[0]), ref.rows.map((r) => r[0]), `${file}: row order`);
  rows.forEach((row, i) =>
    row.slice(1).forEach((cell, k) => {
      const want = num(ref.rows[i][k + 1]);
      const got = num(cell);
      if (want === null || got === null) assert.equal(got, want, `${file} ${row[0]}/${head[k + 1]}`);
      else assert.ok(relDiff(want, got) <= REL_TOL, `${file} ${row[0]}/${head[k + 1]}: want ${want}, got ${got}`);
    }),
  );
}

describe('regionmonitor composite vs COINr', () => {
  for (const [name, flags] of Object.entries(FLAGS)) {
    test(`should write ${name}'s aggregated.csv and index_ranks.csv`, async (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const out = join(work, name);
      const r = await runCli(['composite', '--idata', join(PEER_DIR, 'asem_idata.csv'), '--imeta', join(PEER_DIR, 'asem_imeta.csv'), ...flags, '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      assertSameCsv(join(out, 'aggregated.csv'), readRef(`${name}/aggregated.csv`));
      assertSameCsv(join(out, 'index_ranks.csv'), readRef(`${name}/index_ranks.csv`));
    });
  }
});

describe('regionmonitor composite input errors', () => {
  const IMETA = 'Level,iCode,Direction,Weight,Parent,Type\n1,A,1,1,Index,Indicator\n1,B,-1,1,Index,Indicator\n2,Index,1,1,,Aggregate\n';
  const IDATA = 'uCode,A,B\nX1,1,2\nX2,3,4\nX3,5,6\n';
  const files = (name: string, idata: string, imeta: string) => {
    const dir = join(work, name);
    rmSync(dir, { recursive: true, force: true });
    const id = join(work, `${name}-idata.csv`);
    const im = join(work, `${name}-imeta.csv`);
    writeFileSync(id, idata);
    writeFileSync(im, imeta);
    return ['composite', '--idata', id, '--imeta', im, '--out', dir];
  };

  test('should run on a small valid input', async () => {
    const r = await runCli(files('ok', IDATA, IMETA));
    assert.equal(r.code, 0, r.stderr);
    const ranks = readFileSync(join(work, 'ok', 'index_ranks.csv'), 'utf8');
    // A rises and B falls with the unit number, so the prank mean ties every unit at 0.5
    assert.equal(ranks, 'uCode,Index_score,Index_rank\nX1,0.5,1\nX2,0.5,1\nX3,0.5,1\n');
  });

  test('should name the file when the uCode column is missing', async () => {
    const r = await runCli(files('nocode', IDATA.replace('uCode', 'code'), IMETA));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nocode-idata\.csv:1: missing uCode column/);
  });

  test('should name file, line and field of a non-numeric cell', async () => {
    const r = await runCli(files('nonnum', IDATA.replace('X2,3,4', 'X2,3,four'), IMETA));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nonnum-idata\.csv:3, B: not a number: "four"/);
  });

  test('should name an indicator of imeta missing from idata', async () => {
    const r = await runCli(files('missing', 'uCode,A\nX1,1\nX2,2\n', IMETA));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing-imeta\.csv:3: B is not a column of .*missing-idata\.csv/);
  });

  test('should reject an unknown parent, a bad direction and a duplicate unit', async () => {
    let r = await runCli(files('parent', IDATA, IMETA.replace('1,B,-1,1,Index', '1,B,-1,1,Theme')));
    assert.match(r.stderr, /indicator B: unknown parent Theme/);
    r = await runCli(files('dir', IDATA, IMETA.replace('1,B,-1', '1,B,2')));
    assert.match(r.stderr, /dir-imeta\.csv:3, Direction: must be 1 or -1 for B/);
    r = await runCli(files('dup', IDATA.replace('X3', 'X1'), IMETA));
    assert.match(r.stderr, /dup-idata\.csv:4, uCode: duplicate X1 \(first on line 2\)/);
  });

  test('should reject --range without minmax and an unknown profile', async () => {
    let r = await runCli([...files('range', IDATA, IMETA), '--range', '0,1']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--range applies to --normalise minmax only/);
    r = await runCli([...files('profile', IDATA, IMETA), '--profile', 'nope']);
    assert.match(r.stderr, /unknown profile: nope/);
  });

  test('should explain why gmean fails on zero values', async () => {
    const r = await runCli([...files('gmean', IDATA, IMETA), '--normalise', 'minmax', '--aggregate', 'gmean']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /aggregate Index, unit X\d: gmean needs values > 0/);
  });
});
