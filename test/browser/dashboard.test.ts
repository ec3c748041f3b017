/**
 * The dashboard in a real browser (headless Chromium via playwright-core) against the real server and Monitor on
 * the bundled data. Every test fails on any console error, page error or failed request.
 */
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ExplainChain, IndicatorInfo, MonitorMeta, Profile } from '../../src/service/types.ts';
import { startDashboard, type Dashboard } from './harness.ts';

let d: Dashboard;
let page: Page;
let meta: MonitorMeta;

/** The server's own answer for a URL, to check the page against (never a hard-coded number). */
async function apiJson<T>(url: string): Promise<T> {
  const res = await d.server.app.inject(url);
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.json() as T;
}

/** Opens a route and waits until the page says it has rendered. */
async function open(hash: string): Promise<void> {
  await page.goto(`${d.server.url}/${hash}`);
  await page.waitForSelector('main[data-ready="true"]');
  const alert = page.locator('main [role="alert"]');
  if (await alert.count()) assert.fail(`${hash} shows an error: ${await alert.innerText()}`);
}

/** Waits for a page to finish rendering; fails with the page's own message when it shows an error instead. */
async function waitForPage(name: string): Promise<void> {
  await page.waitForSelector(`main[data-page="${name}"][data-ready="true"]`);
  const alert = page.locator('main [role="alert"]');
  if (await alert.count()) assert.fail(`the ${name} page shows an error: ${await alert.innerText()}`);
}

/** Percent as the page writes it in bokmål: `39 %` (Intl puts a no-break space before the sign). */
function pctText(pct: number): RegExp {
  return new RegExp(`${Math.round(pct)}\\s%`);
}

before(async () => {
  d = await startDashboard();
  page = await d.newPage();
  meta = await apiJson<MonitorMeta>('/api/meta');
});
after(async () => {
  await d?.close();
});
afterEach(() => {
  const errors = d ? d.errors.splice(0) : [];
  assert.deepEqual(errors, [], `the browser reported errors:\n${errors.join('\n')}`);
});

describe('overview', () => {
  test('should draw the map with all 357 municipalities, a legend and the top and bottom 10', async () => {
    await open('#/');
    await waitForPage('overview');
    assert.equal(await page.locator('svg.map-svg path[data-code]').count(), 357);
    const filled = await page.locator('svg.map-svg path[data-code]').evaluateAll((ps) => ps.filter((p) => p.getAttribute('fill') !== '#bdbdbd').length);
    assert.ok(filled > 300, `${filled} municipalities coloured`);
    assert.ok(await page.locator('.legend li').count() >= 3);
    const lists = page.locator('.rank-list ol');
    assert.equal(await lists.nth(0).locator('li').count(), 10);
    assert.equal(await lists.nth(1).locator('li').count(), 10);
    // The strongest municipality, as the server ranks it, heads the list with its score ("1. Klepp 17 %" style).
    const ranking = await apiJson<{ name: string; score_pct: number }[]>(`/api/ranking?year=${meta.latestYear}`);
    const first = await lists.nth(0).locator('li').first().innerText();
    assert.match(first, new RegExp(ranking[0].name));
    assert.match(first, pctText(ranking[0].score_pct));
    const credits = await page.locator('footer').innerText();
    assert.match(credits, /SSB/);
    assert.match(credits, /Kartverket/);
    assert.match(credits, /CC BY 4\.0/);
    await d.screenshot(page, 'overview');
  });

  test('should show hover details and open a profile when a municipality is clicked', async () => {
    await open('#/');
    const kautokeino = page.locator('svg.map-svg path[data-code="5612"]');
    await kautokeino.hover();
    await page.waitForSelector('.map-tooltip:not([hidden])');
    assert.match(await page.locator('.map-tooltip').innerText(), /Kautokeino/);
    await kautokeino.click();
    await waitForPage('profile');
    assert.match(page.url(), /#\/profile\/5612/);
    assert.match(await page.locator('h1').innerText(), /Kautokeino/);
  });

  test('should recolour the map for another indicator and year', async () => {
    const indicators = await apiJson<IndicatorInfo[]>('/api/indicators');
    const chosen = indicators.find((i) => i.available && i.direction !== 0)!;
    const year = meta.years[0];
    await open('#/');
    // Each choice re-renders the page: wait for the heading to name the new choice before making the next one.
    const headingHas = (...parts: string[]) =>
      page.waitForFunction((ps) => document.querySelector('main[data-ready="true"] h1')?.textContent?.includes(ps.join(' ')) ?? false, parts);
    await page.selectOption('#indicator-select', chosen.id);
    await headingHas(chosen.name.nb);
    await page.selectOption('#year-select', String(year));
    await headingHas(chosen.name.nb, String(year));
    assert.match(page.url(), new RegExp(`indicator=${chosen.id}`));
    assert.match(await page.locator('h1').innerText(), new RegExp(`${year}`));
    assert.equal(await page.locator('svg.map-svg path[data-code]').count(), 357);
    assert.match(await page.locator('.legend-title').innerText(), new RegExp(String(year)));
  });
});

describe('language', () => {
  test('should switch to English and back, and remember the choice', async () => {
    await open('#/');
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    assert.match(await page.locator('nav').innerText(), /Oversikt/);
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForPage('overview');
    assert.match(await page.locator('nav').innerText(), /Overview/);
    assert.match(await page.locator('h1').innerText(), /Strength indicator/);
    assert.match(await page.locator('footer').innerText(), /Statistics Norway/);
    await d.screenshot(page, 'overview-en');
    await page.reload();
    await waitForPage('overview');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'nb');
    assert.match(await page.locator('nav').innerText(), /Oversikt/);
  });
});

