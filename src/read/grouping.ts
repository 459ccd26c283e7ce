// Repeated problems as one: the same message in one column of one sheet, `Values!E2:E222: "Applications" is not a unit (221 cells)`.
import type { Diagnostic } from '../diagnostics.js';

const CELL = /^([A-Z]{1,3})(\d+)$/;

/** The count goes after what is wrong, before what to do: `"Applications" is not a unit (221 cells): write percent, …`. */
function withCount(message: string, cells: number): string {
  const advice = /[:;] /.exec(message);
  const count = ` (${cells} cells)`;
  return advice === null ? `${message}${count}` : `${message.slice(0, advice.index)}${count}${message.slice(advice.index)}`;
}

/** Grouped where the same words recur down a column; each group stands where its first problem stood. */
export function groupRepeated(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, { first: Diagnostic; column: string; rows: number[] }>();
  const order: (Diagnostic | string)[] = [];
  for (const d of diagnostics) {
    const cell = d.where.cell === undefined ? null : CELL.exec(d.where.cell);
    if (cell === null || d.where.sheet === undefined) {
      order.push(d);
      continue;
    }
    const key = [d.severity, d.code, d.where.file ?? '', d.where.sheet, cell[1], d.message].join('\u0000');
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: d, column: cell[1]!, rows: [Number(cell[2])] });
      order.push(key);
    } else group.rows.push(Number(cell[2]));
  }
  return order.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const { first, column, rows } = groups.get(entry)!;
    if (rows.length === 1) return first;
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    return { ...first, message: withCount(first.message, rows.length), where: { ...first.where, cell: `${column}${top}:${column}${bottom}` } };
  });
}
