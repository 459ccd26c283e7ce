// Header names as officers write them: matched case-insensitively, ignoring spaces and punctuation, with synonyms.

export type Field =
  | 'id' | 'title' | 'polarity' | 'unit' | 'decimals' | 'target' | 'tolerance' | 'ratePer'
  | 'measureType' | 'annualTarget' | 'targetProfile' | 'targetDate'
  | 'theme' | 'owner' | 'definition' | 'rationale'
  | 'numerator' | 'denominator' | 'numeratorLabel' | 'denominatorLabel'
  | 'period' | 'value' | 'statisticalNeighbours' | 'england' | 'region'
  | 'section' | 'text' | 'confirmed'
  | 'area' | 'areaCode' | 'areaLevel' | 'regionName' | 'countryName';

/** The name each field is shown by in messages. */
export const FIELD_NAMES: Readonly<Record<Field, string>> = {
  id: 'ID', title: 'Title', polarity: 'Polarity', unit: 'Unit', decimals: 'Decimals', target: 'Target',
  tolerance: 'Tolerance', ratePer: 'Rate per', measureType: 'Measure type', annualTarget: 'Annual target',
  targetProfile: 'Target profile', targetDate: 'Target date', theme: 'Theme', owner: 'Owner', definition: 'Definition',
  rationale: 'Rationale', numerator: 'Numerator', denominator: 'Denominator', numeratorLabel: 'Numerator label',
  denominatorLabel: 'Denominator label', period: 'Period', value: 'Value',
  statisticalNeighbours: 'Statistical neighbours', england: 'England', region: 'Region', section: 'Section',
  text: 'Text', confirmed: 'Confirmed', area: 'Area', areaCode: 'Area code', areaLevel: 'Geographic level',
  regionName: 'Region name', countryName: 'Country name',
};

/** A national comparator's column may be headed by its nation (a Scottish council's is Scotland, not England). */
const NATIONS = ['england', 'scotland', 'wales', 'northernireland', 'greatbritain', 'gb', 'unitedkingdom', 'uk'];
/** A regional comparator's column may be headed by its region. */
const REGIONS = ['northeast', 'northwest', 'yorkshireandthehumber', 'yorkshireandhumber', 'eastmidlands', 'westmidlands', 'eastofengland', 'london', 'southeast', 'southwest'];

const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'ref', 'reference', 'code', 'indicatorid', 'indicatorref', 'indicatorcode', 'kpiid', 'kpiref'],
  title: ['title', 'indicator', 'measure', 'kpi', 'name', 'indicatorname', 'indicatortitle', 'measurename'],
  polarity: ['polarity', 'goodis', 'goodperformanceis', 'direction'],
  unit: ['unit', 'units'],
  decimals: ['decimals', 'decimalplaces', 'dp'],
  target: ['target'],
  tolerance: ['tolerance', 'ambertolerance'],
  ratePer: ['rateper'],
  measureType: ['measuretype', 'type', 'indicatortype', 'kpitype', 'datatype', 'valuetype', 'aggregation', 'measuredas', 'countedas'],
  annualTarget: ['annualtarget', 'yearendtarget', 'fullyeartarget', 'yeartarget', 'targetfortheyear'],
  targetProfile: ['targetprofile', 'profile', 'profiling'],
  targetDate: ['targetdate', 'targetby', 'bywhen', 'deadline', 'targetdeadline'],
  theme: ['theme'],
  owner: ['owner'],
  definition: ['definition'],
  rationale: ['rationale'],
  numerator: ['numerator'],
  denominator: ['denominator'],
  numeratorLabel: ['numeratorlabel'],
  denominatorLabel: ['denominatorlabel'],
  period: ['period', 'quarter', 'timeperiod'],
  value: ['value', 'actual', 'outturn'],
  statisticalNeighbours: ['statisticalneighbours', 'statisticalneighbour', 'statneighbours', 'sn', 'snaverage'],
  england: [...NATIONS.flatMap((n) => [n, `${n}average`]), 'national', 'nationalaverage'],
  region: [...REGIONS.flatMap((r) => [r, `${r}average`]), 'region', 'regional', 'regionalaverage'],
  section: ['section'],
  text: ['text', 'commentary', 'narrative'],
  confirmed: ['confirmed', 'figureconfirmed', 'queryconfirmed', 'checked', 'verified'],
  // Open data's area columns (ONS, DfE's Explore Education Statistics, LG Inform, LGBF): one row per area per quarter.
  area: [
    'area', 'areaname', 'localauthority', 'localauthorityname', 'laname', 'organisation', 'organisationname', 'organization',
    'organizationname', 'orgname', 'geography', 'geographyname', 'geoname', 'authority', 'authorityname', 'council', 'councilname',
  ],
  areaCode: ['areacode', 'newlacode', 'lacode', 'localauthoritycode', 'geographycode', 'geocode', 'organisationcode', 'orgcode', 'onscode', 'gsscode'],
  areaLevel: ['geographiclevel', 'geographylevel', 'arealevel', 'areatype', 'geographytype'],
  regionName: ['regionname'],
  countryName: ['countryname'],
};

const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(
  (Object.entries(SYNONYMS) as [Field, readonly string[]][]).flatMap(([field, keys]) => keys.map((k) => [k, field] as const)),
);

/** `Good performance is:` → `goodperformanceis`. Letters and digits only, lower case. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function fieldOfHeader(header: string): Field | null {
  return FIELD_BY_KEY.get(headerKey(header)) ?? null;
}

/** How a field's header may be written, for a "missing column" message: `ID (or Ref, Code)`. */
export function describeField(field: Field): string {
  const alternatives: Partial<Record<Field, string>> = {
    id: 'ID (or Ref, Code, Indicator ID)',
    title: 'Title (or Indicator, Measure, KPI, Name)',
    polarity: 'Polarity (or Good is, Direction)',
  };
  return alternatives[field] ?? FIELD_NAMES[field];
}

/**
 * The comparator a column header names, as the papers should call it: `Scotland average` → `Scotland`, `National` →
 * `national`, `South East` → `South East`; null for a header that names none (`Region`, `England figure`).
 */
export function comparatorHeaderName(header: string): string | null {
  const name = header.trim().replace(/\s+/g, ' ').replace(/\s*(average|avg\.?)$/i, '').trim();
  const key = headerKey(name);
  if (key === 'national') return 'national';
  if (key === 'region' || key === 'regional' || !(NATIONS.includes(key) || REGIONS.includes(key))) return null;
  return key === 'uk' || key === 'gb' ? name.toUpperCase() : name;
}
