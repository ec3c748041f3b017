/**
 * The monitor: opens the store (loading the bundled snapshot on first run), harmonises every series to the 2024
 * structure, computes the indicator catalogue for all municipalities and own regions and all years, and answers
 * the read model of service/types.ts from memory. The store is closed once loaded, so `update` can run beside a
 * running server; a new Monitor picks the new data up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runUncertainty } from '../analysis/uncertainty.ts';
import { DEFAULT_PROFILE, type PipelineResult, type Profile as CompositeProfile } from '../composite/index.ts';
import {
  CATALOGUE,
  computeIndicators,
  lookupFromValues,
  ownRegionLookup,
  unavailableReason,
  type IndicatorDefinition,
  type IndicatorResults,
  type SeriesLookup,
} from '../indicators/index.ts';
import { parseOwnRegions } from '../regions/own-regions.ts';
import { readManifest, SNAPSHOT_DIR, ensureSnapshotLoaded } from '../sources/snapshot.ts';
import { Store, type AsOf } from '../store/store.ts';
import type { OwnRegion, Vintage } from '../types.ts';
import { explainChain } from './explain.ts';
import { loadHarmonisedSeries } from './harmonised-series.ts';
import { positionColumn } from './positions.ts';
import { loadProfiles } from './profiles-config.ts';
import { buildProfile } from './profile.ts';
import { buildDataset, compositeYears, scoredIndicators, scoreMunicipalities, scoreRegionAgainstMunicipalities, unitScore, type UnitScore } from './scoring.ts';
import { THEMES, type ExplainChain, type IndicatorInfo, type IndicatorValue, type MonitorApi, type MonitorMeta, type Profile, type RankRow, type RegionInfo, type Theme } from './types.ts';

export const DEFAULT_REGIONS_FILE = resolve(import.meta.dirname, '../../config/regions.json');

export interface MonitorOptions {
  dataDir: string;
  /** Own-regions config; default `<dataDir>/regions.json` when present, else the shipped config/regions.json. */
  regionsFile?: string;
  /** Stored composite profiles; default `<dataDir>/profiles.json` when present. Built-ins are always there. */
  profilesFile?: string;
  asOf?: AsOf;
  /** Replications of the rank-uncertainty analysis behind each rank band (0 = no bands). */
  uncertaintyRuns?: number;
}

/** The year-level scores of one profile: municipalities from one pipeline run, own regions each against them. */
interface YearScores {
  pipeline: PipelineResult;
  municipal: Map<string, UnitScore>;
  regions: Map<string, UnitScore>;
  bands?: Map<string, [number, number]>;
}

export class NotFoundError extends Error {}

export class Monitor implements MonitorApi {
  private readonly scoreCache = new Map<string, YearScores>();
  private readonly positionCache = new Map<string, Map<string, number | null>>();
  readonly scored: IndicatorDefinition[];
  readonly years: number[];
  private readonly regionInfo: Map<string, RegionInfo>;

  private constructor(
    readonly dataPath: string,
    readonly municipalities: string[],
    regionInfo: RegionInfo[],
    readonly ownRegions: OwnRegion[],
    readonly lookup: SeriesLookup,
    readonly results: IndicatorResults,
    readonly vintages: Map<number, Vintage>,
    readonly profiles: Record<string, CompositeProfile>,
    private readonly uncertaintyRuns: number,
  ) {
    this.regionInfo = new Map(regionInfo.map((r) => [r.code, r]));
    this.scored = scoredIndicators(CATALOGUE, (id) => !unavailableReason(CATALOGUE.find((d) => d.id === id)!, lookup));
    this.years = compositeYears(results, this.scored, municipalities);
  }

  static async open({ dataDir, regionsFile, profilesFile, asOf, uncertaintyRuns = 200 }: MonitorOptions): Promise<Monitor> {
    const profiles = loadProfiles(profilesFile ?? (existsSync(join(dataDir, 'profiles.json')) ? join(dataDir, 'profiles.json') : undefined));
    const store = await Store.open(join(dataDir, 'regionmonitor.duckdb'));
    try {
      await ensureSnapshotLoaded(store);
      const series = await loadHarmonisedSeries(store, { asOf });
      const vintages = new Map((await store.vintages()).map((v) => [v.id, v]));
      const codes = series.municipalities.map((m) => m.code);
      const file = regionsFile ?? (existsSync(join(dataDir, 'regions.json')) ? join(dataDir, 'regions.json') : DEFAULT_REGIONS_FILE);
      const ownRegions = parseOwnRegions(readFileSync(file, 'utf8'), file, new Set(codes));
      const lookup = ownRegionLookup(lookupFromValues(series.values, series.flows), ownRegions);
      const years = [...new Set(series.values.map((v) => v.year))].sort((a, b) => a - b);
      const results = computeIndicators(lookup, { regions: [...codes, ...ownRegions.map((r) => r.id)], years, referenceRegions: codes });
      const regions: RegionInfo[] = [
        ...series.municipalities.map((m) => ({ code: m.code, name: m.name, kind: 'municipality' as const, countyCode: m.countyCode, countyName: m.countyName })),
        ...ownRegions.map((r) => ({ code: r.id, name: r.name, kind: 'own' as const, members: r.members, ...(r.city ? { city: r.city } : {}) })),
      ];
      return new Monitor(store.path, codes, regions, ownRegions, lookup, results, vintages, profiles, uncertaintyRuns);
    } finally {
      store.close();
    }
  }

