/**
 * `#/compare/1506,1505,1508` — two to six municipalities or own regions side by side: every indicator in one
 * table, the styrkeindikator and a chosen indicator over time.
 */
import type { IndicatorInfo, Profile, RegionInfo } from '../api-types.ts';
import { api } from '../api.ts';
import { lineChart } from '../components/charts.ts';
import { searchBox } from '../components/search-box.ts';
import { dataTable, h, labelledSelect, tableAlternative } from '../dom.ts';
import { formatPct, formatPosition, formatRank, formatValue } from '../format.ts';
import { lang, pick, t } from '../i18n.ts';
import { href, intParam } from '../router.ts';
import { indicatorsById, regionsByCode, setTitle, type PageContext } from './page.ts';

/** Most regions compared at once: beyond six the lines and columns stop being readable. */
export const MAX_COMPARED = 6;

function comparisonTable(profiles: Profile[], infos: Map<string, IndicatorInfo>, year: number): HTMLElement {
  // Indicators that need online SSB tables have no value anywhere; the profile page lists them.
  const ids = [...new Set(profiles.flatMap((p) => p.indicators.map((i) => i.indicator)))].filter((id) => infos.get(id)?.available !== false);
  const rows = [
    [t('styrkeindikator'), ...profiles.map((p) => h('a', { href: href('method', p.region.code, { year }) }, formatPct(p.ranking?.score_pct, lang())))],
    [t('rank'), ...profiles.map((p) => formatRank(p.ranking?.rank, p.trend.find((y) => y.year === year)?.n, lang()))],
    ...ids.map((id) => {
      const info = infos.get(id);
      return [
        pick(info?.name) || id,
        ...profiles.map((p) => {
          const v = p.indicators.find((i) => i.indicator === id)?.latest;
          if (!v) return '–';
          return h('span', {}, h('a', { href: href('method', p.region.code, { year, indicator: id }) }, formatValue(v.value, info?.unit ?? '', lang())), v.position !== null ? h('span', { class: 'muted small' }, ` (${formatPosition(v.position, lang())})`) : null);
        }),
      ];
    }),
  ];
  return dataTable(`${t('compareTitle')}, ${year}`, [t('indicator'), ...profiles.map((p) => p.region.name)], rows, [false, ...profiles.map(() => true)]);
}

async function overTime(title: string, profiles: Profile[], series: (p: Profile) => { year: number; value: number | null }[], format: (v: number) => string, reverseY: boolean, yLabel: string): Promise<HTMLElement> {
  const data = profiles.flatMap((p) => series(p).map((s) => ({ ...s, series: p.region.name })));
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const section = h('section', { class: 'over-time' }, h('h3', {}, title));
  if (data.some((d) => d.value !== null)) section.appendChild(await lineChart({ data, yLabel, reverseY, yFormat: format, ariaLabel: title }));
  const table = dataTable(
    title,
    [t('year'), ...profiles.map((p) => p.region.name)],
    years.map((y) => [String(y), ...profiles.map((p) => { const v = series(p).find((s) => s.year === y)?.value; return v === null || v === undefined ? '–' : format(v); })]),
    [false, ...profiles.map(() => true)],
  );
  section.appendChild(tableAlternative(t('chartTableAlt'), table));
  return section;
}

/** Renders the compare page. */
export async function renderCompare({ root, isCurrent }: PageContext, codes: string[], params: URLSearchParams): Promise<void> {
  const [meta, regions, infos] = await Promise.all([api.meta(), regionsByCode(), indicatorsById()]);
  const year = meta.years.includes(intParam(params, 'year') ?? -1) ? intParam(params, 'year')! : meta.latestYear;
  const known = codes.filter((c) => regions.has(c)).slice(0, MAX_COMPARED);
  const unknown = codes.filter((c) => !regions.has(c));
  const profiles = await Promise.all(known.map((c) => api.profile(c, year)));
  if (!isCurrent()) return;
  setTitle(t('navCompare'));

  const link = (next: string[], extra: Record<string, string | number | undefined> = {}) => href('compare', next, { year, indicator: params.get('indicator') ?? undefined, ...extra });
  const chips = h('ul', { class: 'chips' }, known.map((c) => {
    const r = regions.get(c)!;
    return h('li', {}, h('a', { href: href('profile', c, { year }) }, r.name), h('a', { class: 'chip-remove', href: link(known.filter((k) => k !== c)), 'aria-label': t('compareRemove', { name: r.name }), title: t('compareRemove', { name: r.name }) }, '×'));
  }));
  const search = known.length < MAX_COMPARED
    ? searchBox({
        id: 'compare-search',
        label: t('compareAdd'),
        placeholder: t('searchPlaceholder'),
        noMatch: t('searchNoMatch'),
        regions: [...regions.values()].filter((r) => !known.includes(r.code)),
        hrefOf: (r: RegionInfo) => link([...known, r.code]),
        kindLabel: (r) => (r.kind === 'own' ? t('ownRegion') : ''),
      })
    : h('p', { class: 'muted' }, t('compareFull'));

  const chartIndicator = [...infos.values()].find((i) => i.id === params.get('indicator')) ?? [...infos.values()].find((i) => i.available && i.direction !== 0);
  const parts: (HTMLElement | null)[] = [
    h('h1', {}, t('compareTitle')),
    h('p', { class: 'lead' }, t('compareHint')),
    unknown.length ? h('p', { class: 'status' }, `${t('notFound')}: ${unknown.join(', ')}`) : null,
    h('div', { class: 'controls' }, chips, search, labelledSelect('compare-year', t('year'), meta.years.slice().reverse().map((y) => ({ value: String(y), label: String(y) })), String(year), (v) => (location.hash = link(known, { year: v }).slice(1)))),
  ];
  if (profiles.length) parts.push(h('div', { class: 'table-scroll' }, comparisonTable(profiles, infos, year)), h('p', { class: 'muted small' }, t('positionNote')));
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  if (!profiles.length) return;

  const charts = h('section', { class: 'compare-charts' }, h('h2', {}, t('compareOverTime')));
  root.appendChild(charts);
  charts.appendChild(await overTime(t('styrkeindikator'), profiles, (p) => p.trend.map((y) => ({ year: y.year, value: y.score_pct })), (v) => formatPct(v, lang()), true, t('trendAxis')));
  if (chartIndicator) {
    const select = labelledSelect('compare-indicator', t('indicator'), [...infos.values()].filter((i) => i.available).map((i) => ({ value: i.id, label: pick(i.name) })), chartIndicator.id, (v) => (location.hash = link(known, { indicator: v }).slice(1)));
    const unit = chartIndicator.unit;
    const name = pick(chartIndicator.name);
    const chart = await overTime(name, profiles, (p) => p.indicators.find((i) => i.indicator === chartIndicator.id)?.series ?? [], (v) => formatValue(v, unit, lang()), chartIndicator.direction === -1, `${name}${chartIndicator.direction === 0 ? '' : chartIndicator.direction === 1 ? ' ↑' : ' ↓'}`);
    if (isCurrent()) charts.append(select, chart);
  }
}
