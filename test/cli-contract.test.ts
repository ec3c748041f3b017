// The machine-readable CLI contract other tools rely on, run as a real child process on the bundled snapshot.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const REPO = resolve(import.meta.dirname, '..');
const BUNDLE = resolve(REPO, '../shared/data/bundle');
const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'rm-cli-'));
const cli = (...args: string[]) => run(process.execPath, [join(REPO, 'bin/regionmonitor.mjs'), '--data-dir', dataDir, ...args], { maxBuffer: 1 << 26 });
const json = async (...args: string[]) => JSON.parse((await cli(...args, '--json')).stdout);

describe('CLI contract', () => {
  before(async () => {
    await cli('status'); // first run loads the snapshot
  });

  test('status --json should list population for the 357 municipalities from 1986 or earlier to 2026', async () => {
    const status = await json('status');
    assert.equal(status.regions, 357);
    const pop = status.series.find((s: { id: string }) => s.id === 'population_jan1');
    assert.ok(pop, 'population_jan1 listed');
    assert.equal(pop.regions, 357);
    assert.ok(pop.firstYear <= 1986);
    assert.equal(pop.lastYear, 2026);
    assert.equal(pop.table, '06913');
    assert.equal(typeof pop.vintage, 'number');
    for (const key of ['id', 'source', 'table', 'variable', 'regions', 'firstYear', 'lastYear', 'vintage']) assert.ok(key in pop, key);
  });

  test('series should return SSB’s figure for Molde 2024 exactly as in the shared data', async (t) => {
    if (!existsSync(BUNDLE)) return t.skip(`shared data not found at ${BUNDLE}`);
    const line = readFileSync(join(BUNDLE, 'ssb_06913_population_change.csv'), 'utf8').split('\n').find((l) => l.startsWith('1506,2024,population_jan1,'));
    const expected = Number(line!.split(',')[3]);
    assert.deepEqual(await json('series', 'population_jan1', '--region', '1506', '--year', '2024'), [{ region: '1506', year: 2024, value: expected, status: 'ok' }]);
  });

  test('series should report pre-split years of split municipalities as not comparable', async () => {
    for (const [region, year] of [['5055', '2017'], ['1806', '2019'], ['1508', '2021'], ['1580', '2022']]) {
      const [row] = await json('series', 'population_jan1', '--region', region, '--year', year);
      assert.equal(row.value, null, `${region} ${year}`);
      assert.equal(row.status, 'not_comparable', `${region} ${year}`);
    }
    const [after] = await json('series', 'population_jan1', '--region', '1580', '--year', '2024');
    assert.equal(after.status, 'ok');
  });

  test('import should refuse a bad file with file, line and field, and write nothing', async () => {
    const file = join(dataDir, 'bad.csv');
    writeFileSync(file, 'region,year,variable,value\n1506,2030,population_jan1,1\n1506,2031,population_jan1,x\n');
    await assert.rejects(cli('import', file), (err: { code: number; stderr: string }) => {
      assert.notEqual(err.code, 0);
      assert.match(err.stderr, /bad\.csv:3: field 'value'.*nothing was imported/);
      return true;
    });
    const [row] = await json('series', 'population_jan1', '--region', '1506', '--year', '2030');
    assert.equal(row.value, null);
  });

  test('import should add a vintage that series reads, and as-of reads the one before', async () => {
    const file = join(dataDir, 'fix.csv');
    writeFileSync(file, 'region,year,variable,value\n1506,2030,population_jan1,40000\n');
    const result = await json('import', file);
    assert.equal(result.rows, 1);
    const [row] = await json('series', 'population_jan1', '--region', '1506', '--year', '2030');
    assert.equal(row.value, 40000);
    const [before] = await json('series', 'population_jan1', '--region', '1506', '--year', '2030', '--as-of', String(result.vintage - 1));
    assert.equal(before.value, null);
  });

  test('an unknown variable should fail with a clear message and a non-zero exit', async () => {
    await assert.rejects(cli('series', 'no_such_thing', '--region', '1506'), /unknown variable 'no_such_thing'/);
  });

  test('rank --year 2022 --top 10 --json should list ten municipalities with their styrkeindikator', async () => {
    const rows = await json('rank', '--year', '2022', '--top', '10');
    assert.equal(rows.length, 10);
    rows.forEach((r: Record<string, unknown>, i: number) => {
      assert.deepEqual(Object.keys(r).slice(0, 6), ['rank', 'region', 'name', 'score_pct', 'coverage', 'band']);
      assert.equal(r.rank, i + 1);
      assert.match(r.region as string, /^\d{4}$/);
      assert.ok((r.score_pct as number) > 0 && (r.score_pct as number) < 100);
    });
    const regions = await json('rank', '--year', '2022', '--set', 'regions');
    assert.ok(regions.some((r: { region: string }) => r.region === 'romsdal'));
  });

  test('explain and indicators should give the chain and the values for Molde', async () => {
    const chain = await json('explain', '1506', '--year', '2022');
    assert.equal(chain.region.code, '1506');
    assert.ok(chain.steps.some((s: { inputs: { table: string }[] }) => s.inputs.some((i) => i.table === '07984')));
    assert.equal(typeof chain.composite.score_pct, 'number');
    const values = await json('indicators', '--year', '2022', '--region', '1506');
    assert.ok(values.length >= 20);
    for (const v of values) assert.deepEqual(Object.keys(v).slice(0, 4), ['region', 'indicator', 'value', 'position']);
    await assert.rejects(cli('explain', '9999', '--year', '2022'), /unknown region: 9999/);
  });
});
