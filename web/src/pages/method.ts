/**
 * `#/method/:code?year=&indicator=` — "tallenes vandring": follows a number back through its chain — SSB table and
 * vintage → indicator value (formula with the numbers put in) → percentile position → weight → styrkeindikator →
 * rank — from the server's ExplainChain.
 */
import type { ExplainChain, ExplainIndicatorStep, ExplainInput, IndicatorInfo } from '../api-types.ts';
import { api } from '../api.ts';
import { searchBox } from '../components/search-box.ts';
import { dataTable, h, labelledSelect } from '../dom.ts';
import { formatNumber, formatPct, formatRank, formatValue, statusLabel, unitLabel } from '../format.ts';
import { lang, pick, t } from '../i18n.ts';
import { href, intParam } from '../router.ts';
import { indicatorsById, regionsByCode, setTitle, type PageContext } from './page.ts';

/** SSB's own page for a statbank table, so a reader can check the figure at the source. */
function ssbTable(table: string, withLabel = true): HTMLElement {
  const label = withLabel ? `${t('ssbTable')} ${table}` : table;
  return /^\d{5}$/.test(table)
    ? h('a', { class: 'ssb-table', href: `https://www.ssb.no/statbank/table/${table}`, rel: 'external noopener', target: '_blank' }, label)
    : h('span', { class: 'ssb-table' }, table.startsWith('klass-') ? `SSB KLASS ${table.slice(6)}` : table);
}

function inputsTable(inputs: ExplainInput[]): HTMLElement {
  return dataTable(
    t('stepRaw'),
    [t('variable'), t('region'), t('year'), t('value'), t('ssbTable'), t('vintage'), t('fromCodes')],
    inputs.map((i) => [
      i.variable,
      i.region,
      String(i.year),
      i.value === null ? statusLabel(i.status, lang()) : formatNumber(i.value, lang(), 4),
      ssbTable(i.table, false),
      vintageCell(i),
      i.from.length ? i.from.map((f) => `${f.code}${f.share !== 1 ? ` × ${formatNumber(f.share, lang(), 4)}` : ''}${f.value !== null ? ` = ${formatNumber(f.value, lang(), 4)}` : ''}`).join('; ') : '–',
    ]),
    [false, false, false, true, false, false, false],
  );
}

/** The vintage: id and load date, then the source with any long content hash shortened (in full as a tooltip). */
function vintageCell(i: ExplainInput): HTMLElement {
  const source = i.source.replace(/sha256=([0-9a-f]{12})[0-9a-f]+/, 'sha256 $1…');
  return h('span', { class: 'vintage', title: i.source }, i.vintageId === null ? '–' : `#${i.vintageId}${i.vintageLoadedAt ? ` (${i.vintageLoadedAt.slice(0, 10)})` : ''}`, h('br', {}), h('span', { class: 'muted small' }, source));
}

