// The `Confirmed` column: an officer's mark that a queried figure (or an indicator's queries) has been checked with the service.
import type { Where } from '../diagnostics.js';
import type { CellValue } from './cell.js';
import type { Findings } from './place.js';

/** Marks officers type for "yes, checked": compared lower-case and trimmed. */
const YES: ReadonlySet<string> = new Set(['yes', 'y', 'true', 'x', '✓', '✔', 'confirmed', 'checked', 'ok']);
const NO: ReadonlySet<string> = new Set(['', 'no', 'n', 'false', '-', 'n/a']);

/** True for a yes mark; a blank or a no is false; anything else is false with a warning, so a typo never confirms a figure. */
export function readConfirmed(cell: CellValue, where: Where, findings: Findings): boolean {
  if (cell.kind === 'boolean') return cell.value;
  if (cell.kind === 'blank') return false;
  const text = cell.kind === 'text' ? cell.text.trim().toLowerCase() : cell.kind === 'number' ? String(cell.value) : '';
  if (YES.has(text)) return true;
  if (!NO.has(text)) {
    findings.warning('unknown-confirmed', `"${text}" in the Confirmed column is not read as confirmed: write yes (or y, x, ✓) to confirm the figure, or leave it blank`, where);
  }
  return false;
}
