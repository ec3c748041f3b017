/**
 * Conformance with COINr 1.1.14 on ASEM: every layer of the eight reference pipelines (normalised indicators,
 * every aggregate level, ranks; for P5/P5x also imputation and outlier treatment) to 1e-12 relative, ranks and
 * treatment flags exactly. Reads `../shared/data/peers/coinr` at run time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runPipeline, type PipelineResult } from '../../src/composite/index.ts';
import { compareTable, loadAsem, num, peerAvailable, PIPELINES, readRef, relDiff, REL_TOL, SKIP_REASON } from './peer.ts';

const results = new Map<string, PipelineResult>();
function result(name: string): PipelineResult {
  if (!results.has(name)) results.set(name, runPipeline(loadAsem(), PIPELINES[name]));
  return results.get(name)!;
}

/** A cell of a result: normalised indicator, aggregate, or a named layer's indicator. */
function getter(r: PipelineResult, layer: 'normalised' | 'imputed' | 'treated' = 'normalised') {
  const units = new Map(r.units.map((u, i) => [u, i]));
  return (unit: string, code: string): number | null => {
    const u = units.get(unit);
    assert.ok(u !== undefined, `unit ${unit} missing from the result`);
    const a = r.aggregates.indexOf(code);
    if (a >= 0) return r.aggregated[u][a];
    const i = r.indicators.indexOf(code);
    assert.ok(i >= 0, `column ${code} missing from the result`);
    return r[layer][u][i];
  };
}

function assertTable(name: string, file: string, layer?: 'normalised' | 'imputed' | 'treated') {
  const ref = readRef(`${name}/${file}`);
  const bad = compareTable(ref, getter(result(name), layer));
  assert.deepEqual(bad.slice(0, 5), [], `${name}/${file}: ${bad.length} cells differ`);
}

for (const name of Object.keys(PIPELINES)) {
  describe(`COINr ${name}`, () => {
    test('should keep the units in uCode order', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      assert.deepEqual(result(name).units, readRef(`${name}/normalised.csv`).rows.map((r) => r[0]));
    });

    for (const file of ['normalised.csv', 'aggregated.csv', 'scores_level2.csv', 'scores_level3.csv', 'scores_level4.csv']) {
      test(`should reproduce ${file} to 1e-12 relative`, (t) => {
        if (!peerAvailable()) return t.skip(SKIP_REASON);
        assertTable(name, file);
      });
    }

    test('should reproduce every aggregate rank exactly', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const r = result(name);
      const ref = readRef(`${name}/ranks_all_aggregates.csv`);
      for (const row of ref.rows) {
        const u = r.units.indexOf(row[0]);
        ref.header.slice(1).forEach((col, k) => {
          const a = r.aggregates.indexOf(col.replace(/_rank$/, ''));
          assert.equal(r.ranks[u][a], num(row[k + 1]), `${row[0]} ${col}`);
        });
      }
    });

    test('should reproduce the index ranking (order, scores and ranks)', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const r = result(name);
      const root = r.aggregates.indexOf(r.root);
      const ref = readRef(`${name}/index_ranks.csv`);
      const order = r.units.map((_, u) => u).sort((a, b) => r.ranks[a][root]! - r.ranks[b][root]!);
      assert.deepEqual(order.map((u) => r.units[u]), ref.rows.map((row) => row[0]));
      ref.rows.forEach(([unit, score, rank], k) => {
        assert.equal(r.ranks[order[k]][root], Number(rank), unit);
        assert.ok(relDiff(r.aggregated[order[k]][root]!, Number(score)) <= REL_TOL, `${unit} score`);
      });
    });
  });
}

for (const name of ['P5_impute_treat_minmax_amean', 'P5x_build_example_coin']) {
  describe(`COINr ${name}: imputation and treatment`, () => {
    test('should reproduce the imputed and treated data sets', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      assertTable(name, 'imputed.csv', 'imputed');
      assertTable(name, 'treated.csv', 'treated');
    });

    test('should impute exactly the originally missing cells', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const key = (u: string, i: string) => `${u}/${i}`;
      const want = new Map(readRef(`${name}/imputed_cells.csv`).rows.map(([u, i, v]) => [key(u, i), Number(v)]));
      const r = result(name);
      // COINr lists the cells missing in the raw data; cells that only denomination made missing (a missing
      // denominator) are imputed as well and are listed by the engine too
      const raw = r.imputedCells.filter((c) => r.raw[r.units.indexOf(c.unit)][r.indicators.indexOf(c.indicator)] === null);
      const byDenominator = r.imputedCells.filter((c) => !raw.includes(c));
      for (const c of byDenominator) assert.equal(r.denominated?.[r.units.indexOf(c.unit)][r.indicators.indexOf(c.indicator)], null, `${c.unit}/${c.indicator}`);
      const got = new Map(raw.map((c) => [key(c.unit, c.indicator), c.value]));
      assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
      for (const [k, v] of want) assert.ok(relDiff(v, got.get(k)!) <= REL_TOL, k);
    });

    test('should flag the same winsorised points', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const r = result(name);
      const ref = readRef(`${name}/treated_points.csv`);
      for (const row of ref.rows) {
        const u = r.units.indexOf(row[0]);
        ref.header.slice(1).forEach((code, k) => assert.equal(r.treatedFlags![u][r.indicators.indexOf(code)], row[k + 1], `${row[0]} ${code}`));
      }
      const long = readRef(`${name}/treated_points_long.csv`);
      const flagged = r.treatedFlags!.flat().filter((f) => f !== '').length;
      assert.equal(flagged, long.rows.length);
      const get = getter(r, 'imputed');
      const getTreated = getter(r, 'treated');
      for (const [unit, code, , before, after] of long.rows) {
        assert.ok(relDiff(get(unit, code)!, Number(before)) <= REL_TOL, `${unit} ${code} before`);
        assert.ok(relDiff(getTreated(unit, code)!, Number(after)) <= REL_TOL, `${unit} ${code} after`);
      }
    });

    test('should report the same skewness, kurtosis, pass flags and nwin', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const r = result(name);
      const ref = readRef(`${name}/treatment_details.csv`);
      const col = (c: string) => ref.header.indexOf(c);
      for (const row of ref.rows) {
        const d = r.treatment!.find((x) => x.indicator === row[0])!;
        const close = (want: string, got: number | undefined, what: string) =>
          assert.ok(relDiff(Number(want), got!) <= REL_TOL, `${row[0]} ${what}: want ${want}, got ${got}`);
        assert.equal(String(d.before!.pass).toUpperCase(), row[col('check_SkewKurt0.Pass')], `${row[0]} pass`);
        close(row[col('check_SkewKurt0.Skew')], d.before!.skew, 'skew');
        close(row[col('check_SkewKurt0.Kurt')], d.before!.kurt, 'kurt');
        assert.equal(d.nwin, num(row[col('winsorise.nwin')]), `${row[0]} nwin`);
        assert.equal(d.afterWinsorise ? String(d.afterWinsorise.pass).toUpperCase() : '', row[col('check_SkewKurt1.Pass')], `${row[0]} pass after`);
        if (d.afterWinsorise) {
          close(row[col('check_SkewKurt1.Skew')], d.afterWinsorise.skew, 'skew after');
          close(row[col('check_SkewKurt1.Kurt')], d.afterWinsorise.kurt, 'kurt after');
        }
        assert.equal(d.logTransformed, false, `${row[0]}: COINr did not need log_CT on ASEM`);
      }
    });
  });
}
