// Headers a sheet has that boardpack does not read: ignored with a warning, or an error where a period was meant.
import { describeCell } from './grid.js';
import type { Findings } from './place.js';
import type { ClassifiedSheet } from './sheets.js';

/** A header that was meant as a quarter but is not one: `Qtr 3`, `2016`, `Q3 2016`. */
const LOOKS_LIKE_PERIOD =
  /\b(?:q|qtr|quarter)\s*\d|\d{4}|\b\d{1,2}\/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

export const PERIOD_HINT = 'write quarters as 2016-17 Q3, Q3 2016/17, Oct-Dec 2016 or Dec 2016';

export function reportUnreadColumns(sheet: ClassifiedSheet, findings: Findings): void {
  const { grid, header, role } = sheet;
  for (const { column, header: cell } of header.unrecognised) {
    const where = findings.at(grid.name, header.row, column);
    const written = describeCell(cell);
    const meantAsPeriod = role === 'wide' && (cell.kind === 'number' || (cell.kind === 'text' && LOOKS_LIKE_PERIOD.test(cell.text)));
    if (meantAsPeriod) findings.error('not-a-period', `${written} is not a period (${PERIOD_HINT})`, where);
    else findings.warning('unknown-column', `boardpack does not read a column headed ${written}; it was ignored`, where);
  }
}
