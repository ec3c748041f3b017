/**
 * Charts drawn with Observable Plot, which is loaded on first use (a separate bundle chunk) so the overview map
 * does not wait for it. Sized and lettered to stay readable when printed or projected.
 */
type PlotModule = typeof import('@observablehq/plot');

let plotModule: Promise<PlotModule> | null = null;
/** Observable Plot, loaded once. */
export function loadPlot(): Promise<PlotModule> {
  return (plotModule ??= import('@observablehq/plot'));
}

export interface SeriesPoint {
  year: number;
  value: number | null;
  series: string;
}

export interface LineChartOptions {
  data: SeriesPoint[];
  yLabel: string;
  /** Flip the y axis so "better" is up when lower values are better (the styrkeindikator). */
  reverseY?: boolean;
  yFormat?: (v: number) => string;
  /** Text of the chart's accessible name. */
  ariaLabel: string;
  width?: number;
  height?: number;
}

/** A line chart over years, one line per series, labelled at its end so it reads without colour. */
export async function lineChart({ data, yLabel, reverseY = false, yFormat, ariaLabel, width = 720, height = 320 }: LineChartOptions): Promise<Element> {
  const Plot = await loadPlot();
  const defined = data.filter((d) => d.value !== null && Number.isFinite(d.value));
  const seriesNames = [...new Set(data.map((d) => d.series))];
  const last = seriesNames.map((s) => defined.filter((d) => d.series === s).at(-1)).filter((d): d is SeriesPoint => !!d);
  const many = seriesNames.length > 1;
  const chart = Plot.plot({
    width,
    height,
    marginRight: many ? 110 : 30,
    marginLeft: 60,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    ariaLabel,
    x: { label: null, tickFormat: 'd', ticks: Math.min(10, new Set(defined.map((d) => d.year)).size) },
    // The label says which way is better in words, so Plot's own direction arrow would only confuse.
    y: { label: yLabel, labelArrow: 'none', grid: true, reverse: reverseY, tickFormat: yFormat, nice: true },
    color: many ? { type: 'categorical', scheme: 'tableau10', domain: seriesNames } : undefined,
    marks: [
      Plot.lineY(data, { x: 'year', y: 'value', stroke: many ? 'series' : 'currentColor', strokeWidth: 2.5, z: 'series' }),
      Plot.dot(defined, { x: 'year', y: 'value', fill: many ? 'series' : 'currentColor', r: 3.5, symbol: many ? 'series' : undefined, tip: true, title: (d: SeriesPoint) => `${d.series} ${d.year}: ${yFormat ? yFormat(d.value!) : d.value}` }),
      many ? Plot.text(last, { x: 'year', y: 'value', text: 'series', dx: 8, textAnchor: 'start', fill: 'series', fontWeight: 'bold' }) : null,
    ],
  });
  return chart;
}

/** A small line of an indicator's values over the years, with the latest value marked. */
export async function sparkline(points: { year: number; value: number | null }[], ariaLabel: string): Promise<Element> {
  const Plot = await loadPlot();
  const defined = points.filter((p) => p.value !== null && Number.isFinite(p.value));
  return Plot.plot({
    width: 180,
    height: 44,
    margin: 4,
    axis: null,
    ariaLabel,
    style: { background: 'transparent', color: 'currentColor', overflow: 'visible' },
    marks: [Plot.lineY(points, { x: 'year', y: 'value', strokeWidth: 2 }), Plot.dot(defined.slice(-1), { x: 'year', y: 'value', r: 3, fill: 'currentColor' })],
  });
}
