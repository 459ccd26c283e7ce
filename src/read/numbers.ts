// Reading a number from a cell the way an officer typed it: 64.7%, 1,732, £800,000, n/a, a formula's result.
import type { CellValue } from './cell.js';

export type NumberReading =
  /** `percent`: the figure was shown as a percentage (a `%` format or a `64.7%` string); value is already 64.7. */
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'excel-error'; text: string }
  | { kind: 'uncalculated'; formula: string }
  | { kind: 'invalid' };

/** Markers officers use for "no figure": compared lower-case and trimmed. `*` is a suppressed small number. */
const MISSING_MARKERS: ReadonlySet<string> = new Set(['', 'n/a', 'na', '-', '–', '—', '*', 'no data', 'tbc']);

const MISSING: NumberReading = { kind: 'missing' };

/** Thousands must group in threes (`1,732`), so a stray comma (`17,32`) is not silently misread. */
// Exponent form (1E-05) is how Excel writes very small or large numbers into a CSV.
const NUMBER_TEXT = /^([+\-−]?)\s*(£?)\s*([+\-−]?)((?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+\-]?\d{1,3})?)\s*(%?)$/;

/** Undo the binary noise of scaling a stored fraction: 0.07 × 100 is 7.000000000000001. */
export function fractionToPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.trim().toLowerCase());
}

function readNumberText(text: string): NumberReading {
  if (isMissingMarker(text)) return MISSING;
  const m = NUMBER_TEXT.exec(text.trim());
  if (m === null) return { kind: 'invalid' };
  const [, signBefore, pound, signAfter, digits, percent] = m;
  if (signBefore !== '' && signAfter !== '') return { kind: 'invalid' };
  if (pound === '' && signAfter !== '') return { kind: 'invalid' };
  const negative = signBefore === '-' || signBefore === '−' || signAfter === '-' || signAfter === '−';
  const magnitude = Number(digits!.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return { kind: 'invalid' }; // 1E999 overflows
  if (percent !== '' && pound !== '') return { kind: 'invalid' };
  return { kind: 'number', value: negative ? -magnitude : magnitude, percent: percent === '%' };
}

export function readNumber(cell: CellValue): NumberReading {
  switch (cell.kind) {
    case 'blank':
      return MISSING;
    case 'number':
      return cell.percentFormat
        ? { kind: 'number', value: fractionToPercent(cell.value), percent: true }
        : { kind: 'number', value: cell.value, percent: false };
    case 'text':
      return readNumberText(cell.text);
    case 'error':
      return { kind: 'excel-error', text: cell.text };
    case 'uncalculated':
      return { kind: 'uncalculated', formula: cell.formula };
    case 'date':
    case 'boolean':
      return { kind: 'invalid' };
  }
}

/** Text from a cell for a label field (title, theme, owner...): numbers as written, trimmed; null if blank. */
export function readText(cell: CellValue): string | null {
  switch (cell.kind) {
    case 'text': {
      const text = cell.text.trim();
      return text === '' ? null : text;
    }
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
    case 'uncalculated':
    case 'blank':
      return null;
  }
}
