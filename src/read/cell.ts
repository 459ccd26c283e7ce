// One normalising function for every kind of cell value exceljs (or a CSV field) can give us.

/** A cell as the rest of read/ sees it: plain data that crosses a worker boundary intact. */
export type CellValue =
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string }
  /** A formula saved without its result (written by a program, never opened in Excel). */
  | { kind: 'uncalculated'; formula: string }
  | { kind: 'blank' };

const BLANK: CellValue = { kind: 'blank' };

/**
 * Whether a number format scales by 100 (`0.0%`). A `%` inside quotes or after a backslash is printed
 * literally and does not scale, so `0.0"%"` shows 64.7 for 64.7.
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  const unquoted = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Rich text is a list of runs; its text is the runs joined. */
function richText(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value['richText'])) return null;
  return value['richText'].map((run: unknown) => (isRecord(run) && typeof run['text'] === 'string' ? run['text'] : '')).join('');
}

function fromText(text: string): CellValue {
  return text.trim() === '' ? BLANK : { kind: 'text', text };
}

/**
 * Normalise an exceljs `cell.value` with its number format. Formulas give their cached result; hyperlinks
 * their display text (itself possibly rich text); errors their code (`#DIV/0!`). Never uses `cell.text`,
 * which prints `[object Object]` for an error result.
 */
export function normaliseCell(value: unknown, numFmt?: string): CellValue {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, percentFormat: isPercentFormat(numFmt) } : BLANK;
  }
  if (typeof value === 'string') return fromText(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? BLANK : { kind: 'date', date: value };
  if (!isRecord(value)) return BLANK;
  const rich = richText(value);
  if (rich !== null) return fromText(rich);
  if (typeof value['error'] === 'string') return { kind: 'error', text: value['error'] };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value['result'];
    if (result === undefined || result === null) {
      const formula = value['formula'] ?? value['sharedFormula'];
      return { kind: 'uncalculated', formula: typeof formula === 'string' ? formula : '' };
    }
    return normaliseCell(result, numFmt);
  }
  if ('hyperlink' in value || 'text' in value) return normaliseCell(value['text'], numFmt);
  return BLANK;
}
