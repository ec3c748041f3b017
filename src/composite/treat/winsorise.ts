/**
 * COINr's two-stage outlier treatment of one column: winsorise while the column fails the skew/kurtosis test
 * (at most `winmax` points), and if it still fails, log-transform the *original* column instead (`log_CT`).
 * Treatment works on the raw scale and ignores the indicator's direction, as COINr does.
 */
import type { SkewKurtCheck, WinsoriseParams } from '../types.ts';
import { checkSkewKurt } from './skew-kurt.ts';
import type { Column } from '../table.ts';

export interface ColumnTreatment {
  x: Column;
  /** Per value: '', 'winhi', 'winlo' or 'log'. */
  flags: string[];
  before: SkewKurtCheck;
  nwin: number | null;
  afterWinsorise: SkewKurtCheck | null;
  logTransformed: boolean;
  afterLog: SkewKurtCheck | null;
}

/** Positions holding the extreme (max or min) non-missing value. */
function extremePositions(x: Column, high: boolean): number[] {
  let best = high ? -Infinity : Infinity;
  for (const v of x) if (v === v && (high ? v > best : v < best)) best = v;
  const at: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === best) at.push(i);
  return at;
}

/** Largest (or smallest) non-missing value outside `exclude`; NaN when there is none. */
function extremeExcluding(x: Column, exclude: number[], high: boolean): number {
  const skip = new Set(exclude);
  let best = NaN;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v || skip.has(i)) continue;
    if (best !== best || (high ? v > best : v < best)) best = v;
  }
  return best;
}

/** `log(x − min + 0.01·(max − min))` over the non-missing values (COINr `log_CT`). */
export function logTransform(x: Column): Column {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) if (v === v) (min = Math.min(min, v)), (max = Math.max(max, v));
  return x.map((v) => Math.log(v - min + 0.01 * (max - min)));
}

/** Treats one column; the input is not modified. */
export function treatColumn(original: Column, params: Required<WinsoriseParams>): ColumnTreatment {
  const { winmax, skewThreshold, kurtThreshold, forceWin, logFallback } = params;
  const flags = new Array<string>(original.length).fill('');
  const before = checkSkewKurt(original, skewThreshold, kurtThreshold);
  const result: ColumnTreatment = { x: original, flags, before, nwin: null, afterWinsorise: null, logTransformed: false, afterLog: null };
  if (before.pass && !forceWin) return result;

  // winsorisation: points already winsorised equal the current extreme, so they are taken again (COINr's count)
  const x = original.slice();
  let high: number[] = [];
  let low: number[] = [];
  let nwin = 0;
  let check = before;
  while ((!check.pass || forceWin) && nwin < winmax) {
    // the skew of the current column is that of the last check
    const isHigh = check.skew >= 0;
    const at = extremePositions(x, isHigh);
    const replacement = extremeExcluding(x, at, isHigh);
    if (replacement !== replacement) break; // every value tied: nothing left to winsorise towards
    for (const i of at) x[i] = replacement;
    if (isHigh) high = at;
    else low = at;
    nwin = high.length + low.length;
    check = checkSkewKurt(x, skewThreshold, kurtThreshold);
  }
  for (const i of high) flags[i] = 'winhi';
  for (const i of low) flags[i] = 'winlo';
  result.x = x;
  result.nwin = nwin;
  result.afterWinsorise = check;
  if (result.afterWinsorise.pass || !logFallback) return result;

  // second stage on the original column; the winsorised version is discarded
  const logged = logTransform(original);
  result.x = logged;
  result.logTransformed = true;
  result.afterLog = checkSkewKurt(logged, skewThreshold, kurtThreshold);
  result.flags = Array.from(original, (v) => (v === v ? 'log' : ''));
  return result;
}
