// A sheet as plain rows of normalised cells, whatever it was read from (xlsx via exceljs, or CSV).
import type { CellValue } from './cell.js';

/** One non-empty row: cells by 1-based column number; blank cells are left out. */
export interface GridRow {
  row: number;
  cells: Map<number, CellValue>;
}

export interface SheetGrid {
  /** The sheet's name as the user sees it; for a CSV, the file's name. */
  name: string;
  /** Non-empty rows in order. */
  rows: GridRow[];
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 → column 1; AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `C14` */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function cellAt(row: GridRow, column: number | undefined): CellValue {
  if (column === undefined) return { kind: 'blank' };
  return row.cells.get(column) ?? { kind: 'blank' };
}

/** How a cell reads back to a person in a message: `"sixty"`, `42705`, `#DIV/0!`. */
export function describeCell(cell: CellValue): string {
  switch (cell.kind) {
    case 'text':
      return `"${cell.text.trim()}"`;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.text;
    case 'uncalculated':
      return `=${cell.formula}`;
    case 'blank':
      return 'a blank cell';
  }
}
