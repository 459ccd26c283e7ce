// Deciding what each sheet is (indicators, long values, wide scorecard, commentary) by its name and headers.
import type { SheetGrid } from './grid.js';
import { FIELD_NAMES, comparatorHeaderName, describeField, headerKey } from './headers.js';
import type { Field } from './headers.js';
import type { Findings } from './place.js';
import { HEADER_SCAN_ROWS, findHeaderRow } from './table.js';
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
      `the ${sheet.grid.name} sheet has no ${describeField(field)} column in its header row (row ${sheet.header.row})`,
      findings.at(sheet.grid.name, sheet.header.row, 1),
    );
  }
  return complete;
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
  for (const grid of grids) {
    const named = ROLE_BY_NAME.get(headerKey(grid.name));
    const header = findHeaderRow(grid);
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
