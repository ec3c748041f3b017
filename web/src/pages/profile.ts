/**
 * `#/profile/:code` — one municipality or own region: styrkeindikator and rank with its uncertainty band, trend,
 * one card per indicator, strengths and weaknesses, missing data with reasons, and for own regions the
 * city ↔ hinterland measures. Every number links to its explanation on the method page.
 */
import type { IndicatorInfo, IndicatorValue, Profile, ProfileIndicator } from '../api-types.ts';
import { api } from '../api.ts';
import { lineChart, sparkline } from '../components/charts.ts';
import { dataTable, h, labelledSelect, tableAlternative } from '../dom.ts';
import { formatNumber, formatPct, formatPosition, formatRank, formatValue, statusLabel, unitLabel } from '../format.ts';
import { lang, pick, t, type MessageKey } from '../i18n.ts';
import { href, intParam } from '../router.ts';
import { indicatorsById, regionsByCode, setTitle, type PageContext } from './page.ts';

const THEMES = ['business', 'housing', 'demography'] as const;

function directionText(info: IndicatorInfo | undefined): string {
  if (!info || info.direction === 0) return t('directionContext');
  return info.direction === 1 ? t('directionUp') : t('directionDown');
}

/** "mer robust enn 80 % av kommunene" (p = 0.2), or nothing for context indicators and missing values. */
function positionText(position: number | null): string {
  return position === null ? '' : t('positionText', { pct: formatPosition(1 - position, lang()) });
}

function missingText(v: IndicatorValue): string {
  return v.reason ? `${statusLabel(v.status, lang())}: ${v.reason}` : statusLabel(v.status, lang());
}

function indicatorCard(entry: ProfileIndicator, info: IndicatorInfo | undefined, code: string, year: number): HTMLElement {
  const v = entry.latest;
  const name = info ? pick(info.name) : entry.indicator;
  const unit = info?.unit ?? '';
  const spark = h('div', { class: 'spark' });
  const series = entry.series.map((s) => ({ year: s.year, value: s.value }));
  if (series.some((s) => s.value !== null)) {
    sparkline(series, `${name}: ${series.map((s) => `${s.year} ${formatValue(s.value, unit, lang())}`).join(', ')}`).then((svg) => spark.replaceChildren(svg));
  }
  const bar = v.position === null ? null : h('div', { class: 'position-bar', 'aria-hidden': 'true' }, h('span', { style: `left:${(100 * (1 - v.position)).toFixed(1)}%` }));
  return h(
    'article',
    { class: `card${v.value === null ? ' card-missing' : ''}`, 'data-indicator': entry.indicator },
    h('h3', {}, name),
    h('p', { class: 'card-value' }, h('a', { href: href('method', code, { year, indicator: entry.indicator }), title: t('followNumber'), 'data-explain': entry.indicator }, formatValue(v.value, unit, lang())), ' ', h('span', { class: 'muted' }, v.year !== year ? `(${v.year})` : '')),
    h('p', { class: 'unit muted' }, unitLabel(unit, lang())),
    v.value === null ? h('p', { class: 'status' }, missingText(v)) : null,
    bar,
    v.position === null ? null : h('p', { class: 'position' }, positionText(v.position)),
    spark,
    // The reference time comes from the catalogue in English only: shown as a tooltip, and in full on the method page.
    h('p', { class: 'direction muted', title: info?.referenceTime ?? '' }, directionText(info)),
  );
}

function valueList(title: string, values: IndicatorValue[], infos: Map<string, IndicatorInfo>, code: string, year: number): HTMLElement {
  return h(
    'section',
    { class: 'sw-list' },
    h('h2', {}, title),
    values.length
      ? h('ul', {}, values.map((v) => h('li', {}, h('strong', {}, pick(infos.get(v.indicator)?.name) || v.indicator), ': ', h('a', { href: href('method', code, { year, indicator: v.indicator }) }, formatValue(v.value, infos.get(v.indicator)?.unit ?? '', lang())), ' — ', positionText(v.position))))
      : h('p', { class: 'muted' }, '–'),
  );
}

async function trendSection(profile: Profile): Promise<HTMLElement> {
  const name = profile.region.name;
  const data = profile.trend.map((y) => ({ year: y.year, value: y.score_pct, series: name }));
  const section = h('section', { class: 'trend' }, h('h2', {}, t('trend')));
  if (data.some((d) => d.value !== null)) {
    section.appendChild(await lineChart({ data, yLabel: t('trendAxis'), reverseY: true, yFormat: (v) => formatPct(v, lang()), ariaLabel: `${t('trend')}: ${name}` }));
  }
  section.appendChild(
    tableAlternative(
      t('chartTableAlt'),
      dataTable(`${t('styrkeindikator')} — ${name}`, [t('year'), t('styrkeindikator'), t('rank')], profile.trend.map((y) => [String(y.year), formatPct(y.score_pct, lang()), formatRank(y.rank, y.n, lang())]), [false, true, true]),
    ),
  );
  return section;
}