  close(): void {
    this.scoreCache.clear();
  }

  // ---- lookups shared by the views --------------------------------------------------------------------------

  region(code: string): RegionInfo {
    const r = this.regionInfo.get(code);
    if (!r) throw new NotFoundError(`unknown region: ${code} (expected a 2024 municipality code or an own region id)`);
    return r;
  }

  checkYear(year: number, { composite = false } = {}): void {
    const years = composite ? this.years : this.results.years;
    if (!years.includes(year)) {
      throw new NotFoundError(`no ${composite ? 'strength indicator' : 'data'} for ${year}: years ${years[0]}–${years.at(-1)}`);
    }
  }

  indicator(id: string): IndicatorDefinition {
    const d = CATALOGUE.find((x) => x.id === id);
    if (!d) throw new NotFoundError(`unknown indicator: ${id}`);
    return d;
  }

  /** Percentile position p (0 = most robust) of a unit's indicator value in a year, among the municipalities. */
  position(indicator: IndicatorDefinition, region: string, year: number): number | null {
    if (indicator.direction === 0) return null;
    const key = `${indicator.id}|${year}`;
    let col = this.positionCache.get(key);
    if (!col) {
      const values = this.results.values(indicator.id, year);
      const all = new Map(this.results.regions.map((r, i) => [r, values[i]]));
      const positioned = positionColumn(this.municipalities.map((m) => all.get(m) ?? null), indicator.direction);
      col = new Map(this.municipalities.map((m, i) => [m, positioned.municipalities[i]]));
      for (const r of this.ownRegions) col.set(r.id, positioned.placeOutside(all.get(r.id) ?? null));
      this.positionCache.set(key, col);
    }
    return col.get(region) ?? null;
  }

  indicatorValue(indicator: IndicatorDefinition, region: string, year: number): IndicatorValue {
    const r = this.results.get(indicator.id, region, year);
    const v: IndicatorValue = {
      region,
      indicator: indicator.id,
      year,
      value: r?.value ?? null,
      position: r?.value === null || r === undefined ? null : this.position(indicator, region, year),
      status: r?.status ?? 'missing',
    };
    if (r?.reason) v.reason = r.reason;
    return v;
  }

  /** The scored indicators of a theme sub-index, or of the whole index when `theme` is undefined. */
  scoredIn(theme?: Theme): IndicatorDefinition[] {
    if (theme !== undefined && !THEMES.includes(theme)) throw new NotFoundError(`unknown theme: ${theme} (known: ${THEMES.join(', ')})`);
    return theme === undefined ? this.scored : this.scored.filter((d) => d.theme === theme);
  }

  /**
   * Scores of a year under a profile (cached): one pipeline for the municipalities, one per own region. With a
   * theme, the same rule over that theme's indicators only — the sub-index of Styrkeanalysen.
   */
  yearScores(year: number, profile = DEFAULT_PROFILE, theme?: Theme): YearScores {
    if (!Object.hasOwn(this.profiles, profile)) throw new NotFoundError(`unknown profile: ${profile} (known: ${Object.keys(this.profiles).join(', ')})`);
    const recipe = this.profiles[profile];
    const indicators = this.scoredIn(theme);
    if (indicators.length === 0) throw new NotFoundError(`the ${theme} sub-index has no scored indicator with data: fetch its SSB tables with \`regionmonitor update\``);
    this.checkYear(year, { composite: true });
    const key = `${profile}|${year}|${theme ?? ''}`;
    let s = this.scoreCache.get(key);
    if (!s) {
      const pipeline = scoreMunicipalities(this.results, indicators, this.municipalities, year, recipe);
      const municipal = new Map(this.municipalities.map((m) => [m, unitScore(pipeline, m)!]));
      const regions = new Map(
        this.ownRegions.map((r) => [r.id, scoreRegionAgainstMunicipalities(this.results, indicators, this.municipalities, r.id, year, recipe)!]),
      );
      s = { pipeline, municipal, regions };
      this.scoreCache.set(key, s);
    }
    return s;
  }

