// Open data's long files: one row per area per quarter. Keep the chosen council's rows; take England, its region and
// the mean of its named statistical neighbours from their own rows, as comparators.
import { periodFromIndex, periodIndex, periodLabel } from '../period.js';
import type { Period } from '../period.js';
import type { ObservationDraft } from './draft.js';
import { cellAt } from './grid.js';
import type { GridRow, SheetGrid } from './grid.js';
import { headerKey } from './headers.js';
import type { Field } from './headers.js';
import { readNumber, readText } from './numbers.js';
import type { Findings } from './place.js';
import type { ClassifiedSheet } from './sheets.js';
import { cellPeriod, dataRows } from './table.js';

/** The council a long file is read for, and its statistical neighbours: names or codes as the file writes them. */
export interface AreaChoice {
  area?: string | undefined;
  neighbours?: readonly string[] | undefined;
}

interface Area {
  name: string | null;
  code: string | null;
  level: string | null;
  /** The region its rows name (DfE's region_name), for finding the council's region. */
  region: string | null;
  rows: GridRow[];
}

/** Per indicator ID and quarter, the comparators taken from other areas' rows. */
interface RowComparators {
  england: number | null;
  region: number | null;
  /** The figures of the named neighbours that have one for the quarter. */
  neighbours: number[];
  /** How many neighbours were named and found in the file. */
  neighboursNamed: number;
}

/** A neighbours' mean is given only when at least half of the named neighbours have a figure for the quarter. */
export function enoughNeighbours(withFigure: number, named: number): boolean {
  return withFigure > 0 && withFigure * 2 >= named;
}

export interface AreaSplit {
  /** The data sheets with only the council's rows left. */
  sheets: ClassifiedSheet[];
  comparators: Map<string, RowComparators>;
  names: { national?: string; region?: string };
}

const NATIONS = new Set(['england', 'scotland', 'wales', 'northernireland', 'greatbritain', 'unitedkingdom', 'uk', 'gb', 'englandandwales']);
/** ONS codes of countries (E92 England, W92, S92, N92) and the UK and GB (K02-K04); of English regions, E12. */
const NATION_CODE = /^(?:E92|W92|S92|N92|K0[234])\d{6}$/i;
const REGION_CODE = /^E12\d{6}$/i;
const REGION_NAMES = new Set(['northeast', 'northwest', 'yorkshireandthehumber', 'yorkshireandhumber', 'eastmidlands', 'westmidlands', 'eastofengland', 'east', 'london', 'innerlondon', 'outerlondon', 'southeast', 'southwest']);

const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();
const comparatorKey = (id: string, period: Period): string => `${id}\u0000${periodIndex(period)}`;
/** The quarter a comparator key is for, as a clerk reads it. */
const periodFromKey = (key: string): string => periodLabel(periodFromIndex(Number(key.slice(key.lastIndexOf('\u0000') + 1))));

function textAt(row: GridRow, sheet: ClassifiedSheet, field: Field): string | null {
  const column = sheet.header.fields.get(field);
  return column === undefined ? null : readText(cellAt(row, column));
}

/** DfE's files leave la_name blank on the national and regional rows: those are named by their country or region. */
function rowArea(row: GridRow, sheet: ClassifiedSheet): { name: string | null; code: string | null; level: string | null; region: string | null } {
  const level = textAt(row, sheet, 'areaLevel');
  const region = textAt(row, sheet, 'regionName');
  let name = textAt(row, sheet, 'area');
  if (name === null && level !== null && /region/i.test(level)) name = region;
  if (name === null && level !== null && /national|country/i.test(level)) name = textAt(row, sheet, 'countryName') ?? 'England';
  return { name, code: textAt(row, sheet, 'areaCode'), level, region };
}

function areasOf(sheet: ClassifiedSheet): { areas: Area[]; unplaced: GridRow[] } {
  const byKey = new Map<string, Area>();
  const unplaced: GridRow[] = [];
  for (const row of dataRows(sheet.grid, sheet.header)) {
    const found = rowArea(row, sheet);
    const id = found.code ?? found.name;
    if (id === null) {
      unplaced.push(row);
      continue;
    }
    const k = key(id);
    const area = byKey.get(k) ?? { name: found.name, code: found.code, level: found.level, region: found.region, rows: [] };
    area.name ??= found.name;
    area.region ??= found.region;
    area.rows.push(row);
    byKey.set(k, area);
  }
  return { areas: [...byKey.values()], unplaced };
}

