// A table row laid out: each cell's lines, fill, text colour and tag, so rows can be measured, moved and split.
import type { Align, HouseStyle, Table, TableCell, TableRow } from '../../../model/types.js';
import { textColourOn } from '../../../colour.js';
import type { RenderContext } from '../context.js';
import { inlineRuns, plainText } from '../inline.js';
import type { Line } from '../lines.js';
import { COLOUR, RAG_FILL, SPACING, TABLE_TEXT } from '../layout.js';
import { layoutLines } from '../textFlow.js';

export type CellRole = 'columnHeader' | 'rowHeader' | 'data';

export interface CellLayout {
  cell: TableCell;
  role: CellRole;
  lines: Line[];
  x: number;
  width: number;
  align: Align;
  fill: string | null;
  colour: string;
}

export interface RowLayout {
  row: TableRow;
  cells: CellLayout[];
  /** Full height: the tallest cell's lines plus padding. */
  height: number;
}

/** Header words of a column that names the row's indicator: its code or its title. */
const INDICATOR_HEADER = /^(ref|reference|id|code|kpi|pi|indicator|indicator id|measure|title)$/i;

/**
 * The leading columns that name each row's indicator (`Ref`, `Indicator`) in a data table, found from its first
 * header row. Their cells are row headers (TH, Scope Row), so a screen reader says which indicator a figure is for.
 */
export function indicatorColumns(table: Table, cellText: (cell: TableCell) => string): number {
  const header = table.header[0];
  if (table.role !== 'data' || header === undefined) return 0;
  let count = 0;
  while (count < header.cells.length - 1 && INDICATOR_HEADER.test(cellText(header.cells[count] as TableCell).trim())) count += 1;
  return count;
}

function roleOf(table: Table, isHeader: boolean, column: number, rowHeaderColumns: number): CellRole {
  if (isHeader) return 'columnHeader';
  if (table.role === 'keyValue') return column === 0 ? 'rowHeader' : 'data';
  return column < rowHeaderColumns ? 'rowHeader' : 'data';
}

/** Fills: RAG status, else the house table-header fill for the header row and a front sheet's labels. */
function fillOf(table: Table, cell: TableCell, role: CellRole, style: HouseStyle): string | null {
  if (cell.status !== null) return RAG_FILL[cell.status];
  if (role === 'columnHeader' || (role === 'rowHeader' && table.role === 'keyValue')) return style.colours.tableHeader;
  return null;
}

export function linesHeight(lineCount: number): number {
  return lineCount * TABLE_TEXT.lineHeight + 2 * SPACING.cellPadding;
}

export function layoutRow(ctx: RenderContext, table: Table, row: TableRow, isHeader: boolean, left: number, widths: readonly number[]): RowLayout {
  let x = left;
  const style = ctx.options.style;
  const rowHeaderColumns = indicatorColumns(table, (cell) => plainText(cell.children));
  const cells = row.cells.map((cell, i): CellLayout => {
    const width = widths[i] ?? 0;
    const role = roleOf(table, isHeader, i, rowHeaderColumns);
    // A data table's indicator cells are tagged as row headers but set as the rest of the row.
    const bold = (role !== 'data' && !(role === 'rowHeader' && table.role === 'data')) || cell.status !== null;
    const fill = fillOf(table, cell, role, style);
    const lines = layoutLines(ctx, inlineRuns(cell.children, { bold }), Math.max(width - 2 * SPACING.cellPadding, 1), TABLE_TEXT.size);
    const layout: CellLayout = {
      cell,
      role,
      lines,
      x,
      width,
      align: table.columns[i]?.align ?? 'left',
      fill,
      colour: cell.status !== null ? COLOUR.white : fill === null ? COLOUR.text : textColourOn(fill),
    };
    x += width;
    return layout;
  });
  const tallest = Math.max(1, ...cells.map((c) => c.lines.length));
  return { row, cells, height: linesHeight(tallest) };
}
