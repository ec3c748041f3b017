/**
 * What the server checks parameters against beyond their JSON schema: the years with data, the known regions,
 * indicators and weighting profiles. Read once at start-up, since the monitor's data is fixed for the process.
 */
import type { IndicatorInfo, MonitorApi, MonitorMeta, RegionInfo } from '../service/types.ts';
import { HttpError } from './http-error.ts';

/** The monitor's fixed vocabulary, with checks that throw 400/404 HttpErrors naming the bad value. */
export class Catalog {
  readonly meta: MonitorMeta;
  readonly regions: Map<string, RegionInfo>;
  readonly indicators: Map<string, IndicatorInfo>;

  constructor(meta: MonitorMeta, regions: RegionInfo[], indicators: IndicatorInfo[]) {
    this.meta = meta;
    this.regions = new Map(regions.map((r) => [r.code, r]));
    this.indicators = new Map(indicators.map((i) => [i.id, i]));
  }

  /** Loads the vocabulary from a monitor. */
  static async load(monitor: MonitorApi): Promise<Catalog> {
    const [meta, regions, indicators] = await Promise.all([monitor.meta(), monitor.regions(), monitor.indicators()]);
    return new Catalog(meta, regions, indicators);
  }

  /** The year to use: the latest when absent; 400 when the monitor has no scores for it. */
  year(year: number | undefined): number {
    if (year === undefined) return this.meta.latestYear;
    if (!this.meta.years.includes(year)) {
      const ys = this.meta.years;
      const range = ys.length ? `${Math.min(...ys)}–${Math.max(...ys)}` : 'none';
      throw new HttpError(400, `year ${year} has no data (years available: ${range})`);
    }
    return year;
  }

  /** The region with this code (municipality or own region); 404 when unknown. */
  region(code: string): RegionInfo {
    const region = this.regions.get(code);
    if (!region) throw new HttpError(404, `unknown region: ${code}`);
    return region;
  }

  /** 400 when the indicator id is given but unknown. */
  indicator(id: string | undefined): string | undefined {
    if (id !== undefined && !this.indicators.has(id)) throw new HttpError(400, `unknown indicator: ${id}`);
    return id;
  }

  /** 400 when the weighting profile is given but unknown. */
  profile(name: string | undefined): string | undefined {
    if (name !== undefined && !this.meta.profiles.includes(name)) {
      throw new HttpError(400, `unknown profile: ${name} (profiles: ${this.meta.profiles.join(', ')})`);
    }
    return name;
  }
}