const areaLabel = (area: Area): string => area.name ?? area.code ?? '';

function listAreas(areas: readonly Area[]): string {
  const names = areas.map(areaLabel);
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')}, …`;
}

const matches = (area: Area, wanted: string): boolean => [area.name, area.code].some((n) => n !== null && key(n) === key(wanted));

/** Whether the area column splits the figures (one indicator's quarter on several areas' rows), or only labels them. */
function splitsFigures(sheet: ClassifiedSheet, areas: readonly Area[]): boolean {
  if (areas.length < 2) return false;
  const idColumn = sheet.header.fields.get('id')!;
  const periodColumn = sheet.header.fields.get('period');
  const seen = new Map<string, Area>();
  for (const area of areas) {
    for (const row of area.rows) {
      const id = readText(cellAt(row, idColumn));
      if (id === null) continue;
      const when = periodColumn === undefined ? '' : (readText(cellAt(row, periodColumn)) ?? '');
      const k = `${id}\u0000${when}`;
      const earlier = seen.get(k);
      if (earlier !== undefined && earlier !== area) return true;
      seen.set(k, area);
    }
  }
  return false;
}

function englandOf(areas: readonly Area[], council: Area): Area | null {
  return (
    areas.find((a) => a !== council && ((a.level !== null && /national|country/i.test(a.level)) || (a.code !== null && NATION_CODE.test(a.code)))) ??
    areas.find((a) => a !== council && a.name !== null && NATIONS.has(headerKey(a.name))) ??
    null
  );
}

/** The region the council's rows name; else the one regional area in the file. */
function regionOf(areas: readonly Area[], council: Area): Area | null {
  if (council.region !== null) {
    const named = areas.find((a) => a !== council && a.name !== null && key(a.name) === key(council.region!));
    if (named !== undefined) return named;
  }
  const regional = areas.filter(
    (a) => a !== council && ((a.level !== null && /region/i.test(a.level)) || (a.code !== null && REGION_CODE.test(a.code)) || (a.level === null && a.name !== null && REGION_NAMES.has(headerKey(a.name)))),
  );
  return regional.length === 1 ? regional[0]! : null;
}

/** Each row's figures as `comparatorKey → value`: the long layout's Value column, or the wide layout's quarter columns. */
function figuresOf(area: Area, sheet: ClassifiedSheet): Map<string, number> {
  const figures = new Map<string, number>();
  const idColumn = sheet.header.fields.get('id')!;
  const periodColumn = sheet.header.fields.get('period');
  const valueColumn = sheet.header.fields.get('value');
  for (const row of area.rows) {
    const id = readText(cellAt(row, idColumn));
    if (id === null) continue;
    const cells: [Period | null, number | undefined][] =
      sheet.role === 'values'
        ? [[periodColumn === undefined ? null : cellPeriod(cellAt(row, periodColumn)), valueColumn]]
        : sheet.header.periods.map((p) => [p.period, p.column]);
    for (const [period, column] of cells) {
      if (period === null || column === undefined) continue;
      const reading = readNumber(cellAt(row, column));
      if (reading.kind === 'number') figures.set(comparatorKey(id, period), reading.value);
    }
  }
  return figures;
}

function latestPeriod(figures: ReadonlyMap<string, number>): Period | null {
  let latest: number | null = null;
  for (const k of figures.keys()) latest = Math.max(latest ?? -Infinity, Number(k.split('\u0000')[1]));
  return latest === null ? null : periodFromIndex(latest);
}

