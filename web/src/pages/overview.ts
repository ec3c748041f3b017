/**
 * `#/` — the overview: a choropleth of the municipalities coloured by the styrkeindikator or any indicator, with
 * year and indicator controls, legend, hover details, the top-10/bottom-10 lists and a search box.
 */
import type { IndicatorInfo, RankRow } from '../api-types.ts';
import { api } from '../api.ts';
import { colourScale } from '../classify.ts';
import { choropleth } from '../components/choropleth.ts';
import { legend } from '../components/legend.ts';
import { searchBox } from '../components/search-box.ts';
import { dataTable, h, labelledSelect, tableAlternative } from '../dom.ts';
import { formatPct, formatRank, formatValue } from '../format.ts';
import { lang, pick, t } from '../i18n.ts';
import { href, intParam } from '../router.ts';
import { setTitle, type PageContext } from './page.ts';

const COMPOSITE = 'styrkeindikator';

/** One municipality's figures for the selected measure. */
interface MapEntry {
  code: string;
  name: string;
  value: number | null;
  /** Text shown for the value (`13 %`, `3,6 %`). */
  text: string;
  rank: number | null;
  n: number;
}

/** The entries for the styrkeindikator: its score and rank. */
function compositeEntries(rows: RankRow[]): MapEntry[] {
  const n = rows.filter((r) => r.rank !== null).length;
  return rows.map((r) => ({ code: r.region, name: r.name, value: r.score_pct, text: formatPct(r.score_pct, lang()), rank: r.rank, n }));
}

/** The entries for one indicator, ranked by percentile position (0 = most robust). */
async function indicatorEntries(year: number, info: IndicatorInfo, names: Map<string, string>): Promise<MapEntry[]> {
  const values = (await api.values(year, info.id)).filter((v) => v.indicator === info.id && names.has(v.region));
  const ranked = values.filter((v) => v.position !== null).sort((a, b) => a.position! - b.position!);
  const rankOf = new Map<string, number>();
  // Ties share a rank, as in the composite ranking.
  ranked.forEach((v, i) => rankOf.set(v.region, i > 0 && v.position === ranked[i - 1].position ? rankOf.get(ranked[i - 1].region)! : i + 1));
  return values.map((v) => ({
    code: v.region,
    name: names.get(v.region)!,
    value: v.value,
    text: formatValue(v.value, info.unit, lang()),
    rank: rankOf.get(v.region) ?? null,
    n: ranked.length,
  }));
}

/** A numbered list in the style of Styrkeanalysen's ranking: "1. Bærum 13 %". */
function rankList(title: string, entries: MapEntry[], year: number): HTMLElement {
  return h(
    'section',
    { class: 'rank-list' },
    h('h2', {}, title),
    h('ol', {}, entries.map((e) => h('li', { value: e.rank ?? undefined }, h('a', { href: href('profile', e.code, { year }) }, e.name), ' ', h('span', { class: 'score' }, e.text)))),
  );
}

