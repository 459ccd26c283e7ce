// A table row laid out: each cell's lines, fill, text colour and tag, so rows can be measured, moved and split.
import type { Align, Table, TableCell, TableRow } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns } from '../inline.js';
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

function roleOf(table: Table, isHeader: boolean, column: number): CellRole {
  if (isHeader) return 'columnHeader';
  return table.role === 'keyValue' && column === 0 ? 'rowHeader' : 'data';
}

function fillOf(cell: TableCell, role: CellRole): string | null {
  if (cell.status !== null) return RAG_FILL[cell.status];
  if (role === 'columnHeader') return COLOUR.headerFill;
  if (role === 'rowHeader') return COLOUR.keyFill;
  return null;
}

export function linesHeight(lineCount: number): number {
  return lineCount * TABLE_TEXT.lineHeight + 2 * SPACING.cellPadding;
}

export function layoutRow(ctx: RenderContext, table: Table, row: TableRow, isHeader: boolean, left: number, widths: readonly number[]): RowLayout {
  let x = left;
  const cells = row.cells.map((cell, i): CellLayout => {
    const width = widths[i] ?? 0;
    const role = roleOf(table, isHeader, i);
    const bold = role !== 'data' || cell.status !== null;
    const lines = layoutLines(ctx, inlineRuns(cell.children, { bold }), Math.max(width - 2 * SPACING.cellPadding, 1), TABLE_TEXT.size);
    const layout: CellLayout = {
      cell,
      role,
      lines,
      x,
      width,
      align: table.columns[i]?.align ?? 'left',
      fill: fillOf(cell, role),
      colour: cell.status !== null ? COLOUR.white : COLOUR.text,
    };
    x += width;
    return layout;
  });
  const tallest = Math.max(1, ...cells.map((c) => c.lines.length));
  return { row, cells, height: linesHeight(tallest) };
}
