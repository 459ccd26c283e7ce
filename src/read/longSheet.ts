// The long layout: one row per indicator and quarter (ID, Period, Value, Target, numerator, comparators).
import type { Month } from '../month.js';
import type { Period } from '../period.js';
import type { CellValue } from './cell.js';
import { PERIOD_HINT } from './columns.js';
import type { ObservationDraft } from './draft.js';
import { readConfirmed } from './confirmed.js';
import { readFigure, type Figure } from './figures.js';
import { cellAt, describeCell } from './grid.js';
import type { GridRow } from './grid.js';
import type { Field } from './headers.js';
import { readIndicatorFields } from './indicatorFields.js';
import type { Findings } from './place.js';
import type { IndicatorRegistry } from './registry.js';
import { readRowId } from './rowIds.js';
import type { ClassifiedSheet } from './sheets.js';
import { cellMonth, cellPeriod, dataRows } from './table.js';

const FIGURES = [
  ['value', 'value'],
  ['target', 'target'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['statisticalNeighbours', 'statistical neighbours figure'],
  ['england', 'England figure'],
  ['region', 'regional figure'],
] as const satisfies readonly (readonly [Field, string])[];

const NO_FIGURE: Figure = { value: null, percent: false };

type FigureField = (typeof FIGURES)[number][0];
/** Each figure's place in FIGURES, so a row's figures are read by name. */
const FIGURE_AT = Object.fromEntries(FIGURES.map(([field], i) => [field, i])) as Record<FigureField, number>;

type RowPeriod = { period: Period; month: Month | null } | null;

/** A sheet's period labels, each read once: a long sheet repeats a dozen labels over thousands of rows. */
type PeriodsRead = Map<string, RowPeriod>;

function cellRowPeriod(cell: CellValue, read: PeriodsRead): RowPeriod {
  if (cell.kind !== 'text') {
    const period = cellPeriod(cell);
    return period === null ? null : { period, month: cellMonth(cell) };
  }
  let found = read.get(cell.text);
  if (found === undefined) {
    const period = cellPeriod(cell);
    read.set(cell.text, (found = period === null ? null : { period, month: cellMonth(cell) }));
  }
  return found;
}

function readRowPeriod(sheet: ClassifiedSheet, row: GridRow, read: PeriodsRead, findings: Findings): RowPeriod {
  const column = sheet.header.fields.get('period')!;
  const cell = cellAt(row, column);
  const where = findings.at(sheet.grid.name, row.row, column);
  if (cell.kind === 'blank') {
    findings.error('missing-period', 'this row has no period', where);
    return null;
  }
  const when = cellRowPeriod(cell, read);
  if (when === null) findings.error('not-a-period', `${describeCell(cell)} is not a period (${PERIOD_HINT})`, where);
  return when;
}

/** Indicator columns on a values sheet, without Target or Confirmed: there they belong to the quarter's row, not the indicator. */
function indicatorColumns(sheet: ClassifiedSheet): Map<Field, number> {
  const columns = new Map(sheet.header.fields);
  columns.delete('target');
  columns.delete('confirmed');
  return columns;
}

/**
 * `definesIndicators`: with no Indicators sheet, the Title, Polarity, Unit... repeated on each row define the
 * indicators (the usual shape of a CSV).
 */
export function readLongSheet(sheet: ClassifiedSheet, registry: IndicatorRegistry, definesIndicators: boolean, findings: Findings): ObservationDraft[] {
  const { grid, header } = sheet;
  const idColumn = header.fields.get('id')!;
  const used = new Set(header.fields.values());
  const ownColumns = indicatorColumns(sheet);
  const drafts: ObservationDraft[] = [];
  const definedHere = new Set<string>();
  const periodsRead: PeriodsRead = new Map();
  const figureColumns = FIGURES.map(([field, label]) => ({ column: header.fields.get(field), label }));
  const valueColumn = header.fields.get('value')!;
  const targetColumn = header.fields.get('target');
  const confirmedColumn = header.fields.get('confirmed');
  for (const row of dataRows(grid, header)) {
    const rowId = readRowId(row, idColumn, grid.name, used, findings);
    if (rowId.kind === 'skip') continue;
    const idWhere = findings.at(grid.name, row.row, idColumn);
    if (definesIndicators) {
      const fields = readIndicatorFields({ row, sheet: grid.name, columns: ownColumns, findings }, 'labelled');
      if (!registry.has(rowId.id)) definedHere.add(rowId.id);
      registry.addOrMerge({ id: rowId.id, fields, where: idWhere, row: row.row });
    }
    const when = readRowPeriod(sheet, row, periodsRead, findings);
    const figures = figureColumns.map(({ column, label }) =>
      column === undefined ? NO_FIGURE : readFigure(cellAt(row, column), label, () => findings.at(grid.name, row.row, column), findings),
    );
    if (when === null) continue;
    const figure = (field: FigureField): Figure => figures[FIGURE_AT[field]] ?? NO_FIGURE;
    const target = figure('target').value;
    const confirmed = confirmedColumn !== undefined && readConfirmed(cellAt(row, confirmedColumn), findings.at(grid.name, row.row, confirmedColumn), findings);
    drafts.push({
      observation: {
        id: rowId.id,
        period: when.period,
        value: figure('value').value,
        target,
        numerator: figure('numerator').value,
        denominator: figure('denominator').value,
        statisticalNeighbours: figure('statisticalNeighbours').value,
        england: figure('england').value,
        region: figure('region').value,
        where: findings.at(grid.name, row.row, valueColumn),
        ...(confirmed ? { confirmed: true } : {}),
      },
      month: when.month,
      shownAsPercent: figure('value').percent || figure('target').percent,
      idWhere,
      targetWhere: target !== null && targetColumn !== undefined ? findings.at(grid.name, row.row, targetColumn) : null,
      row: row.row,
      sheet: grid.name,
    });
  }
  for (const id of header.fields.has('title') ? definedHere : []) {
    const entry = registry.get(id)!;
    if (entry.fields.title === null) findings.error('missing-title', `indicator "${id}" has no title on any of its rows`, entry.where);
  }
  return drafts;
}
