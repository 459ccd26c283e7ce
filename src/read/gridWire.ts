// Sheet grids in the compact form the workbook worker sends them in. Structured cloning 130,000 small cell objects
// held in Maps (1,000 indicators × 12 quarters) took longer than reading the workbook; flat typed arrays, moved
// without copying, and each distinct text once, cross the thread boundary in a few milliseconds.
import type { CellValue } from './cell.js';
import type { GridRow, SheetGrid } from './grid.js';

/** One sheet: row i holds cells rowStart[i] to rowStart[i + 1] - 1; each cell's kind, column, number and text. */
export interface WireSheet {
  name: string;
  rowNumbers: Int32Array;
  rowStart: Int32Array;
  columns: Int32Array;
  kinds: Uint8Array;
  /** A number's value, a date's milliseconds since 1970, a boolean as 1 or 0; 0 otherwise. */
  numbers: Float64Array;
  /** A text, error or formula's words, as its place in `strings`; -1 for the other kinds. */
  textAt: Int32Array;
  /** Each distinct text once: a long sheet repeats its IDs and period labels on every row. */
  strings: string[];
}

const KINDS = ['number', 'percent', 'text', 'date', 'boolean', 'error', 'uncalculated', 'blank'] as const;
const KIND: Record<(typeof KINDS)[number], number> = { number: 0, percent: 1, text: 2, date: 3, boolean: 4, error: 5, uncalculated: 6, blank: 7 };

function encodeSheet(sheet: SheetGrid): WireSheet {
  let count = 0;
  for (const row of sheet.rows) count += row.cells.size;
  const wire: WireSheet = {
    name: sheet.name,
    rowNumbers: new Int32Array(sheet.rows.length),
    rowStart: new Int32Array(sheet.rows.length + 1),
    columns: new Int32Array(count),
    kinds: new Uint8Array(count),
    numbers: new Float64Array(count),
    textAt: new Int32Array(count).fill(-1),
    strings: [],
  };
  const stringAt = new Map<string, number>();
  const textIndex = (text: string): number => {
    let index = stringAt.get(text);
    if (index === undefined) {
      index = wire.strings.push(text) - 1;
      stringAt.set(text, index);
    }
    return index;
  };
  let at = 0;
  sheet.rows.forEach((row, i) => {
    wire.rowNumbers[i] = row.row;
    wire.rowStart[i] = at;
    for (const [column, cell] of row.cells) {
      wire.columns[at] = column;
      switch (cell.kind) {
        case 'number':
          wire.kinds[at] = cell.percentFormat ? KIND.percent : KIND.number;
          wire.numbers[at] = cell.value;
          break;
        case 'date':
          wire.kinds[at] = KIND.date;
          wire.numbers[at] = cell.date.getTime();
          break;
        case 'boolean':
          wire.kinds[at] = KIND.boolean;
          wire.numbers[at] = cell.value ? 1 : 0;
          break;
        case 'text':
        case 'error':
          wire.kinds[at] = KIND[cell.kind];
          wire.textAt[at] = textIndex(cell.text);
          break;
        case 'uncalculated':
          wire.kinds[at] = KIND.uncalculated;
          wire.textAt[at] = textIndex(cell.formula);
          break;
        case 'blank':
          wire.kinds[at] = KIND.blank;
      }
      at += 1;
    }
  });
  wire.rowStart[sheet.rows.length] = at;
  return wire;
}

function decodeCell(wire: WireSheet, at: number): CellValue {
  const kind = KINDS[wire.kinds[at] ?? KIND.blank] ?? 'blank';
  const number = wire.numbers[at] ?? 0;
  const text = wire.strings[wire.textAt[at] ?? -1] ?? '';
  switch (kind) {
    case 'number':
    case 'percent':
      return { kind: 'number', value: number, percentFormat: kind === 'percent' };
    case 'date':
      return { kind: 'date', date: new Date(number) };
    case 'boolean':
      return { kind: 'boolean', value: number === 1 };
    case 'text':
    case 'error':
      return { kind, text };
    case 'uncalculated':
      return { kind: 'uncalculated', formula: text };
    case 'blank':
      return { kind: 'blank' };
  }
}

function decodeSheet(wire: WireSheet): SheetGrid {
  const rows: GridRow[] = [];
  for (let i = 0; i < wire.rowNumbers.length; i++) {
    const cells = new Map<number, CellValue>();
    for (let at = wire.rowStart[i] ?? 0; at < (wire.rowStart[i + 1] ?? 0); at++) cells.set(wire.columns[at] ?? 0, decodeCell(wire, at));
    rows.push({ row: wire.rowNumbers[i] ?? 0, cells });
  }
  return { name: wire.name, rows };
}

export function encodeGrids(sheets: readonly SheetGrid[]): WireSheet[] {
  return sheets.map(encodeSheet);
}

export function decodeGrids(wire: readonly WireSheet[]): SheetGrid[] {
  return wire.map(decodeSheet);
}

/** The typed arrays' buffers, to move with the message rather than copy. */
export function wireBuffers(wire: readonly WireSheet[]): ArrayBuffer[] {
  return wire.flatMap((s) => [s.rowNumbers, s.rowStart, s.columns, s.kinds, s.numbers, s.textAt].map((a) => a.buffer as ArrayBuffer));
}
