/**
 * "Tallenes vandring": the chain behind a published number — raw values with SSB table and vintage → indicator
 * value with the formula filled in → rank r of n and percentile position → weight → contribution → composite → rank.
 */
import { CATALOGUE, type IndicatorDefinition } from '../indicators/index.ts';
import { variableDefinition } from '../sources/variables.ts';
import type { Monitor } from './monitor.ts';
import type { UnitScore } from './scoring.ts';
import type { ExplainChain, ExplainIndicatorStep, ExplainInput } from './types.ts';

export function explainChain(monitor: Monitor, code: string, year: number, profile: string, indicatorId?: string): ExplainChain {
  const region = monitor.region(code);
  monitor.checkYear(year);
  const defs = indicatorId ? [monitor.indicator(indicatorId)] : CATALOGUE;
  const isComposite = monitor.years.includes(year);
  const unit = isComposite ? monitor.unitScoreOf(code, year, profile) : undefined;
  const scoredIndex = new Map(monitor.scored.map((d, i) => [d.id, i]));

  const steps = defs.map((d) => step(monitor, d, code, year, unit && scoredIndex.has(d.id) ? { unit, i: scoredIndex.get(d.id)! } : undefined));
  const score = unit?.scored ? unit.score : null;
  const reported = unit?.scored ? unit.reported : null;
  const isStrength = monitor.profiles[profile]?.report === 'styrkeindikator';
  const formula = !unit
    ? `${year} has no strength indicator (years ${monitor.years[0]}–${monitor.years.at(-1)})`
    : !unit.scored
      ? `not scored: ${unit.reason ?? 'too few indicators with values'}`
      : isStrength
        ? `styrkeindikator = 100 × (1 − Σ wᵢ × prankᵢ) = 100 × (1 − ${score!.toFixed(4)}) = ${reported!.toFixed(1)} %`
        : `score = Σ wᵢ × normalisedᵢ = ${score!.toFixed(4)}`;
  return {
    region,
    year,
    profile,
    steps,
    composite: { score, score_pct: reported, coverage: unit?.coverage ?? 0, formula },
    rank: { rank: unit?.scored ? unit.rank : null, of: unit?.of ?? 0 },
  };
}

function step(
  monitor: Monitor,
  d: IndicatorDefinition,
  code: string,
  year: number,
  scored: { unit: UnitScore; i: number } | undefined,
): ExplainIndicatorStep {
  const result = monitor.results.get(d.id, code, year);
  const inputs: ExplainInput[] = (result?.inputs ?? []).map((inp) => {
    const v = inp.value;
    const vintage = v?.vintageId !== undefined ? monitor.vintages.get(v.vintageId) : undefined;
    const input: ExplainInput = {
      variable: inp.variable,
      region: inp.region,
      year: inp.year,
      value: v?.value ?? null,
      status: v?.status ?? 'missing',
      table: v?.table ?? variableDefinition(inp.variable).table,
      vintageId: v?.vintageId ?? null,
      vintageLoadedAt: vintage?.loadedAt ?? null,
      source: vintage ? `${vintage.source}: ${vintage.query}` : 'not in the store',
      from: v?.from ?? [],
    };
    if (inp.counterpart) input.counterpart = inp.counterpart;
    return input;
  });
  const u = scored?.unit;
  const i = scored?.i ?? -1;
  const prank = u && u.normalised[i] !== null && Number.isFinite(u.normalised[i]) ? u.normalised[i] : null;
  const weight = u?.weights[i] ?? 0;
  const s: ExplainIndicatorStep = {
    indicator: d.id,
    name: d.name,
    inputs,
    formula: d.formula,
    formulaFilled: result?.formulaFilled ?? `${d.formula} = —`,
    value: result?.value ?? null,
    status: result?.status ?? 'missing',
    direction: d.direction,
    rank: u && prank !== null ? u.positionRank[i] : null,
    n: u ? u.positionCount[i] : 0,
    prank,
    position: prank === null ? monitor.position(d, code, year) : 1 - prank,
    weight: prank === null ? 0 : weight ?? 0,
    contribution: prank === null || weight === null ? null : weight * prank,
  };
  if (result?.reason) s.reason = result.reason;
  return s;
}
