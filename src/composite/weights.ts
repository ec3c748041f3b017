/**
 * Weights: the nominal weights after profile overrides, which indicators are scored (weight > 0 all the way up),
 * and COINr-style noisy weights for uncertainty analysis (`get_noisy_weights`).
 */
import type { Hierarchy } from './hierarchy.ts';
import type { Column } from './table.ts';

export interface Weights {
  indicators: Column;
  aggregates: Column;
}

/** Meta weights with `overrides` (code → weight) applied; unknown codes and negative weights throw. */
export function resolveWeights(h: Hierarchy, overrides: Record<string, number> = {}): Weights {
  const indicators = Array.from(h.indicators, (m) => m.weight);
  const aggregates = Array.from(h.aggregates, (m) => m.weight);
  for (const [code, w] of Object.entries(overrides)) {
    if (!Number.isFinite(w) || w < 0) throw new Error(`weight of ${code} must be a number ≥ 0, got ${w}`);
    const i = h.indicatorIndex.get(code);
    const a = h.aggregateIndex.get(code);
    if (i !== undefined) indicators[i] = w;
    else if (a !== undefined) aggregates[a] = w;
    else throw new Error(`unknown weight code: ${code}`);
  }
  return { indicators, aggregates };
}

/** True for each indicator that counts in a top aggregate: its weight and every ancestor's (but the top's) > 0. */
export function scoredIndicators(h: Hierarchy, w: Weights): boolean[] {
  return h.indicators.map((_, i) => {
    if (!(w.indicators[i] > 0)) return false;
    let a = h.indicatorParent[i];
    if (a === -1) return false;
    while (h.aggregateParent[a] !== -1) {
      if (!(w.aggregates[a] > 0)) return false;
      a = h.aggregateParent[a];
    }
    return true;
  });
}

/** Noise on the weights of one level (1 = indicators): each weight becomes w + (2U − 1)·factor·w. */
export interface WeightNoise {
  level: number;
  factor: number;
}

/** Returns a perturbed copy of `w` (COINr `get_noisy_weights` for one replication); `random` yields U(0, 1). */
export function perturbWeights(h: Hierarchy, w: Weights, noise: WeightNoise[], random: () => number): Weights {
  const out = { indicators: w.indicators.slice(), aggregates: w.aggregates.slice() };
  for (const { level, factor } of noise) {
    if (!(factor >= 0 && factor <= 1)) throw new Error(`weight noise factor must be in [0, 1], got ${factor}`);
    if (level === 1) for (let i = 0; i < out.indicators.length; i++) out.indicators[i] += (2 * random() - 1) * factor * out.indicators[i];
    else
      h.aggregates.forEach((a, i) => {
        if (a.level === level) out.aggregates[i] += (2 * random() - 1) * factor * out.aggregates[i];
      });
  }
  return out;
}

/** Weights as a code → weight record (the form profiles and replays use). */
export function weightsToRecord(h: Hierarchy, w: Weights): Record<string, number> {
  const out: Record<string, number> = {};
  h.indicators.forEach((m, i) => (out[m.code] = w.indicators[i]));
  h.aggregates.forEach((m, i) => (out[m.code] = w.aggregates[i]));
  return out;
}
