// The ID cell of a data row: an indicator reference, or a blank row to skip, or a row missing its ID.
import { cellAt } from './grid.js';
import type { GridRow } from './grid.js';
import { readText } from './numbers.js';
import type { Findings } from './place.js';

export type RowId = { kind: 'id'; id: string } | { kind: 'skip' };

/**
 * Rows with nothing in the ID column are blank separators unless something else in the row is filled in, in
 * which case the officer forgot the ID and we say so. An ID with nothing beside it is a note, not an indicator.
 */
export function readRowId(row: GridRow, idColumn: number, sheet: string, usedColumns: ReadonlySet<number>, findings: Findings): RowId {
  const id = readText(cellAt(row, idColumn));
  let filled = false;
  for (const [column, cell] of row.cells) {
    if (column !== idColumn && usedColumns.has(column) && cell.kind !== 'blank') {
      filled = true;
      break;
    }
  }
  if (id !== null && filled) return { kind: 'id', id };
  // Footnotes under the table ("* suppressed: fewer than 5 children") sit alone in the first column.
  if (id !== null) findings.warning('note-row', `"${id}" has nothing else on its row; it was taken as a note and skipped`, findings.at(sheet, row.row, idColumn));
  else if (filled) findings.error('missing-id', 'this row has figures but no indicator ID', findings.at(sheet, row.row, idColumn));
  return { kind: 'skip' };
}
