// Finding a sheet's header row (title and blank rows often sit above it) and which column holds each field.
import { parseMonth, type Month } from '../month.js';
import { parsePeriod, periodOfMonth } from '../period.js';
import type { Period } from '../period.js';
import type { CellValue } from './cell.js';
import type { GridRow, SheetGrid } from './grid.js';
import { fieldOfHeader } from './headers.js';
import type { Field } from './headers.js';

/** How far down to look for the header row: past a title block, not through the data. */
export const HEADER_SCAN_ROWS = 30;

export interface PeriodColumn {
  column: number;
  period: Period;
  /** The month the header names (`Apr 2022`), or null for a quarter. */
  month: Month | null;
}

export interface HeaderRow {
  row: number;
  /** The first column of each recognised field. */
  fields: Map<Field, number>;
  /** Later columns with the same field as an earlier one. */
  repeatedFields: { field: Field; column: number; firstColumn: number }[];
  /** Columns whose header is a period label (the wide layout). */
  periods: PeriodColumn[];
  /** Columns whose header is neither a field nor a period, with the header as written. */
  unrecognised: { column: number; header: CellValue }[];
}

function headerText(cell: CellValue): string | null {
  return cell.kind === 'text' ? cell.text : null;
}

/** The calendar month a cell names (`Apr 2022`, `2022-04`, a date), or null (a quarter, a number, anything else). */
export function cellMonth(cell: CellValue): Month | null {
  if (cell.kind === 'text') return parseMonth(cell.text);
  if (cell.kind === 'date') return parseMonth(cell.date);
  return null;
}

/**
 * The quarter a cell names: text such as `Q3 2016/17`, a month (`Dec 2016`, `2016-12`: the quarter it falls in), or a
 * date-formatted cell. Numbers never do.
 */
export function cellPeriod(cell: CellValue): Period | null {
  const period = cell.kind === 'text' ? parsePeriod(cell.text) : cell.kind === 'date' ? parsePeriod(cell.date) : null;
  if (period !== null) return period;
  const month = cellMonth(cell);
  return month === null ? null : periodOfMonth(month.year, month.month);
}

function readHeaderRow(row: GridRow): HeaderRow {
  const header: HeaderRow = { row: row.row, fields: new Map(), repeatedFields: [], periods: [], unrecognised: [] };
  const columns = [...row.cells.keys()].sort((a, b) => a - b);
  for (const column of columns) {
    const cell = row.cells.get(column)!;
    const text = headerText(cell);
    const field = text === null ? null : fieldOfHeader(text);
    if (field !== null) {
      const firstColumn = header.fields.get(field);
      if (firstColumn === undefined) header.fields.set(field, column);
      else header.repeatedFields.push({ field, column, firstColumn });
      continue;
    }
    const period = cellPeriod(cell);
    if (period !== null) header.periods.push({ column, period, month: cellMonth(cell) });
    else header.unrecognised.push({ column, header: cell });
  }
  return header;
}

/** The first row near the top with an ID column and at least one other field or period beside it. */
export function findHeaderRow(grid: SheetGrid): HeaderRow | null {
  for (const row of grid.rows) {
    if (row.row > HEADER_SCAN_ROWS) break;
    const header = readHeaderRow(row);
    if (header.fields.has('id') && (header.fields.size > 1 || header.periods.length > 0)) return header;
  }
  return null;
}

/** Without an ID column: the first row near the top with at least two recognised fields (Period and Value, say). */
export function findHeaderRowWithoutId(grid: SheetGrid): HeaderRow | null {
  for (const row of grid.rows) {
    if (row.row > HEADER_SCAN_ROWS) break;
    const header = readHeaderRow(row);
    if (header.fields.size + header.repeatedFields.length >= 2 && (header.fields.has('period') || header.fields.has('value') || header.periods.length > 0)) return header;
  }
  return null;
}

/** Rows below the header. */
export function dataRows(grid: SheetGrid, header: HeaderRow): GridRow[] {
  return grid.rows.filter((r) => r.row > header.row);
}