/** Renders the overview page. */
export async function renderOverview({ root, isCurrent }: PageContext, params: URLSearchParams): Promise<void> {
  const [meta, layout, indicators, regions] = await Promise.all([api.meta(), api.map(), api.indicators(), api.regions()]);
  const year = meta.years.includes(intParam(params, 'year') ?? -1) ? intParam(params, 'year')! : meta.latestYear;
  const chosen = indicators.find((i) => i.id === params.get('indicator') && i.available);
  const measure = chosen?.id ?? COMPOSITE;
  const municipalities = regions.filter((r) => r.kind === 'municipality');
  const names = new Map(municipalities.map((r) => [r.code, r.name]));
  const [entries, ownRanking] = await Promise.all([
    chosen ? indicatorEntries(year, chosen, names) : api.ranking(year).then(compositeEntries),
    regions.some((r) => r.kind === 'own') ? api.ranking(year, 'regions') : Promise.resolve([] as RankRow[]),
  ]);
  if (!isCurrent()) return;

  const measureName = chosen ? pick(chosen.name) : t('styrkeindikator');
  setTitle(`${t('navOverview')} ${year}`);
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const direction = chosen ? chosen.direction : -1;
  const scale = colourScale(entries.map((e) => e.value).filter((v): v is number => v !== null), direction);
  const fmt = (v: number) => (chosen ? formatValue(v, chosen.unit, lang()) : formatPct(v, lang()));
  const go = ({ year: nextYear = year, indicator = measure }: { year?: number; indicator?: string }) => {
    location.hash = href('overview', undefined, { year: nextYear, indicator: indicator === COMPOSITE ? undefined : indicator }).slice(1);
  };

  // controls
  const yearSelect = labelledSelect('year-select', t('year'), meta.years.slice().reverse().map((y) => ({ value: String(y), label: String(y) })), String(year), (v) => go({ year: Number(v) }));
  const measureOptions = [{ value: COMPOSITE, label: t('styrkeindikator') }, ...indicators.filter((i) => i.available).map((i) => ({ value: i.id, label: pick(i.name) + (i.direction === 0 ? ` (${t('contextShort')})` : '') }))];
  const measureSelect = labelledSelect('indicator-select', t('indicator'), measureOptions, measure, (v) => go({ indicator: v }));
  const search = searchBox({
    id: 'region-search',
    label: t('search'),
    placeholder: t('searchPlaceholder'),
    noMatch: t('searchNoMatch'),
    regions,
    hrefOf: (r) => href('profile', r.code, { year }),
    kindLabel: (r) => (r.kind === 'own' ? t('ownRegion') : ''),
  });

  // map
  const map = choropleth({
    layout,
    label: `${t('mapLabel')} ${measureName.toLowerCase()}, ${year}`,
    fill: (code) => scale.colour(byCode.get(code)?.value),
    describe: (code, name) => {
      const e = byCode.get(code);
      return [name, `${measureName}: ${e?.text ?? '–'}`, `${t('rank')}: ${formatRank(e?.rank, e?.n, lang())}`];
    },
    onSelect: (code) => (location.hash = href('profile', code, { year }).slice(1)),
  });
  const mapLegend = legend({
    title: `${measureName}, ${year}`,
    scale,
    format: fmt,
    ends: direction === 0 ? undefined : direction === -1 ? [t('stronger'), t('weaker')] : [t('moreVulnerable'), t('moreRobust')],
    noDataLabel: t('noData'),
  });
  const sortedForTable = entries.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'nb'));
  const mapTable = tableAlternative(
    t('showTable'),
    dataTable(`${measureName}, ${year}`, [t('municipality'), measureName, t('rank')], sortedForTable.map((e) => [h('a', { href: href('profile', e.code, { year }) }, e.name), e.text, formatRank(e.rank, e.n, lang())]), [false, true, true]),
    { printOpen: false },
  );

  // top and bottom 10
  const ranked = entries.filter((e) => e.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const lists =
    direction === 0
      ? h('p', { class: 'note' }, t('contextNotRanked'))
      : h(
          'div',
          { class: 'rank-lists' },
          rankList(chosen ? t('top10Indicator') : t('top10'), ranked.slice(0, 10), year),
          rankList(t('bottom10'), ranked.slice(-10), year),
        );
  const own = ownRanking.filter((r) => r.score_pct !== null);
  const ownList = own.length
    ? h('section', { class: 'rank-list' }, h('h2', {}, `${t('ownRegions')} — ${t('styrkeindikator').toLowerCase()}`), h('ol', {}, own.map((r) => h('li', { value: r.rank ?? undefined }, h('a', { href: href('profile', r.region, { year }) }, r.name), ' ', h('span', { class: 'score' }, formatPct(r.score_pct, lang()))))))
    : null;

  root.replaceChildren(
    h('h1', {}, `${measureName} ${year}`),
    h('p', { class: 'lead' }, chosen ? pick(chosen.description) : t('styrkeHint')),
    h('div', { class: 'controls' }, search, measureSelect, yearSelect),
    h('div', { class: 'overview-grid' }, h('div', { class: 'map-column' }, h('h2', { class: 'visually-hidden' }, t('mapTitle')), h('div', { class: 'map-wrap' }, map, mapLegend), mapTable), h('div', { class: 'list-column' }, lists, ownList)),
  );
  // For bench/page-load.bench.ts: the second animation frame after insertion runs once the map has been painted.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('regionmonitor:map-drawn')));
}
