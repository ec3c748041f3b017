import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSkewKurt, kurtosis, skewness, treat, treatColumn, WINSORISE_DEFAULTS } from './index.ts';
import { logTransform } from './winsorise.ts';

/** Textbook e1071 type-2 formulas, written out naively. */
function naive(x: number[]) {
  const n = x.length;
  const m = x.reduce((a, b) => a + b) / n;
  const d = x.map((v) => v - m);
  const s2 = d.reduce((a, v) => a + v * v, 0);
  const g1 = (Math.sqrt(n) * d.reduce((a, v) => a + v ** 3, 0)) / s2 ** 1.5;
  const r = (n * d.reduce((a, v) => a + v ** 4, 0)) / s2 ** 2;
  return { skew: (g1 * Math.sqrt(n * (n - 1))) / (n - 2), kurt: (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3)) };
}

const docExample = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]; // COINr's winsorise() help example

describe('skewness and kurtosis', () => {
  it('should match the e1071 type-2 definitions and skip missing values', () => {
    const want = naive(docExample);
    assert.ok(Math.abs(skewness([...docExample, NaN]) - want.skew) < 1e-12);
    assert.ok(Math.abs(kurtosis([...docExample, NaN]) - want.kurt) < 1e-12);
  });
  it('should fail the check only when |skew| ≥ 2 and kurtosis ≥ 3.5', () => {
    assert.equal(checkSkewKurt(docExample).pass, false);
    assert.equal(checkSkewKurt([1, 2, 3, 4, 5]).pass, true);
  });
});

describe('winsorisation', () => {
  it('should replace the maximum by the next largest value first', () => {
    const r = treatColumn(Array.from(docExample), { ...WINSORISE_DEFAULTS, winmax: 1 });
    assert.equal(r.nwin, 1);
    assert.deepEqual(Array.from(r.x), [...docExample.slice(0, 11), 30]);
    assert.equal(r.flags[11], 'winhi');
    assert.equal(r.flags.filter((f) => f).length, 1);
  });
  it('should stop once the column passes, flag only changed points and leave the input alone', () => {
    const input = Array.from(docExample);
    const r = treatColumn(input, WINSORISE_DEFAULTS);
    assert.deepEqual(Array.from(input), docExample);
    assert.ok(r.afterWinsorise!.pass);
    assert.ok(r.nwin! >= 1 && r.nwin! <= 5);
    r.flags.forEach((f, i) => assert.equal(f !== '', r.x[i] !== docExample[i], `point ${i}`));
  });
  it('should log-transform the original column when winsorising 5 points is not enough', () => {
    const x = Array.from([...Array(40).fill(1), 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
    const r = treatColumn(x, WINSORISE_DEFAULTS);
    assert.equal(r.afterWinsorise!.pass, false);
    assert.equal(r.logTransformed, true);
    assert.deepEqual(Array.from(r.x), Array.from(logTransform(x)));
    assert.equal(r.x[0], Math.log(0.01 * (1e10 - 1)));
    assert.ok(r.flags.every((f) => f === 'log'));
  });
  it('should treat every column of a table and leave short columns untreated with a warning', () => {
    const r = treat({ rows: 12, cols: [Array.from(docExample), Array.from(docExample, (v, i) => (i < 3 ? v : NaN))] }, { method: 'winsorise' }, ['a', 'b']);
    assert.ok(r.details[0].nwin! > 0);
    assert.equal(r.details[1].note, 'too few values');
    assert.match(r.warnings[0], /treat: b has 3 values/);
  });
});
