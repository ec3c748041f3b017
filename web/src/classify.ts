/**
 * Colour classes for the choropleth: quantile breaks (equal counts per class, robust to skewed indicators) and
 * colour-blind-safe palettes ordered from the most vulnerable to the most robust. Pure, unit-tested in Node.
 */

/** ColorBrewer RdYlBu, 7 classes: red = vulnerable … blue = robust. */
export const DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'] as const;
/** ColorBrewer Purples, 7 classes, for context indicators that have no "better" direction. */
export const SEQUENTIAL = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'] as const;
/** Fill for units without a value. */
export const MISSING_FILL = '#bdbdbd';

/** Class breaks: k − 1 thresholds splitting the finite values into k classes of (nearly) equal counts. */
export function quantileBreaks(values: number[], k = 7): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const pos = (i / k) * (sorted.length - 1);
    const lo = Math.floor(pos);
    breaks.push(sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (pos - lo));
  }
  return breaks;
}

/** The class (0 … breaks.length) of a value: the number of breaks it is at or above. */
export function classOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

export interface ColourScale {
  breaks: number[];
  /** One colour per class, for increasing values. */
  colours: string[];
  colour(value: number | null | undefined): string;
}

/**
 * A colour scale for values where `direction` says which way is robust: +1 higher is more robust, −1 lower is more
 * robust (the styrkeindikator), 0 a context indicator (sequential palette).
 */
export function colourScale(values: number[], direction: 1 | -1 | 0, k = 7): ColourScale {
  const breaks = quantileBreaks(values, k);
  const palette = direction === 0 ? [...SEQUENTIAL] : [...DIVERGING];
  if (direction === -1) palette.reverse();
  const colours = palette.slice(0, breaks.length + 1);
  // With fewer distinct values than classes, spread the used colours over the whole palette.
  if (breaks.length + 1 < palette.length) {
    for (let i = 0; i <= breaks.length; i++) colours[i] = palette[Math.round((i * (palette.length - 1)) / Math.max(1, breaks.length))];
  }
  return {
    breaks,
    colours,
    colour: (v) => (v === null || v === undefined || !Number.isFinite(v) ? MISSING_FILL : colours[classOf(v, breaks)]),
  };
}
