/**
 * The statistical variables regionmonitor knows: which SSB table each comes from, its unit and reference time, and
 * whether it may be summed when municipalities merge. Indicators name their inputs by these ids.
 */

export interface VariableDefinition {
  id: string;
  table: string; // SSB table id, or KLASS classification
  unit: string;
  referenceTime: string;
  /** Counts can be summed over merged municipalities; medians, means and indices cannot. */
  additive: boolean;
  label: { nb: string; en: string };
  /** True when the project's bundled snapshot carries it; otherwise it needs `regionmonitor update` online. */
  bundled: boolean;
}

const v = (
  id: string,
  table: string,
  unit: string,
  referenceTime: string,
  additive: boolean,
  nb: string,
  en: string,
  bundled: boolean,
): VariableDefinition => ({ id, table, unit, referenceTime, additive, label: { nb, en }, bundled });

export const VARIABLES: VariableDefinition[] = [
  // 06913 Population and population changes (bundled)
  v('population_jan1', '06913', 'persons', '1 January', true, 'Folkemengde 1. januar', 'Population 1 January', true),
  v('natural_increase', '06913', 'persons', 'calendar year', true, 'Fødselsoverskudd', 'Natural increase', true),
  v('net_migration', '06913', 'persons', 'calendar year', true, 'Nettoinnflytting', 'Net migration', true),
  // 06944 Income of households (bundled)
  v('median_household_income_after_tax_nok', '06944', 'NOK', 'calendar year', false, 'Medianinntekt etter skatt, husholdninger', 'Median household income after tax', true),
  v('households', '06944', 'households', 'calendar year', true, 'Private husholdninger', 'Private households', true),
  // 07984 Employed persons by place of residence, 4th quarter (bundled)
  v('employed_total_00_99', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte etter bosted, i alt', 'Employed residents, total', true),
  v('employed_agri_01_03', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte i jordbruk, skogbruk og fiske', 'Employed in agriculture, forestry, fishing', true),
  v('employed_manuf_10_33', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte i industri', 'Employed in manufacturing', true),
  v('employed_publicadmin_84', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte i offentlig administrasjon', 'Employed in public administration', true),
  v('employed_education_85', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte i undervisning', 'Employed in education', true),
  v('employed_health_86_88', '07984', 'persons 15–74', '4th quarter', true, 'Sysselsatte i helse- og sosialtjenester', 'Employed in health and social work', true),
  // KLASS 2682 centrality, 2020 edition (bundled)
  v('centrality_index', 'klass-2682', 'index 0–1000', '2020 edition', false, 'Sentralitetsindeks', 'Centrality index', true),
  v('centrality_class', 'klass-2682', 'class 1–6', '2020 edition', false, 'Sentralitetsklasse', 'Centrality class', true),
  // Online-only series (fetched from SSB's PxWeb API by `regionmonitor update`)
  v('population_15_74_residence', '11618', 'persons', '4th quarter', true, 'Befolkning 15–74 år', 'Population 15–74', false),
  v('employed_15_74_residence', '11618', 'persons', '4th quarter', true, 'Sysselsatte 15–74 etter bosted', 'Employed 15–74 by residence', false),
  v('employed_15_74_workplace', '11618', 'persons', '4th quarter', true, 'Sysselsatte 15–74 etter arbeidssted (arbeidsplasser)', 'Employed 15–74 by workplace (jobs)', false),
  v('commuters', '03321', 'persons', '4th quarter', true, 'Sysselsatte etter bosted og arbeidssted', 'Employed by residence and workplace', false),
  v('population_67_plus', '07459', 'persons', '1 January', true, 'Befolkning 67 år og over', 'Population 67 and over', false),
  v('population_20_66', '07459', 'persons', '1 January', true, 'Befolkning 20–66 år', 'Population 20–66', false),
  v('dwellings_completed', '05940', 'dwellings', 'calendar year', true, 'Fullførte boliger', 'Dwellings completed', false),
  v('dwellings_total', '06265', 'dwellings', '1 January', true, 'Boliger i alt', 'Dwellings, total', false),
  v('dwellings_detached', '06265', 'dwellings', '1 January', true, 'Eneboliger', 'Detached houses', false),
  v('price_per_m2_nok', '06035', 'NOK per m²', 'calendar year', false, 'Gjennomsnittlig kvadratmeterpris, eneboliger', 'Mean price per m², detached houses', false),
  // 07091 counts establishments by size (fetched as establishments_*); employees by size need an import for now.
  v('establishments_total', '07091', 'establishments', '1 January', true, 'Virksomheter i alt', 'Establishments, total', false),
  v('establishments_100plus', '07091', 'establishments', '1 January', true, 'Virksomheter med 100+ ansatte', 'Establishments with 100+ employees', false),
  v('employees_total', '07091', 'employees', '1 January', true, 'Ansatte i bedrifter', 'Employees in establishments', false),
  v('employees_in_100plus', '07091', 'employees', '1 January', true, 'Ansatte i bedrifter med 100+ ansatte', 'Employees in establishments with 100+', false),
  // Jobs by workplace in SSB's 17 SN2007 industry groups (online; shift_share_local), fetched from 07984's
  // by-workplace contents (src/sources/tables/07984.ts).
  ...[
    ['01_03', 'jordbruk, skogbruk og fiske', 'agriculture, forestry and fishing'],
    ['05_09', 'bergverksdrift og utvinning', 'mining and quarrying'],
    ['10_33', 'industri', 'manufacturing'],
    ['35_39', 'elektrisitet, vann og renovasjon', 'electricity, water and waste'],
    ['41_43', 'bygge- og anleggsvirksomhet', 'construction'],
    ['45_47', 'varehandel', 'wholesale and retail trade'],
    ['49_53', 'transport og lagring', 'transport and storage'],
    ['55_56', 'overnatting og servering', 'accommodation and food'],
    ['58_63', 'informasjon og kommunikasjon', 'information and communication'],
    ['64_66', 'finans og forsikring', 'finance and insurance'],
    ['68_75', 'eiendom, faglig og teknisk tjenesteyting', 'real estate, professional and technical services'],
    ['77_82', 'forretningsmessig tjenesteyting', 'administrative and support services'],
    ['84', 'offentlig administrasjon og forsvar', 'public administration and defence'],
    ['85', 'undervisning', 'education'],
    ['86_88', 'helse- og sosialtjenester', 'health and social work'],
    ['90_99', 'personlig tjenesteyting', 'personal services'],
    ['00', 'uoppgitt næring', 'unknown industry'],
  ].map(([code, nb, en]) =>
    v(`jobs_${code}`, '07984', 'persons 15–74', '4th quarter', true, `Sysselsatte etter arbeidssted: ${nb}`, `Jobs by workplace: ${en}`, false),
  ),
];

const BY_ID = new Map(VARIABLES.map((d) => [d.id, d]));

/** Looks a variable up by id; unknown ids (e.g. from a user's import) get a conservative non-additive definition. */
export function variableDefinition(id: string): VariableDefinition {
  return (
    BY_ID.get(id) ?? {
      id,
      table: 'import',
      unit: '',
      referenceTime: '',
      additive: false,
      label: { nb: id, en: id },
      bundled: false,
    }
  );
}

export function isKnownVariable(id: string): boolean {
  return BY_ID.has(id);
}
