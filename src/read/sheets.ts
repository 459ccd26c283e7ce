// Deciding what each sheet is (indicators, long values, wide scorecard, commentary) by its name and headers.
import type { SheetGrid } from './grid.js';
import type { CellValue } from './cell.js';
import { describeCell } from './grid.js';
import { readNumber } from './numbers.js';
import { FIELD_NAMES, comparatorHeaderName, describeField, headerKey } from './headers.js';
import type { Field } from './headers.js';
import type { Findings } from './place.js';
import { HEADER_SCAN_ROWS, cellPeriod, findHeaderRow, findHeaderRowWithoutId } from './table.js';
import type { HeaderRow } from './table.js';

export type SheetRole = 'indicators' | 'values' | 'wide' | 'commentary';

export interface ClassifiedSheet {
  grid: SheetGrid;
  header: HeaderRow;
  role: SheetRole;
  /** False when a required column is missing: reported, and the sheet is not read. */
  complete: boolean;
}

const REQUIRED: Readonly<Record<SheetRole, readonly Field[]>> = {
  indicators: ['id', 'title'],
  values: ['id', 'period', 'value'],
  wide: ['id'],
  commentary: ['id', 'section', 'text'],
};

/** Sheets whose name says what they must be, so a missing column is an error rather than a sheet skipped. */
const ROLE_BY_NAME: ReadonlyMap<string, SheetRole> = new Map([
  ['indicators', 'indicators'],
  ['values', 'values'],
  ['commentary', 'commentary'],
]);

function roleByHeaders(header: HeaderRow): SheetRole | null {
  const has = (f: Field): boolean => header.fields.has(f);
  if (has('section') && has('text')) return 'commentary';
  if (has('period')) return 'values';
  if (header.periods.length > 0) return 'wide';
  if (has('title')) return 'indicators';
  return null;
}

function checkRequired(sheet: ClassifiedSheet, findings: Findings): boolean {
  let complete = true;
  for (const field of REQUIRED[sheet.role]) {
    if (sheet.header.fields.has(field)) continue;
    complete = false;
    findings.error(
      'missing-column',
      `the ${sheet.grid.name} sheet has no ${describeField(field)} column in its header row (row ${sheet.header.row})${couldServe(sheet, field)}`,
      findings.at(sheet.grid.name, sheet.header.row, 1),
    );
  }
  return complete;
}

/** `: a column such as "Amount" could serve; rename it Value`: unread columns whose cells fit the missing field. */
function couldServe(sheet: ClassifiedSheet, field: Field): string {
  const fits = (cell: CellValue): boolean =>
    field === 'value' ? readNumber(cell).kind === 'number' : field === 'period' ? cellPeriod(cell) !== null : cell.kind === 'text' && readNumber(cell).kind !== 'number';
  const below = sheet.grid.rows.filter((r) => r.row > sheet.header.row).slice(0, 20);
  const candidates = sheet.header.unrecognised.filter(({ column }) => {
    const cells = below.map((r) => r.cells.get(column)).filter((c) => c !== undefined);
    return cells.length > 0 && cells.every(fits);
  });
  const names = candidates.map((c) => describeCell(c.header)).slice(0, 3);
  return names.length === 0 ? '' : `: a column such as ${names.join(' or ')} could serve; rename it ${FIELD_NAMES[field]}`;
}

/** Header cells as written, lower-cased and without punctuation, for spotting what could serve as an ID. */
const ID_LIKE = /indicator|measure|kpi|code|ref|metric|series|variable|statistic|name|title/;
/** Whether a column's first figures are words (an indicator's name or code), not numbers: a count names nothing. */
function holdsWords(grid: SheetGrid, headerRow: number, column: number): boolean {
  const cells = grid.rows.filter((r) => r.row > headerRow).slice(0, 20).map((r) => r.cells.get(column)).filter((c) => c !== undefined);
  return cells.length > 0 && cells.every((c) => c.kind === 'text' && readNumber(c).kind !== 'number');
}

/** Codes and names of places or times (`region_code`, `old_la_code`) name no indicator. */
const PLACE_OR_TIME = /country|region|area|geo|organi[sz]ation|^la|^oldla|^newla|ward|lsoa|msoa|time|date|year|month/;

/**
 * A sheet with Period and Value but no ID: say exactly which column is missing and which of its columns could
 * serve (an open-data file's `indicator` or `measure`), rather than that there is no Values sheet at all.
 */