describe('Molde: search, profile, one number back to SSB, comparison', () => {
  test('should find Molde with the search box and show its profile as the API reports it', async () => {
    const profile = await apiJson<Profile>('/api/profile/1506');
    await open('#/');
    await page.fill('#region-search', 'Molde');
    await page.click('#region-search-list a[data-code="1506"]');
    await waitForPage('profile');
    assert.match(page.url(), /#\/profile\/1506/);
    assert.equal(await page.locator('h1').innerText(), 'Molde');
    const summary = await page.locator('.summary').innerText();
    assert.match(summary, pctText(profile.ranking!.score_pct!));
    assert.match(summary, new RegExp(`${profile.ranking!.rank} av \\d+`));
    if (profile.ranking!.band) assert.match(summary, new RegExp(`${profile.ranking!.band[0]}–${profile.ranking!.band[1]}`));
    assert.ok(await page.locator('.card').count() >= 5);
    await page.waitForSelector('.trend svg');
    await page.waitForSelector('.card .spark svg');
    assert.ok(await page.locator('.trend details.table-alt table').count() === 1, 'the trend chart has a table alternative');
    await d.screenshot(page, 'profile-molde');
  });

  test('should follow one number of the profile back to its SSB table and vintage', async () => {
    const profile = await apiJson<Profile>('/api/profile/1506');
    const entry = profile.indicators.find((i) => i.latest.value !== null && i.latest.position !== null)!;
    const chain = await apiJson<ExplainChain>(`/api/explain/1506?year=${profile.year}&indicator=${entry.indicator}`);
    const tables = [...new Set(chain.steps[0].inputs.map((i) => i.table))];
    await open('#/profile/1506');
    await page.click(`.card a[data-explain="${entry.indicator}"]`);
    await waitForPage('method');
    assert.match(page.url(), new RegExp(`#/method/1506\\?.*indicator=${entry.indicator}`));
    const step = page.locator(`.explain-step[data-indicator="${entry.indicator}"]`);
    const shownTables = await step.locator('.ssb-table').allInnerTexts();
    for (const table of tables) assert.ok(shownTables.some((s) => s.includes(table)), `SSB table ${table} shown (${shownTables})`);
    const text = await step.innerText();
    assert.match(text, /#\d+ \(\d{4}-\d\d-\d\d\)/, 'vintage id and load date');
    assert.ok(text.includes(chain.steps[0].formulaFilled), 'the formula with the numbers put in');
    assert.match(text, new RegExp(`${chain.steps[0].rank} av ${chain.steps[0].n}`));
    assert.match(await page.locator('.explain-composite').innerText(), new RegExp(`${chain.rank.rank} av ${chain.rank.of}`));
    await d.screenshot(page, 'method-molde');
  });

  test('should compare Molde with Kristiansund and Ålesund side by side and over time', async () => {
    await open('#/profile/1506');
    await page.click('a.button[href^="#/compare/1506"]');
    await waitForPage('compare');
    await page.fill('#compare-search', 'Kristiansund');
    await page.click('#compare-search-list a[data-code="1505"]');
    await page.waitForFunction(() => document.querySelectorAll('main[data-ready="true"] .chips li').length === 2);
    await page.fill('#compare-search', 'Ålesund');
    await page.click('#compare-search-list a[data-code="1508"]');
    await page.waitForFunction(() => document.querySelectorAll('main[data-ready="true"] .chips li').length === 3);
    assert.match(page.url(), /#\/compare\/1506,1505,1508/);
    const header = await page.locator('.table-scroll table thead').innerText();
    assert.match(header, /Molde[\s\S]*Kristiansund[\s\S]*Ålesund/);
    const profiles = await Promise.all(['1506', '1505', '1508'].map((c) => apiJson<Profile>(`/api/profile/${c}`)));
    const scoreRow = await page.locator('.table-scroll table tbody tr').first().innerText();
    for (const p of profiles) if (p.ranking?.score_pct != null) assert.match(scoreRow, pctText(p.ranking.score_pct));
    await page.waitForSelector('.compare-charts svg');
    assert.ok(await page.locator('.compare-charts details.table-alt').count() >= 1);
    await d.screenshot(page, 'compare-molde-kristiansund-alesund');
  });
});

describe('method page and own regions', () => {
  test('should list every indicator of the strength indicator with its SSB tables', async () => {
    await open(`#/method/1506?year=${meta.latestYear}`);
    const rows = page.locator('.table-scroll table tbody tr');
    assert.ok(await rows.count() > 5);
    assert.ok((await page.locator('.ssb-table').allInnerTexts()).some((s) => /^\d{5}$/.test(s.trim())));
  });

  test('should show an own region with its members and the city–hinterland measures', async () => {
    await open('#/profile/romsdal');
    assert.equal(await page.locator('h1').innerText(), 'Romsdal');
    assert.match(await page.locator('.lead').innerText(), /Molde/);
    assert.ok(await page.locator('.city-hinterland table tbody tr').count() >= 1);
  });
});

describe('keyboard and print', () => {
  test('should reach a profile with the keyboard only', async () => {
    await open('#/');
    await page.focus('#region-search');
    await page.keyboard.type('Molde');
    await page.keyboard.press('Enter');
    await waitForPage('profile');
    assert.match(page.url(), /#\/profile\/1506/);
    // After navigation the new page's heading has the focus, as after a page load.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  });

  test('should hide the controls and show the chart tables when printed', async () => {
    await open('#/profile/1506');
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('.controls').first().isVisible(), false);
      assert.equal(await page.locator('nav').isVisible(), false);
      assert.ok(await page.locator('footer').isVisible());
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