  /** One unit's score in a year: a municipality from the national run, an own region scored against it. */
  unitScoreOf(code: string, year: number, profile = DEFAULT_PROFILE, theme?: Theme): UnitScore | undefined {
    const s = this.yearScores(year, profile, theme);
    return (this.region(code).kind === 'own' ? s.regions : s.municipal).get(code);
  }

  /** 5–95 % rank bands from a seeded Monte Carlo over the weights (±25 %), computed on first request. */
  rankBands(year: number, profile: string, theme?: Theme): Map<string, [number, number]> {
    const s = this.yearScores(year, profile, theme);
    if (!s.bands) {
      s.bands = new Map();
      if (this.uncertaintyRuns > 0) {
        const dataset = buildDataset(this.results, this.scoredIn(theme), this.municipalities, year);
        const ua = runUncertainty(dataset, this.profiles[profile], { n: this.uncertaintyRuns, seed: year, weightNoise: 0.25 });
        for (const u of ua.perUnit) if (u.q05 !== null && u.q95 !== null) s.bands.set(u.unit, [u.q05, u.q95]);
      }
    }
    return s.bands;
  }

  // ---- MonitorApi ---------------------------------------------------------------------------------------------

  async meta(): Promise<MonitorMeta> {
    return {
      years: this.years,
      latestYear: this.years.at(-1) ?? this.results.years.at(-1)!,
      profiles: Object.keys(this.profiles),
      attribution: {
        nb: 'Statistikk: Statistisk sentralbyrå (SSB), CC BY 4.0. Kommunegrenser: © Kartverket, CC BY 4.0.',
        en: 'Statistics: Statistics Norway (SSB), CC BY 4.0. Municipality boundaries: © Kartverket, CC BY 4.0.',
      },
    };
  }

  async regions(): Promise<RegionInfo[]> {
    return [...this.regionInfo.values()];
  }

  async indicators(): Promise<IndicatorInfo[]> {
    return CATALOGUE.map((d) => {
      const reason = unavailableReason(d, this.lookup);
      const info: IndicatorInfo = {
        id: d.id,
        name: d.name,
        description: d.description,
        theme: d.theme,
        direction: d.direction,
        unit: d.unit,
        formula: d.formula,
        referenceTime: d.referenceTime,
        tables: d.tables,
        data: d.data,
        available: reason === undefined,
      };
      if (reason) info.missingReason = reason;
      if (d.note) info.note = d.note;
      return info;
    });
  }

  async values(year: number, { indicator }: { indicator?: string } = {}): Promise<IndicatorValue[]> {
    this.checkYear(year);
    const defs = indicator ? [this.indicator(indicator)] : CATALOGUE;
    return defs.flatMap((d) => this.results.regions.map((r) => this.indicatorValue(d, r, year)));
  }

  async ranking(
    year: number,
    { profile = DEFAULT_PROFILE, set = 'municipalities', theme }: { profile?: string; set?: 'municipalities' | 'regions'; theme?: Theme } = {},
  ): Promise<RankRow[]> {
    const s = this.yearScores(year, profile, theme);
    const bands = set === 'municipalities' ? this.rankBands(year, profile, theme) : new Map<string, [number, number]>();
    const scores = set === 'municipalities' ? s.municipal : s.regions;
    const rows = [...scores.values()].map((u) => this.rankRow(u, bands.get(u.unit) ?? null));
    return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.region.localeCompare(b.region));
  }

  rankRow(u: UnitScore, band: [number, number] | null): RankRow {
    const row: RankRow = {
      rank: u.scored ? u.rank : null,
      region: u.unit,
      name: this.region(u.unit).name,
      score_pct: u.scored ? u.reported : null,
      coverage: u.coverage,
      band,
    };
    if (!u.scored) row.reason = u.reason ?? 'too few indicators with values';
    return row;
  }

  async profile(code: string, { year, profile = DEFAULT_PROFILE }: { year?: number; profile?: string } = {}): Promise<Profile> {
    return buildProfile(this, code, year ?? (await this.meta()).latestYear, profile);
  }

  async explain(code: string, year: number, { indicator, profile = DEFAULT_PROFILE }: { indicator?: string; profile?: string } = {}): Promise<ExplainChain> {
    return explainChain(this, code, year, profile, indicator);
  }

  geometryPath(): string {
    return join(SNAPSHOT_DIR, readManifest().geometry.file);
  }
}
