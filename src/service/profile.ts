/** The profile of one municipality or own region: score and trend, one card per indicator, strengths and weaknesses. */
import { CATALOGUE, cityHinterlandMeasures } from '../indicators/index.ts';
import type { Monitor } from './monitor.ts';
import { THEMES, type IndicatorValue, type Profile, type ProfileIndicator, type ProfileYear, type ThemeScore } from './types.ts';

const SHOWN = 3; // strengths and weaknesses listed on a profile

export function buildProfile(monitor: Monitor, code: string, year: number, profileName: string): Profile {
  const region = monitor.region(code);
  monitor.checkYear(year);
  const scoreOf = (y: number) => monitor.unitScoreOf(code, y, profileName);

  const trend: ProfileYear[] = monitor.years.map((y) => {
    const u = scoreOf(y);
    return { year: y, score_pct: u?.scored ? u.reported : null, rank: u?.scored ? u.rank : null, n: u?.of ?? 0 };
  });
  const current = monitor.years.includes(year) ? scoreOf(year) : undefined;
  const band = current && region.kind === 'municipality' ? monitor.rankBands(year, profileName).get(code) ?? null : null;
  const ranking = current ? monitor.rankRow(current, band) : null;

  const indicators: ProfileIndicator[] = CATALOGUE.map((d) => {
    const series = monitor.results.years
      .map((y) => monitor.indicatorValue(d, code, y))
      .filter((v) => v.value !== null || v.status !== 'missing')
      .map((v) => ({ year: v.year, value: v.value, position: v.position, status: v.status }));
    return { indicator: d.id, latest: monitor.indicatorValue(d, code, year), series };
  });

  const scoredIds = new Set(monitor.scored.map((d) => d.id));
  const positioned = indicators.map((i) => i.latest).filter((v) => scoredIds.has(v.indicator) && v.position !== null);
  const byPosition = [...positioned].sort((a, b) => a.position! - b.position!);
  const strengths = byPosition.slice(0, SHOWN);
  const weaknesses = byPosition.slice().reverse().filter((v) => !strengths.includes(v)).slice(0, SHOWN);
  const missing: IndicatorValue[] = indicators.map((i) => i.latest).filter((v) => v.value === null);

  const themes: ThemeScore[] = THEMES.map((theme) => {
    const count = monitor.scoredIn(theme).length;
    if (count === 0) return { theme, score_pct: null, rank: null, of: 0, indicators: 0, reason: 'no scored indicator of this theme has data: fetch its SSB tables with `regionmonitor update`' };
    if (!current) return { theme, score_pct: null, rank: null, of: 0, indicators: count, reason: `no strength indicator for ${year}` };
    const u = monitor.unitScoreOf(code, year, profileName, theme)!;
    return { theme, score_pct: u.scored ? u.reported : null, rank: u.scored ? u.rank : null, of: u.of, indicators: count, ...(u.scored ? {} : { reason: u.reason }) };
  });

  const profile: Profile = { region, year, ranking, themes, trend, indicators, strengths, weaknesses, missing };
  const own = monitor.ownRegions.find((r) => r.id === code);
  if (own?.city) {
    profile.cityHinterland = cityHinterlandMeasures(monitor.lookup, own, year).map((m) => ({
      indicator: m.id,
      name: m.name,
      value: m.value,
      status: m.status,
      ...(m.reason ? { reason: m.reason } : {}),
      explanation: m.explanation,
    }));
  }
  return profile;
}
