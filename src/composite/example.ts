/**
 * A small hand-made dataset for tests and examples (COINr's `build_example_coin` idea): six units, four scored
 * indicators in two themes plus one context indicator. Unit U5 has values for too few indicators to be ranked.
 * The numbers are made up for illustration; they are not statistics.
 */
import type { Dataset } from './types.ts';

export interface ExampleOptions {
  /** 'themes': indicators → two themes → index; 'flat': indicators → index. */
  structure?: 'themes' | 'flat';
}

/** Builds the example dataset (a fresh copy on every call). */
export function buildExampleDataset({ structure = 'themes' }: ExampleOptions = {}): Dataset {
  const themes = structure === 'themes';
  const parent = (theme: string) => (themes ? theme : 'index');
  return {
    units: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
    indicators: [
      { code: 'employment_growth', parent: parent('business'), direction: 1, weight: 1 },
      { code: 'industry_concentration', parent: parent('business'), direction: -1, weight: 1 },
      { code: 'public_share', parent: parent('business'), direction: 1, weight: 0 },
      { code: 'population_growth', parent: parent('demography'), direction: 1, weight: 1 },
      { code: 'old_age_ratio', parent: parent('demography'), direction: -1, weight: 1 },
    ],
    aggregates: themes
      ? [
          { code: 'business', parent: 'index', level: 2, weight: 2 },
          { code: 'demography', parent: 'index', level: 2, weight: 1 },
          { code: 'index', parent: null, level: 3, weight: 1 },
        ]
      : [{ code: 'index', parent: null, level: 2, weight: 1 }],
    values: [
      [0.05, 0.2, 0.3, 0.02, 0.3],
      [0.02, 0.3, 0.35, 0.01, 0.35],
      [-0.01, 0.25, 0.4, -0.03, 0.42],
      [0.03, 0.15, 0.28, 0.04, 0.28],
      [null, null, 0.33, 0.0, null],
      [0.0, 0.4, 0.31, null, 0.3],
    ],
    groups: { region: ['north', 'north', 'south', 'south', 'north', 'south'] },
  };
}
