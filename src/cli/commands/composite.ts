/**
 * `regionmonitor composite`: builds a composite indicator from COINr-style input files (iData + iMeta) and writes
 * `aggregated.csv` and `index_ranks.csv` in the shape of COINr's outputs, so results can be compared with COINr.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { formatCsv } from '../../common/csv.ts';
import { getProfile, parseCoinrInput, runPipeline, type Dataset, type PipelineResult, type Profile } from '../../composite/index.ts';
import { CliError } from '../errors.ts';

interface CompositeOptions {
  idata: string;
  imeta: string;
  out: string;
  profile?: string;
  normalise?: 'prank' | 'minmax' | 'zscore' | 'rank' | 'borda';
  range?: string;
  aggregate?: 'amean' | 'gmean';
  impute?: 'none' | 'mean' | 'median';
  treat?: 'none' | 'winsorise';
  minCoverage?: string;
}

/** The profile when no `--profile` is given: COINr's conventions (percentile ranks, no availability threshold). */
const COINR_BASE: Profile = {
  name: 'cli',
  impute: { method: 'none' },
  treat: { method: 'none' },
  normalise: { method: 'prank' },
  aggregate: { method: 'amean' },
  availabilityThreshold: 0,
};

function parseRange(text: string): [number, number] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite) || parts[0] >= parts[1]) {
    throw new CliError(`--range: expected L,U with L < U (e.g. 0,100), got "${text}"`);
  }
  return [parts[0], parts[1]];
}

/** Builds the profile from `--profile` (or COINr's conventions) and the method flags. */
export function profileFromOptions(o: Omit<CompositeOptions, 'idata' | 'imeta' | 'out'>): Profile {
  let p: Profile;
  try {
    p = o.profile ? getProfile(o.profile) : structuredClone(COINR_BASE);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  if (o.impute) p.impute = { method: o.impute };
  if (o.treat) p.treat = { method: o.treat };
  if (o.aggregate) p.aggregate = { method: o.aggregate };
  if (o.normalise) p.normalise = { method: o.normalise };
  if (o.range !== undefined) {
    if (p.normalise.method !== 'minmax') throw new CliError('--range applies to --normalise minmax only');
    p.normalise = { method: 'minmax', params: { range: parseRange(o.range) } };
  }
  if (o.minCoverage !== undefined) {
    const share = Number(o.minCoverage);
    if (!(share >= 0 && share <= 1)) throw new CliError(`--min-coverage: expected a share between 0 and 1, got "${o.minCoverage}"`);
    p.availabilityThreshold = share;
  }
  return p;
}

async function readInput(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(`${flag}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Aggregate codes in COINr's column order: by level, then alphabetically. */
function coinrAggregateOrder(ds: Dataset): string[] {
  return [...ds.aggregates].sort((a, b) => a.level - b.level || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).map((a) => a.code);
}

/** The two output tables: every normalised indicator and aggregate per unit, and the top aggregate's ranking. */
export function compositeTables(ds: Dataset, r: PipelineResult): { aggregated: string; indexRanks: string } {
  const aggregateCodes = coinrAggregateOrder(ds);
  const columns = ['uCode', ...r.indicators, ...aggregateCodes];
  const aggIndex = aggregateCodes.map((code) => r.aggregates.indexOf(code));
  const rows = r.units.map((unit, u) => {
    const row: Record<string, unknown> = { uCode: unit };
    r.indicators.forEach((code, i) => (row[code] = r.normalised[u][i]));
    aggregateCodes.forEach((code, k) => (row[code] = r.aggregated[u][aggIndex[k]]));
    return row;
  });
  const root = r.aggregates.indexOf(r.root);
  // sorted by rank, unranked last; ties keep uCode order (a stable sort, as R's order())
  const ranked = r.units
    .map((unit, u) => ({ uCode: unit, [`${r.root}_score`]: r.aggregated[u][root], [`${r.root}_rank`]: r.ranks[u][root] }))
    .sort((a, b) => ((a[`${r.root}_rank`] as number | null) ?? Infinity) - ((b[`${r.root}_rank`] as number | null) ?? Infinity));
  return {
    aggregated: formatCsv(columns, rows),
    indexRanks: formatCsv(['uCode', `${r.root}_score`, `${r.root}_rank`], ranked),
  };
}

export function register(program: Command): void {
  program
    .command('composite')
    .description('build a composite indicator from COINr-style iData/iMeta CSV files; writes aggregated.csv and index_ranks.csv')
    .requiredOption('--idata <file>', 'unit data: uCode, optional uName, group, denominator and indicator columns')
    .requiredOption('--imeta <file>', 'indicator metadata: Level, iCode, Direction, Weight, Parent, Type (as COINr)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--profile <name>', 'start from a named profile (default: COINr conventions, no availability threshold)')
    .addOption(new Option('--normalise <method>', 'normalisation').choices(['prank', 'minmax', 'zscore', 'rank', 'borda']))
    .option('--range <L,U>', 'target range for minmax (default 0,100)')
    .addOption(new Option('--aggregate <method>', 'aggregation').choices(['amean', 'gmean']))
    .addOption(new Option('--impute <method>', 'imputation of missing values').choices(['none', 'mean', 'median']))
    .addOption(new Option('--treat <method>', 'outlier treatment').choices(['none', 'winsorise']))
    .option('--min-coverage <share>', 'units with values for fewer than this share of indicators get no score')
    .action(async (opts: CompositeOptions) => {
      const profile = profileFromOptions(opts);
      const [idata, imeta] = await Promise.all([readInput(opts.idata, '--idata'), readInput(opts.imeta, '--imeta')]);
      let ds: Dataset;
      let result: PipelineResult;
      try {
        ds = parseCoinrInput(idata, imeta, { idataName: opts.idata, imetaName: opts.imeta }).dataset;
        result = runPipeline(ds, profile);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      const tables = compositeTables(ds, result);
      await mkdir(opts.out, { recursive: true });
      await writeFile(join(opts.out, 'aggregated.csv'), tables.aggregated);
      await writeFile(join(opts.out, 'index_ranks.csv'), tables.indexRanks);
      for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
      const unscored = result.coverage.filter((c) => !c.scored);
      for (const c of unscored) process.stderr.write(`not ranked: ${c.unit}: ${c.reason}\n`);
      process.stdout.write(
        `${result.units.length} units, ${result.indicators.length} indicators, ${result.aggregates.length} aggregates ` +
          `(${result.profile.normalise.method} → ${result.profile.aggregate.method}); wrote ${join(opts.out, 'aggregated.csv')} and ${join(opts.out, 'index_ranks.csv')}\n`,
      );
    });
}
