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

/** Capacity for `length` items at least, doubling: a sheet's size is not known until it has been read. */
function grown<T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number, make: (size: number) => T): T {
  if (length <= array.length) return array;
  const larger = make(Math.max(length, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Writes a sheet in the wire form as its cells come, row by row: the fast reader writes each cell as it reads it,
 * so no grid of cell objects is built and held first (and then encoded) in the worker.
 */
export class WireWriter {
  private rowNumbers = new Int32Array(256);
  private rowStart = new Int32Array(257);
  private columns = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private numbers = new Float64Array(1024);
  private textAt = new Int32Array(1024);
  private rowCount = 0;
  private cellCount = 0;
  private readonly strings: string[] = [];
  private readonly stringAt = new Map<string, number>();

  /** Starts the next row; its cells follow. */
  row(row: number): void {
    this.rowNumbers = grown(this.rowNumbers, this.rowCount + 1, (n) => new Int32Array(n));
    this.rowStart = grown(this.rowStart, this.rowCount + 2, (n) => new Int32Array(n));
    this.rowNumbers[this.rowCount] = row;
    this.rowStart[this.rowCount] = this.cellCount;
    this.rowCount += 1;
  }

  private textIndex(text: string): number {
    let index = this.stringAt.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.stringAt.set(text, index);
    }
    return index;
  }

  /** A cell of the row last started. */
  cell(column: number, cell: CellValue): void {
    const at = this.cellCount;
    if (at >= this.columns.length) {
      this.columns = grown(this.columns, at + 1, (n) => new Int32Array(n));
      this.kinds = grown(this.kinds, at + 1, (n) => new Uint8Array(n));
      this.numbers = grown(this.numbers, at + 1, (n) => new Float64Array(n));
      this.textAt = grown(this.textAt, at + 1, (n) => new Int32Array(n));
    }
    this.cellCount += 1;
    this.columns[at] = column;
    this.numbers[at] = 0;
    this.textAt[at] = -1;
    switch (cell.kind) {
      case 'number':
        this.kinds[at] = cell.percentFormat ? KIND.percent : KIND.number;
        this.numbers[at] = cell.value;
        break;
      case 'date':
        this.kinds[at] = KIND.date;
        this.numbers[at] = cell.date.getTime();
        break;
      case 'boolean':
        this.kinds[at] = KIND.boolean;
        this.numbers[at] = cell.value ? 1 : 0;
        break;
      case 'text':
      case 'error':
        this.kinds[at] = KIND[cell.kind];
        this.textAt[at] = this.textIndex(cell.text);
        break;
      case 'uncalculated':
        this.kinds[at] = KIND.uncalculated;
        this.textAt[at] = this.textIndex(cell.formula);
        break;
      case 'blank':
        this.kinds[at] = KIND.blank;
    }
  }

  /** The sheet written, its arrays cut to what they hold. */
  sheet(name: string): WireSheet {
    this.rowStart[this.rowCount] = this.cellCount;
    return {
      name,
      rowNumbers: this.rowNumbers.slice(0, this.rowCount),
      rowStart: this.rowStart.slice(0, this.rowCount + 1),
      columns: this.columns.slice(0, this.cellCount),
      kinds: this.kinds.slice(0, this.cellCount),
      numbers: this.numbers.slice(0, this.cellCount),
      textAt: this.textAt.slice(0, this.cellCount),
      strings: this.strings,
    };
  }
}

function encodeSheet(sheet: SheetGrid): WireSheet {
  const writer = new WireWriter();
  for (const row of sheet.rows) {
    writer.row(row.row);
    for (const [column, cell] of row.cells) writer.cell(column, cell);
  }
  return writer.sheet(sheet.name);
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
