/** The map's legend: one swatch per colour class with its value range, plus the "no data" swatch. */
import type { ColourScale } from '../classify.ts';
import { MISSING_FILL } from '../classify.ts';
import { h } from '../dom.ts';

export interface LegendOptions {
  title: string;
  scale: ColourScale;
  format: (value: number) => string;
  /** What the lowest and the highest class mean, e.g. ["stronger", "weaker"], shown above and below the swatches. */
  ends?: [string, string];
  noDataLabel: string;
}

/** Renders the legend as a list (readable by screen readers and in print). */
export function legend({ title, scale, format, ends, noDataLabel }: LegendOptions): HTMLElement {
  const { breaks, colours } = scale;
  const items = colours.map((colour, i) => {
    const lo = i === 0 ? null : breaks[i - 1];
    const hi = i === breaks.length ? null : breaks[i];
    const text = lo === null ? `< ${format(hi!)}` : hi === null ? `≥ ${format(lo)}` : `${format(lo)} – ${format(hi)}`;
    return h('li', {}, h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }), text);
  });
  items.push(h('li', {}, h('span', { class: 'swatch', style: `background:${MISSING_FILL}`, 'aria-hidden': 'true' }), noDataLabel));
  return h(
    'div',
    { class: 'legend' },
    h('p', { class: 'legend-title' }, title),
    ends ? h('p', { class: 'legend-end' }, ends[0]) : null,
    h('ul', {}, items),
    ends ? h('p', { class: 'legend-end' }, ends[1]) : null,
  );
}
