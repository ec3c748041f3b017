/**
 * Denominate step (COINr `Denominate`): divides each indicator that names a denominator by that variable, turning
 * counts into rates (jobs per resident, …). A missing or zero denominator gives a missing value and a warning.
 */
import { newColumn, type Table } from './table.ts';
import type { IndicatorMeta } from './types.ts';

export interface DenominateResult {
  table: Table;
  /** Indicator code → denominator variable actually applied. */
  applied: Record<string, string>;
  warnings: string[];
}

/** Divides columns by their indicator's `denominator`; other columns are shared with the input unchanged. */
export function denominate(t: Table, indicators: IndicatorMeta[], denominators: Record<string, (number | null)[]> = {}): DenominateResult {
  const applied: Record<string, string> = {};
  const warnings: string[] = [];
  const cols = t.cols.map((col, j) => {
    const name = indicators[j].denominator;
    if (!name) return col;
    const d = denominators[name];
    if (!d) throw new Error(`indicator ${indicators[j].code}: unknown denominator ${name}`);
    applied[indicators[j].code] = name;
    const out = newColumn(t.rows);
    let zeros = 0;
    for (let u = 0; u < t.rows; u++) {
      const den = d[u];
      if (den === 0) zeros++;
      out[u] = den === null || den === 0 ? NaN : col[u] / den;
    }
    if (zeros) warnings.push(`denominate: ${indicators[j].code} has ${zeros} zero denominator(s) in ${name}; set to missing`);
    return out;
  });
  return { table: { rows: t.rows, cols }, applied, warnings };
}