function reportMissingId(grid: SheetGrid, header: HeaderRow, findings: Findings): void {
  const cells = grid.rows.find((r) => r.row === header.row)?.cells;
  const written = (column: number): string | null => {
    const cell = cells?.get(column);
    return cell?.kind === 'text' ? cell.text.trim() : null;
  };
  const columns = [...header.fields.entries(), ...header.repeatedFields.map((r) => [r.field, r.column] as const)];
  const found = columns.sort((a, b) => a[1] - b[1]).map(([field, column]) => written(column) ?? FIELD_NAMES[field]);
  const titleLike = [header.fields.get('title'), ...header.repeatedFields.filter((r) => r.field === 'title').map((r) => r.column)];
  const unread = header.unrecognised.map((u) => u.column);
  const candidates = [...titleLike, ...unread]
    .filter((c): c is number => c !== undefined)
    .filter((column) => holdsWords(grid, header.row, column))
    .map(written)
    .filter((text): text is string => text !== null && ID_LIKE.test(headerKey(text)) && !PLACE_OR_TIME.test(headerKey(text)));
  const serve =
    candidates.length > 0
      ? `a column such as ${candidates.slice(0, 3).map((c) => `"${c}"`).join(' or ')} could serve: rename it ID, or add an ID column with a short reference for each indicator`
      : `add an ID column with a short reference for each indicator (a column headed Ref or Code also serves)`;
  const others = (['period', 'value'] as const).filter((f) => !header.fields.has(f)).map((f) => FIELD_NAMES[f]);
  const missing = others.length === 0 ? 'ID column' : `ID or ${others.join(' or ')} column`;
  findings.error(
    'missing-column',
    `found no ${missing} in the ${grid.name} sheet (columns ID, Period, Value); its header row (row ${header.row}) has ${found.map((f) => `"${f}"`).join(', ')}: ${serve}`,
    findings.at(grid.name, header.row, 1),
  );
}

function reportRepeatedColumns(sheet: ClassifiedSheet, findings: Findings): void {
  for (const { field, column, firstColumn } of sheet.header.repeatedFields) {
    findings.error(
      'duplicate-column',
      `a second ${FIELD_NAMES[field]} column; the first is column ${firstColumn}. Keep one`,
      findings.at(sheet.grid.name, sheet.header.row, column),
    );
  }
}

/** Every sheet boardpack recognises, in workbook order; a named sheet it cannot use is an error. */
export function classifySheets(grids: readonly SheetGrid[], findings: Findings): ClassifiedSheet[] {
  const sheets: ClassifiedSheet[] = [];
  const idless: { grid: SheetGrid; header: HeaderRow }[] = [];
  for (const grid of grids) {
    const named = ROLE_BY_NAME.get(headerKey(grid.name));
    const header = findHeaderRow(grid);
    const withoutId = header === null ? findHeaderRowWithoutId(grid) : null;
    if (withoutId !== null) {
      // An unnamed sheet of figures without IDs (chart data, say) matters only if there is no other to read.
      if (named !== undefined) reportMissingId(grid, withoutId, findings);
      else idless.push({ grid, header: withoutId });
      continue;
    }
    if (header === null) {
      if (named !== undefined) {
        findings.error(
          'missing-column',
          `the ${grid.name} sheet has no header row with an ${describeField('id')} column in its first ${HEADER_SCAN_ROWS} rows`,
          findings.sheet(grid.name),
        );
      }
      continue;
    }
    const byHeaders = roleByHeaders(header);
    // A Values or Indicators sheet laid out one column per quarter is a wide scorecard, whatever its name.
    const role = (named === 'values' || named === 'indicators') && byHeaders === 'wide' ? 'wide' : (named ?? byHeaders);
    if (role === null) continue;
    const sheet: ClassifiedSheet = { grid, header, role, complete: true };
    reportRepeatedColumns(sheet, findings);
    sheet.complete = checkRequired(sheet, findings);
    sheets.push(sheet);
  }
  if (!sheets.some((s) => s.role === 'values' || s.role === 'wide')) for (const { grid, header } of idless) reportMissingId(grid, header, findings);
  return sheets;
}

/** The national and regional comparators as the data sheets' headers name them (`Scotland`, `South East`): the first found. */
export function comparatorNames(sheets: readonly ClassifiedSheet[]): { national?: string; region?: string } {
  const names: { national?: string; region?: string } = {};
  for (const sheet of sheets.filter((s) => s.role === 'values' || s.role === 'wide')) {
    const cells = sheet.grid.rows.find((r) => r.row === sheet.header.row)?.cells;
    const named = (field: Field): string | null => {
      const column = sheet.header.fields.get(field);
      const cell = column === undefined ? undefined : cells?.get(column);
      return cell?.kind === 'text' ? comparatorHeaderName(cell.text) : null;
    };
    const national = named('england');
    const region = named('region');
    if (national !== null && names.national === undefined) names.national = national;
    if (region !== null && names.region === undefined) names.region = region;
  }
  return names;
}
