/**
 * Replays COINr's uncertainty analysis of P5 (UA_P5: N = 100 and N = 500) from the exported per-replication
 * parameters and weight sets, and checks every replication's Index scores and ranks and the rank statistics.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replayUncertainty, type Replication } from '../../src/analysis/uncertainty.ts';
import type { ProfilePatch } from '../../src/composite/index.ts';
import { loadAsem, num, peerAvailable, PIPELINES, readRef, relDiff, REL_TOL, SKIP_REASON } from './peer.ts';

/** COINr's normalisation spec in the params file → a profile patch. */
function normalisationPatch(fn: string, para: string): ProfilePatch {
  const nums = (para.match(/-?[\d.]+/g) ?? []).map(Number);
  if (fn === 'n_minmax') return { normalise: { method: 'minmax', params: { range: [nums[0], nums[1]] } } };
  if (fn === 'n_zscore') return { normalise: { method: 'zscore', params: { mean: nums[0], sd: nums[1] } } };
  throw new Error(`unexpected normalisation in params file: ${fn}`);
}

function loadReplications(tag: string): Replication[] {
  const sets = new Map<string, Record<string, number>>();
  for (const [set, code, , weight] of readRef(`UA_P5/ua_${tag}_weightsets.csv`).rows) {
    if (!sets.has(set)) sets.set(set, {});
    sets.get(set)![code] = Number(weight);
  }
  return readRef(`UA_P5/ua_${tag}_params.csv`).rows.map(([rep, set, fn, para]) => {
    assert.ok(sets.has(set), `replication ${rep}: weight set ${set} not found`);
    return { weights: sets.get(set)!, patch: normalisationPatch(fn, para) };
  });
}

for (const tag of ['N100', 'N500']) {
  describe(`COINr UA_P5 ${tag} replay`, () => {
    let cached: ReturnType<typeof replayUncertainty> | undefined;
    const run = () => (cached ??= replayUncertainty(loadAsem(), PIPELINES.P5_impute_treat_minmax_amean, loadReplications(tag), { keepReplications: true }));

    test('should reproduce every replication score to 1e-12 relative', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const res = run();
      const ref = readRef(`UA_P5/ua_${tag}_scores.csv`);
      assert.equal(ref.header.length - 2, res.replications.length);
      for (const row of ref.rows) {
        const u = res.perUnit.findIndex((p) => p.unit === row[0]);
        assert.ok(u >= 0, row[0]);
        assert.ok(relDiff(num(row[1])!, res.nominalScores[u]!) <= REL_TOL, `${row[0]} nominal`);
        for (let r = 0; r < res.replications.length; r++) {
          assert.ok(relDiff(num(row[r + 2])!, res.scores![r][u]!) <= REL_TOL, `${row[0]} r_${r + 1}: want ${row[r + 2]}, got ${res.scores![r][u]}`);
        }
      }
    });

    test('should reproduce every replication rank exactly', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const res = run();
      for (const row of readRef(`UA_P5/ua_${tag}_ranks.csv`).rows) {
        const u = res.perUnit.findIndex((p) => p.unit === row[0]);
        assert.equal(res.perUnit[u].nominal, num(row[1]), `${row[0]} nominal`);
        for (let r = 0; r < res.replications.length; r++) assert.equal(res.ranks![r][u], num(row[r + 2]), `${row[0]} r_${r + 1}`);
      }
    });

    test('should reproduce the rank statistics (mean, median, 5 % and 95 % quantiles)', (t) => {
      if (!peerAvailable()) return t.skip(SKIP_REASON);
      const res = run();
      const ref = readRef(`UA_P5/ua_${tag}_rankstats.csv`);
      assert.deepEqual(ref.header, ['uCode', 'Nominal', 'Mean', 'Median', 'Q5', 'Q95']);
      for (const row of ref.rows) {
        const p = res.perUnit.find((x) => x.unit === row[0])!;
        [p.nominal, p.mean, p.median, p.q05, p.q95].forEach((got, k) =>
          assert.ok(relDiff(Number(row[k + 1]), got!) <= REL_TOL, `${row[0]} ${ref.header[k + 1]}: want ${row[k + 1]}, got ${got}`),
        );
      }
    });
  });
}
