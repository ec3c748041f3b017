/**
 * Number formatting for filled-in formulas: readable, not locale-dependent, so a trace reads the same everywhere.
 */

const MINUS = '\u2212';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Formats a number for a filled-in formula: integers with space-grouped thousands (`16 807`), small fractions with
 * four decimals (`0.0362`), moderate values with two, large values rounded to whole units; NaN/undefined as `—`.
 *
 * @example
 * formatNumber(16807); // '16 807'
 * formatNumber(16807 / 16220 - 1); // '0.0362'
 */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const sign = x < 0 ? MINUS : '';
  const a = Math.abs(x);
  let body: string;
  if (Number.isInteger(a) || a >= 1000) body = group(Math.round(a).toString());
  else if (a >= 10) body = a.toFixed(2);
  else body = a.toFixed(4);
  return sign + body;
}
