/**
 * The weight-independent part of a run: denominate → impute → screen → treat → normalise. Each step is pure and
 * returns a new layer; the layers are kept for tracing and cached across runs that share these options.
 */
import { denominate } from './denominate.ts';
import { compileHierarchy, type Hierarchy } from './hierarchy.ts';
import { impute } from './impute.ts';
import { normalise } from './normalise/index.ts';
import { screenUnits } from './screen.ts';
import { selectRows, tableFromRows, type Table } from './table.ts';
import { treat } from './treat/index.ts';
import type { Dataset, Profile, StepLogEntry, TreatmentDetail } from './types.ts';

/** A validated dataset with its compiled hierarchy: compile once, run many profiles. */
export interface CompiledDataset {
  dataset: Dataset;
  hierarchy: Hierarchy;
  raw: Table;
  codes: string[];
}

/** Validates `ds` and prepares it for repeated runs. */
export function compileDataset(ds: Dataset): CompiledDataset {
  const hierarchy = compileHierarchy(ds);
  return { dataset: ds, hierarchy, raw: tableFromRows(ds.values, ds.indicators.length), codes: ds.indicators.map((m) => m.code) };
}

/** The weight-independent layers of one run. */
export interface Layers {
  keep: number[];
  units: string[];
  screenedOut: string[];
  raw: Table;
  denominated: Table | null;
  /** Observed values (after denomination, before imputation): what availability is judged on. */
  observed: Table;
  imputed: Table;
  treated: Table;
  normalised: Table;
  imputedCells: { row: number; col: number; value: number }[];
  treatment: { details: TreatmentDetail[]; flags: string[][] } | null;
  warnings: string[];
  log: StepLogEntry[];
}

/** Runs the weight-independent steps of a resolved profile. */
export function computeLayers(c: CompiledDataset, p: Profile): Layers {
  const { dataset: ds, codes } = c;
  const warnings: string[] = [];
  const log: StepLogEntry[] = [];
  let observed = c.raw;
  let denominated: Table | null = null;
  if (p.denominate) {
    const d = denominate(c.raw, ds.indicators, ds.denominators);
    denominated = observed = d.table;
    warnings.push(...d.warnings);
    log.push({ step: 'denominate', options: true, details: { applied: d.applied } });
  }
  const imp = impute(observed, p.impute, ds.groups, codes);
  warnings.push(...imp.warnings);
  log.push({ step: 'impute', options: p.impute, details: { filled: imp.cells.length } });

  let keep = ds.units.map((_, u) => u);
  let screenedOut: string[] = [];
  if (p.screen) {
    const s = screenUnits(imp.table, p.screen.minAvailability);
    keep = s.keep;
    screenedOut = s.removed.map((u) => ds.units[u]);
    log.push({ step: 'screen', options: p.screen, details: { removed: screenedOut } });
  }
  const position = new Map(keep.map((u, k) => [u, k]));
  const imputedCells = imp.cells.filter((cell) => position.has(cell.row)).map((cell) => ({ ...cell, row: position.get(cell.row)! }));
  const imputed = selectRows(imp.table, keep);

  let treated = imputed;
  let treatment: Layers['treatment'] = null;
  if (p.treat.method !== 'none') {
    const t = treat(imputed, p.treat, codes);
    treated = t.table;
    treatment = { details: t.details, flags: t.flags };
    warnings.push(...t.warnings);
    const changed = t.details.filter((d) => d.nwin || d.logTransformed).map((d) => d.indicator);
    log.push({ step: 'treat', options: p.treat, details: { treated: changed } });
  }
  const norm = normalise(treated, ds.indicators, p.normalise);
  warnings.push(...norm.warnings);
  log.push({ step: 'normalise', options: p.normalise });
  return {
    keep,
    units: keep.map((u) => ds.units[u]),
    screenedOut,
    raw: selectRows(c.raw, keep),
    denominated: denominated && selectRows(denominated, keep),
    observed: selectRows(observed, keep),
    imputed,
    treated,
    normalised: norm.table,
    imputedCells,
    treatment,
    warnings,
    log,
  };
}

/** The options that decide the weight-independent layers, as a cache key. */
export function layersKey(p: Profile): string {
  return JSON.stringify([p.denominate, p.impute, p.screen, p.treat, p.normalise]);
}