/** Letters to change, add or drop to turn one name into the other (for "did you mean"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function choose(sheet: ClassifiedSheet, areas: readonly Area[], wanted: string, findings: Findings): Area | null {
  const council = areas.find((a) => matches(a, wanted));
  if (council !== undefined) return council;
  const near = areas.filter((a) => a.name !== null && (key(a.name).includes(key(wanted)) || key(wanted).includes(key(a.name)) || editDistance(key(a.name), key(wanted)) <= 2));
  const hint = near.length > 0 ? `: did you mean ${near.slice(0, 3).map((a) => `"${areaLabel(a)}"`).join(' or ')}?` : `; give the name or code as the file writes it`;
  findings.error(
    'area-not-found',
    `there are no rows for the area "${wanted}": this file has rows for ${areas.length} ${areas.length === 1 ? 'area' : 'areas'} (${listAreas(areas)})${hint}`,
    findings.at(sheet.grid.name, sheet.header.row, sheet.header.fields.get('area') ?? sheet.header.fields.get('areaCode')!),
  );
  return null;
}

function neighboursOf(sheet: ClassifiedSheet, areas: readonly Area[], council: Area, wanted: readonly string[], findings: Findings): Area[] {
  const found: Area[] = [];
  for (const name of wanted) {
    const area = areas.find((a) => matches(a, name));
    if (area === undefined) {
      findings.warning('neighbour-not-found', `the statistical neighbour "${name}" has no rows in this file; it is left out of the neighbours' mean`, findings.sheet(sheet.grid.name));
    } else if (area !== council && !found.includes(area)) found.push(area);
  }
  return found;
}

function describeComparators(council: Area, counted: number, england: Area | null, region: Area | null, neighbours: readonly Area[], missing: { period: Period; areas: Area[] } | null, asked: boolean): string {
  const own = [england, region].filter((a): a is Area => a !== null).map(areaLabel);
  const parts = [`read the rows for ${areaLabel(council)} (${counted} ${counted === 1 ? 'row' : 'rows'})`];
  parts.push(own.length > 0 ? `comparators: ${own.join(' and ')} from their own rows` : 'no national or regional rows were found to compare with');
  if (neighbours.length > 0) {
    const gaps = missing === null || missing.areas.length === 0 ? '' : ` (${missing.areas.length} without a figure for ${periodLabel(missing.period)}: ${listAreas(missing.areas)})`;
    parts.push(`statistical neighbours: the mean of ${neighbours.length} ${neighbours.length === 1 ? 'area' : 'areas'}${gaps}`);
  } else if (!asked) parts.push('no statistical neighbours are named (neighbours: in the config), so none is compared');
  return parts.join('; ');
}

/** One sheet split by area; null when the reading should stop (reported). */
function splitSheet(sheet: ClassifiedSheet, choice: AreaChoice, out: AreaSplit, findings: Findings): ClassifiedSheet | null {
  const { areas, unplaced } = areasOf(sheet);
  const areaColumn = sheet.header.fields.get('area') ?? sheet.header.fields.get('areaCode')!;
  if (choice.area === undefined) {
    if (!splitsFigures(sheet, areas)) return sheet;
    findings.error(
      'choose-area',
      `this file has rows for ${areas.length} areas (${listAreas(areas)}): choose one with --area NAME or area: in the config (a name or code as the file writes it)`,
      findings.at(sheet.grid.name, sheet.header.row, areaColumn),
    );
    return null;
  }
  const council = choose(sheet, areas, choice.area, findings);
  if (council === null) return null;
  const kept = new Set([...council.rows, ...unplaced]);
  const grid: SheetGrid = { name: sheet.grid.name, rows: sheet.grid.rows.filter((r) => r.row <= sheet.header.row || kept.has(r)) };
  const england = englandOf(areas, council);
  const region = regionOf(areas, council);
  const neighbours = neighboursOf(sheet, areas, council, choice.neighbours ?? [], findings);
  const own = figuresOf(council, sheet);
  const englandFigures = england === null ? new Map<string, number>() : figuresOf(england, sheet);
  const regionFigures = region === null ? new Map<string, number>() : figuresOf(region, sheet);
  const neighbourFigures = neighbours.map((a) => ({ area: a, figures: figuresOf(a, sheet) }));
  for (const k of own.keys()) {
    out.comparators.set(k, {
      england: englandFigures.get(k) ?? null,
      region: regionFigures.get(k) ?? null,
      neighbours: neighbourFigures.map((n) => n.figures.get(k)).filter((v): v is number => v !== undefined),
      neighboursNamed: neighbours.length,
    });
  }
  warnThinNeighbours(sheet, own, neighbourFigures, findings);
  const latest = latestPeriod(own);
  const latestKeys = [...own.keys()].filter((k) => latest !== null && k.endsWith(`\u0000${periodIndex(latest)}`));
  const missing = latest === null ? null : { period: latest, areas: neighbourFigures.filter((n) => latestKeys.some((k) => !n.figures.has(k))).map((n) => n.area) };
  if (england !== null && england.name !== null) out.names.national ??= england.name;
  if (region !== null && region.name !== null) out.names.region ??= region.name;
  findings.warning('area-comparators', describeComparators(council, council.rows.length, england, region, neighbours, missing, (choice.neighbours ?? []).length > 0), findings.sheet(sheet.grid.name));
  return { ...sheet, grid };
}

