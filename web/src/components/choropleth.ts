/**
 * The municipality map: one SVG path per municipality from the server's pre-projected layout, filled by a
 * colour scale, with hover details and click-through. The SVG markup is built once per layout and reused.
 */
import type { MapLayout } from '../api-types.ts';
import { h } from '../dom.ts';

export interface ChoroplethOptions {
  layout: MapLayout;
  /** Fill per municipality code. */
  fill: (code: string) => string;
  /** Accessible name of the map, e.g. "Map of Norway's municipalities coloured by the strength indicator". */
  label: string;
  /** Text of the hover box for a municipality. */
  describe: (code: string, name: string) => string[];
  /** Called when a municipality is clicked. */
  onSelect: (code: string) => void;
  /** A code to outline, e.g. the municipality last visited. */
  highlight?: string;
}

let markupCache: { layout: MapLayout; markup: string } | null = null;

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The paths' markup, built by string concatenation once: 357 createElementNS calls are slower than one parse. */
function pathsMarkup(layout: MapLayout): string {
  if (markupCache?.layout === layout) return markupCache.markup;
  const markup = layout.features.map((f) => `<path data-code="${f.code}" data-name="${escapeAttr(f.name)}" d="${f.d}"></path>`).join('');
  markupCache = { layout, markup };
  return markup;
}

/** Renders the map into a new `<figure>`; the tooltip follows the pointer inside it. */
export function choropleth({ layout, fill, label, describe, onSelect, highlight }: ChoroplethOptions): HTMLElement {
  const tooltip = h('div', { class: 'map-tooltip', role: 'status', 'aria-live': 'polite', hidden: true });
  const figure = h('figure', { class: 'map' });
  figure.innerHTML = `<svg viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${escapeAttr(label)}" class="map-svg">${pathsMarkup(layout)}</svg>`;
  const svg = figure.firstElementChild as SVGSVGElement;
  for (const path of svg.children as HTMLCollectionOf<SVGPathElement>) {
    const code = path.dataset.code!;
    path.setAttribute('fill', fill(code));
    if (code === highlight) path.classList.add('highlight');
  }
  if (highlight) {
    // Draw the highlighted municipality last so its outline is not covered by its neighbours.
    const el = svg.querySelector(`path[data-code="${highlight}"]`);
    if (el) svg.appendChild(el);
  }
  figure.appendChild(tooltip);

  let hovered: SVGPathElement | null = null;
  const show = (path: SVGPathElement, x: number, y: number) => {
    if (hovered !== path) {
      hovered?.classList.remove('hover');
      hovered = path;
      path.classList.add('hover');
      tooltip.replaceChildren(...describe(path.dataset.code!, path.dataset.name!).map((line, i) => h(i === 0 ? 'strong' : 'span', {}, line)));
      tooltip.hidden = false;
    }
    const box = figure.getBoundingClientRect();
    const left = Math.min(x - box.left + 14, box.width - tooltip.offsetWidth - 4);
    tooltip.style.transform = `translate(${Math.max(0, left)}px, ${y - box.top + 14}px)`;
  };
  const hide = () => {
    hovered?.classList.remove('hover');
    hovered = null;
    tooltip.hidden = true;
  };
  svg.addEventListener('pointermove', (e) => {
    const target = e.target as Element;
    if (target instanceof SVGPathElement) show(target, e.clientX, e.clientY);
    else hide();
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (target instanceof SVGPathElement && target.dataset.code) onSelect(target.dataset.code);
  });
  return figure;
}