function definition(term: string, ...value: (string | Node)[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

function stepSection(step: ExplainIndicatorStep, info: IndicatorInfo | undefined): HTMLElement {
  const unit = info?.unit ?? '';
  const dir = step.direction === 0 ? t('directionContext') : step.direction === 1 ? t('directionUp') : t('directionDown');
  return h(
    'section',
    { class: 'explain-step', 'data-indicator': step.indicator },
    h('h2', {}, pick(step.name) || step.indicator),
    info ? h('p', { class: 'muted' }, pick(info.description), info.note ? ` ${pick(info.note)}` : '') : null,
    h('h3', {}, t('stepRaw')),
    step.inputs.length ? h('div', { class: 'table-scroll' }, inputsTable(step.inputs)) : h('p', { class: 'muted' }, '–'),
    info ? h('p', { class: 'muted small' }, `${t('referenceTime')}: ${info.referenceTime}`) : null,
    h('h3', {}, t('stepValue')),
    h(
      'dl',
      { class: 'formula' },
      ...definition(t('formula'), h('code', {}, step.formula)),
      ...definition(t('filledIn'), h('code', {}, step.formulaFilled)),
      ...definition(t('unit'), unitLabel(unit, lang())),
      ...definition(t('value'), h('strong', {}, formatValue(step.value, unit, lang())), step.value === null ? ` — ${statusLabel(step.status, lang())}${step.reason ? `: ${step.reason}` : ''}` : ''),
    ),
    h('h3', {}, t('stepPosition')),
    h(
      'dl',
      { class: 'formula' },
      ...definition(t('direction'), dir),
      ...definition(t('rankRofN'), formatRank(step.rank, step.n, lang())),
      ...definition(t('prank'), step.prank === null ? '–' : `(${step.rank} − 1)/(${step.n} − 1) = ${formatNumber(step.prank, lang(), 4)}`),
      ...definition(t('positionP'), step.position === null ? '–' : `1 − ${formatNumber(step.prank, lang(), 4)} = ${formatNumber(step.position, lang(), 4)}`),
    ),
    h('h3', {}, t('stepWeight')),
    h(
      'dl',
      { class: 'formula' },
      ...definition(t('weight'), formatNumber(step.weight, lang(), 4)),
      ...definition(t('contribution'), step.contribution === null ? '–' : `${formatNumber(step.weight, lang(), 4)} × ${formatNumber(step.prank, lang(), 4)} = ${formatNumber(step.contribution, lang(), 4)}`),
    ),
  );
}

function compositeSection(chain: ExplainChain): HTMLElement {
  const c = chain.composite;
  return h(
    'section',
    { class: 'explain-composite' },
    h('h2', {}, t('stepComposite')),
    h(
      'dl',
      { class: 'formula' },
      ...definition(t('formula'), h('code', {}, c.formula)),
      ...definition(t('compositeScore'), formatNumber(c.score, lang(), 4)),
      ...definition(t('styrkeindikator'), h('strong', {}, formatPct(c.score_pct, lang(), 1))),
      ...definition(t('coverage'), formatPct(c.coverage * 100, lang())),
      ...definition(t('rank'), formatRank(chain.rank.rank, chain.rank.of, lang())),
      ...definition(t('weightingProfile'), chain.profile),
    ),
    h('p', { class: 'muted' }, t('methodNote')),
  );
}

function overviewTable(chain: ExplainChain, infos: Map<string, IndicatorInfo>): HTMLElement {
  const code = chain.region.code;
  return dataTable(
    `${t('methodTitle')}: ${chain.region.name} ${chain.year}`,
    [t('indicator'), t('value'), t('rankRofN'), t('prank'), t('weight'), t('contribution'), t('ssbTable')],
    chain.steps.map((s) => [
      h('a', { href: href('method', code, { year: chain.year, indicator: s.indicator }) }, pick(s.name) || s.indicator),
      formatValue(s.value, infos.get(s.indicator)?.unit ?? '', lang()),
      formatRank(s.rank, s.n, lang()),
      formatNumber(s.prank, lang(), 4),
      formatNumber(s.weight, lang(), 4),
      formatNumber(s.contribution, lang(), 4),
      h('span', {}, ...[...new Set([...s.inputs.map((i) => i.table), ...(infos.get(s.indicator)?.tables ?? [])])].flatMap((tb, i) => (i ? [', ', ssbTable(tb, false)] : [ssbTable(tb, false)]))),
    ]),
    [false, true, true, true, true, true, false],
  );
}

/** Renders the method page. */
export async function renderMethod({ root, isCurrent }: PageContext, code: string | null, params: URLSearchParams): Promise<void> {
  const [meta, regions, infos] = await Promise.all([api.meta(), regionsByCode(), indicatorsById()]);
  const year = meta.years.includes(intParam(params, 'year') ?? -1) ? intParam(params, 'year')! : meta.latestYear;
  const region = code ? regions.get(code) : undefined;
  const indicator = params.get('indicator') ?? undefined;
  const intro = [h('h1', {}, t('methodTitle')), h('p', { class: 'lead' }, t('methodIntro'))];
  const search = searchBox({
    id: 'method-search',
    label: t('search'),
    placeholder: t('searchPlaceholder'),
    noMatch: t('searchNoMatch'),
    regions: [...regions.values()],
    hrefOf: (r) => href('method', r.code, { year, indicator }),
    kindLabel: (r) => (r.kind === 'own' ? t('ownRegion') : ''),
  });
  if (!region) {
    setTitle(t('methodTitle'));
    root.replaceChildren(...intro, h('p', {}, t('methodPick')), h('div', { class: 'controls' }, search), h('p', { class: 'muted' }, t('methodNote')), h('p', { class: 'muted' }, pick(meta.attribution)));
    return;
  }
  const validIndicator = indicator && infos.has(indicator) ? indicator : undefined;
  const chain = await api.explain(region.code, year, validIndicator);
  if (!isCurrent()) return;
  setTitle(`${t('methodTitle')}: ${region.name}`);

  const steps = validIndicator ? chain.steps.filter((s) => s.indicator === validIndicator) : [];
  const stepIds = [...new Set([...chain.steps.map((s) => s.indicator), ...(validIndicator ? [validIndicator] : [])])];
  const indicatorSelect = labelledSelect(
    'method-indicator',
    t('indicator'),
    [{ value: '', label: t('methodAll') }, ...stepIds.map((id) => ({ value: id, label: pick(infos.get(id)?.name) || id }))],
    validIndicator ?? '',
    (v) => (location.hash = href('method', region.code, { year, indicator: v || undefined }).slice(1)),
  );
  const yearSelect = labelledSelect('method-year', t('year'), meta.years.slice().reverse().map((y) => ({ value: String(y), label: String(y) })), String(year), (v) => (location.hash = href('method', region.code, { year: v, indicator: validIndicator }).slice(1)));
  root.replaceChildren(
    h('h1', {}, `${t('methodTitle')}: `, h('a', { href: href('profile', region.code, { year }) }, region.name), ` ${year}`),
    h('p', { class: 'lead' }, t('methodIntro')),
    h('div', { class: 'controls' }, indicatorSelect, yearSelect, search),
    ...(validIndicator ? steps.map((s) => stepSection(s, infos.get(s.indicator))) : [h('div', { class: 'table-scroll' }, overviewTable(chain, infos))]),
    compositeSection(chain),
    h('p', { class: 'muted' }, pick(meta.attribution)),
  );
}