/**
 * The quarters where fewer than half of the named neighbours have a figure: the papers give no neighbours' mean there
 * (one council's figure is not an average of ten), and the clerk is told which quarters, once.
 */
function warnThinNeighbours(sheet: ClassifiedSheet, own: ReadonlyMap<string, unknown>, neighbourFigures: readonly { figures: ReadonlyMap<string, number> }[], findings: Findings): void {
  if (neighbourFigures.length === 0) return;
  const thin = new Map<string, number>();
  for (const k of own.keys()) {
    const withFigure = neighbourFigures.filter((n) => n.figures.has(k)).length;
    if (!enoughNeighbours(withFigure, neighbourFigures.length)) thin.set(periodFromKey(k), Math.min(thin.get(periodFromKey(k)) ?? withFigure, withFigure));
  }
  if (thin.size === 0) return;
  const quarters = [...thin].map(([period, n]) => `${period} (${n} of ${neighbourFigures.length})`);
  findings.warning(
    'thin-neighbours',
    `no statistical neighbours' mean for ${quarters.length === 1 ? 'one quarter' : `${quarters.length} quarters`} where fewer than half of the ${neighbourFigures.length} neighbours have a figure: ${quarters.slice(0, 8).join(', ')}${quarters.length > 8 ? ', …' : ''}`,
    findings.sheet(sheet.grid.name),
  );
}

/**
 * The data sheets with an area column, cut to the chosen council's rows, and the comparators the other areas'
 * rows give. Null when reading should stop: several areas and none chosen, or the chosen one not in the file.
 */
export function splitAreas(dataSheets: readonly ClassifiedSheet[], choice: AreaChoice, findings: Findings): AreaSplit | null {
  const out: AreaSplit = { sheets: [], comparators: new Map(), names: {} };
  let withAreas = 0;
  for (const sheet of dataSheets) {
    const hasArea = sheet.header.fields.has('area') || sheet.header.fields.has('areaCode');
    if (!hasArea) {
      out.sheets.push(sheet);
      continue;
    }
    withAreas++;
    const split = splitSheet(sheet, choice, out, findings);
    if (split === null) return null;
    out.sheets.push(split);
  }
  if (choice.area !== undefined && withAreas === 0) {
    findings.error(
      'no-area-column',
      `an area ("${choice.area}") was chosen, but the scorecard has no area column (Area, Local authority, la_name, Organisation, Area code...) to choose its rows by: leave out --area or area: in the config for a council's own scorecard`,
      findings.whole(),
    );
    return null;
  }
  return out;
}

/** A comparator column in the file wins; otherwise the figure from the other areas' rows. */
export function applyAreaComparators(drafts: readonly ObservationDraft[], split: AreaSplit): void {
  if (split.comparators.size === 0) return;
  for (const { observation } of drafts) {
    const found = split.comparators.get(comparatorKey(observation.id, observation.period));
    if (found === undefined) continue;
    observation.england ??= found.england;
    observation.region ??= found.region;
    if (observation.statisticalNeighbours === null && enoughNeighbours(found.neighbours.length, found.neighboursNamed)) {
      const mean = found.neighbours.reduce((sum, v) => sum + v, 0) / found.neighbours.length;
      observation.statisticalNeighbours = Number(mean.toPrecision(12));
    }
  }
}
