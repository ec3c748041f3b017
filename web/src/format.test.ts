import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatPct, formatRank, formatValue, searchKey, unitLabel } from './format.ts';
import { href, parseRoute } from './router.ts';

// Intl separates "13" and "%" with a (narrow) no-break space in bokmål; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  test('should write the styrkeindikator as in Styrkeanalysen ("13 %")', () => {
    assert.equal(plain(formatPct(13.2, 'nb')), '13 %');
    assert.equal(formatPct(13.2, 'en'), '13%');
    assert.equal(formatPct(null, 'nb'), '–');
  });
  test('should show fractions as per cent with a decimal comma in bokmål', () => {
    assert.equal(plain(formatValue(0.0362, 'share', 'nb')), '3,6 %');
    assert.equal(formatValue(0.0362, 'growth (fraction; 0.05 = 5 %)', 'en'), '3.6%');
  });
  test('should write rates, ratios and indices in their own way', () => {
    assert.equal(formatValue(4.25, 'per 1 000 residents per year', 'en'), '4.3 ‰');
    assert.equal(formatValue(52.34, 'per 100 inhabitants', 'en'), '52.3 per 100');
    assert.equal(formatValue(0.3456, 'ratio', 'en'), '0.346');
    assert.equal(plain(formatValue(5.2, 'years of income', 'nb')), '5,2 år');
    assert.equal(plain(formatValue(812, 'index 0–1000', 'nb')), '812');
  });
  test('should write ranks as "r av n"', () => {
    assert.equal(formatRank(12, 357, 'nb'), '12 av 357');
    assert.equal(formatRank(null, 357, 'en'), '–');
  });
  test('should name the catalogue units in words, falling back to the unit itself', () => {
    assert.equal(unitLabel('share (0–1)', 'nb'), 'andel i prosent');
    assert.equal(unitLabel('growth (fraction; 0.05 = 5 %), nominal', 'en'), 'growth, per cent, nominal');
    assert.equal(unitLabel('per 1 000 residents per year', 'nb'), 'per 1 000 innbyggere per år');
    assert.equal(unitLabel('furlongs', 'en'), 'furlongs');
  });
  test('should fold Norwegian letters for search', () => {
    assert.equal(searchKey('Ålesund'), 'alesund');
    assert.equal(searchKey('Tromsø'), 'tromso');
    assert.equal(searchKey('Bærum'), 'baerum');
  });
});

describe('router', () => {
  test('should parse every page', () => {
    assert.equal(parseRoute('').page, 'overview');
    assert.equal(parseRoute('#/?year=2020').params.get('year'), '2020');
    assert.deepEqual(parseRoute('#/profile/1506'), { page: 'profile', code: '1506', params: new URLSearchParams() });
    const m = parseRoute('#/method/1506?year=2024&indicator=employment_rate');
    assert.equal(m.page === 'method' && m.code, '1506');
    assert.equal(m.params.get('indicator'), 'employment_rate');
    const c = parseRoute('#/compare/1506,1505,1508,1505');
    assert.deepEqual(c.page === 'compare' && c.codes, ['1506', '1505', '1508']);
    assert.equal(parseRoute('#/nonsense/x/y').page, 'not-found');
  });
  test('should build links that parse back', () => {
    assert.equal(href('compare', ['1506', '1505']), '#/compare/1506,1505');
    assert.equal(href('method', '1506', { year: 2024, indicator: undefined }), '#/method/1506?year=2024');
    const r = parseRoute(href('profile', 'romsdal', { year: 2023 }));
    assert.equal(r.page === 'profile' && r.code, 'romsdal');
  });
});