/** Renders the profile page. */
export async function renderProfile({ root, isCurrent }: PageContext, code: string, params: URLSearchParams): Promise<void> {
  const [meta, regions, infos] = await Promise.all([api.meta(), regionsByCode(), indicatorsById()]);
  const region = regions.get(code);
  if (!region) {
    root.replaceChildren(h('h1', {}, t('notFound')), h('p', {}, `${code}?`), h('p', {}, h('a', { href: href('overview') }, t('navOverview'))));
    return;
  }
  const year = meta.years.includes(intParam(params, 'year') ?? -1) ? intParam(params, 'year')! : meta.latestYear;
  const profile = await api.profile(code, year);
  if (!isCurrent()) return;
  setTitle(`${region.name} ${year}`);

  const ranking = profile.ranking;
  const n = profile.trend.find((y) => y.year === year)?.n ?? null;
  const kindLine =
    region.kind === 'own'
      ? `${t('ownRegion')} · ${t('members')}: ${(region.members ?? []).map((m) => regions.get(m)?.name ?? m).join(', ')}`
      : `${t('municipality')} ${region.code}${region.countyName ? ` · ${region.countyName}` : ''}`;
  const summary = h(
    'div',
    { class: 'summary' },
    h('div', { class: 'big-number' }, h('span', { class: 'label' }, t('styrkeindikator')), h('a', { href: href('method', code, { year }), class: 'value', 'data-explain': 'composite', title: t('followNumber') }, formatPct(ranking?.score_pct, lang()))),
    h('div', { class: 'big-number' }, h('span', { class: 'label' }, t('rank')), h('span', { class: 'value' }, ranking?.rank ? formatRank(ranking.rank, n, lang()) : t('notRanked')), ranking?.band ? h('span', { class: 'sub' }, `${t('rankBand')}: ${t('rankBandText', { a: ranking.band[0], b: ranking.band[1] })}`) : null),
    h('div', { class: 'big-number' }, h('span', { class: 'label' }, t('coverage')), h('span', { class: 'value' }, formatPct((ranking?.coverage ?? 0) * 100, lang())), h('span', { class: 'sub' }, t('coverageText', { pct: formatPct((ranking?.coverage ?? 0) * 100, lang()) }))),
    ranking?.reason ? h('p', { class: 'status' }, ranking.reason) : null,
  );

  const themeScores = h(
    'section',
    { class: 'theme-scores' },
    h('h2', {}, t('themeScores')),
    h('p', { class: 'muted' }, t('themeScoresIntro')),
    dataTable(
      t('themeScores'),
      [t('theme'), t('styrkeindikator'), t('rank')],
      profile.themes.map((s) => [t(`themes_${s.theme}` as MessageKey), s.score_pct !== null ? formatPct(s.score_pct, lang()) : s.indicators === 0 ? t('themeNoData') : (s.reason ?? '–'), formatRank(s.rank, s.of, lang())]),
      [false, true, true],
    ),
  );

  const cards = THEMES.map((theme) => {
    const entries = profile.indicators.filter((e) => infos.get(e.indicator)?.available !== false && (infos.get(e.indicator)?.theme ?? 'business') === theme);
    if (!entries.length) return null;
    return h('section', { class: 'theme' }, h('h3', { class: 'theme-title' }, t(`themes_${theme}` as MessageKey)), h('div', { class: 'cards' }, entries.map((e) => indicatorCard(e, infos.get(e.indicator), code, year))));
  });

  const cityHinterland = profile.cityHinterland?.length
    ? h(
        'section',
        { class: 'city-hinterland' },
        h('h2', {}, t('cityHinterland')),
        dataTable(
          t('cityHinterland'),
          [t('indicator'), t('value'), t('reason')],
          profile.cityHinterland.map((m) => [pick(m.name), m.value === null ? statusLabel(m.status, lang()) : formatNumber(m.value, lang(), 3), m.reason ?? pick(m.explanation)]),
          [false, true, false],
        ),
      )
    : null;

  // Missing values of indicators the bundled data can compute are this unit's gaps; indicators that need online
  // tables are missing everywhere and are listed apart, so the unit's own gaps stand out.
  const isOnlineOnly = (id: string) => infos.get(id)?.available === false;
  const ownGaps = profile.missing.filter((v) => !isOnlineOnly(v.indicator));
  const onlineOnly = [...infos.values()].filter((i) => !i.available);
  const missing = h(
    'section',
    { class: 'missing' },
    h('h2', {}, t('missingData')),
    ownGaps.length
      ? h('ul', {}, ownGaps.map((v) => h('li', {}, h('strong', {}, pick(infos.get(v.indicator)?.name) || v.indicator), ': ', missingText(v))))
      : h('p', {}, t('noneMissing')),
    onlineOnly.length
      ? h(
          'details',
          { class: 'unavailable' },
          h('summary', {}, `${t('unavailableTitle')} (${onlineOnly.length})`),
          h('p', {}, t('unavailableIntro')),
          h('ul', {}, onlineOnly.map((i) => h('li', {}, h('strong', {}, pick(i.name)), `: ${i.missingReason ?? i.tables.join(', ')}`))),
        )
      : null,
  );

  const yearSelect = labelledSelect('profile-year', t('year'), meta.years.slice().reverse().map((y) => ({ value: String(y), label: String(y) })), String(year), (v) => (location.hash = href('profile', code, { year: v }).slice(1)));
  const parts: (HTMLElement | null)[] = [
    h('h1', {}, region.name),
    h('p', { class: 'lead' }, kindLine),
    h('div', { class: 'controls' }, yearSelect, h('a', { class: 'button', href: href('compare', [code]) }, t('compareWith')), h('a', { class: 'button', href: href('method', code, { year }) }, t('followNumber'))),
    summary,
    themeScores,
    h('div', { class: 'sw' }, valueList(t('strengths'), profile.strengths.slice(0, 5), infos, code, year), valueList(t('weaknesses'), profile.weaknesses.slice(0, 5), infos, code, year)),
    h('h2', {}, t('indicators')),
    ...cards,
    cityHinterland,
    missing,
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  const trend = await trendSection(profile);
  if (isCurrent()) root.querySelector('.summary')!.after(trend);
}
