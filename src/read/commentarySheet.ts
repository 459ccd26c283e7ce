// The Commentary sheet: officers' narrative per indicator and section, kept as written.
import { PERIOD_HINT } from './columns.js';
import { cellAt, describeCell } from './grid.js';
import type { CellValue } from './cell.js';
import { readText } from './numbers.js';
import type { Findings } from './place.js';
import type { IndicatorRegistry } from './registry.js';
import { readRowId } from './rowIds.js';
import type { ClassifiedSheet } from './sheets.js';
import { cellPeriod, dataRows } from './table.js';
import { checkCommentaryLength } from './textLength.js';
import type { Commentary } from './types.js';

/** Paragraphs and `- ` bullets survive; only Windows line endings and the text's outer blank space go. */
function narrativeText(cell: CellValue): string | null {
  if (cell.kind !== 'text') return readText(cell);
  const text = cell.text.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

export function readCommentarySheet(sheet: ClassifiedSheet, registry: IndicatorRegistry, findings: Findings): Commentary[] {
  const { grid, header } = sheet;
  const idColumn = header.fields.get('id')!;
  const sectionColumn = header.fields.get('section')!;
  const textColumn = header.fields.get('text')!;
  const periodColumn = header.fields.get('period');
  const used = new Set(header.fields.values());
  const commentary: Commentary[] = [];
  for (const row of dataRows(grid, header)) {
    const text = narrativeText(cellAt(row, textColumn));
    const rowId = readRowId(row, idColumn, grid.name, used, findings);
    if (rowId.kind === 'skip' || text === null) continue;
    const idWhere = findings.at(grid.name, row.row, idColumn);
    if (!registry.has(rowId.id)) {
      findings.error('unknown-id', `commentary for "${rowId.id}", which is not a known indicator ID`, idWhere);
      continue;
    }
    const section = readText(cellAt(row, sectionColumn));
    if (section === null) {
      findings.error('missing-section', 'this commentary has no section (for example position, learning, actions or conclusion)', findings.at(grid.name, row.row, sectionColumn));
      continue;
    }
    const periodCell = cellAt(row, periodColumn);
    let period = null;
    if (periodCell.kind !== 'blank' && periodColumn !== undefined) {
      period = cellPeriod(periodCell);
      if (period === null) {
        findings.error('not-a-period', `${describeCell(periodCell)} is not a period (${PERIOD_HINT})`, findings.at(grid.name, row.row, periodColumn));
        continue;
      }
    }
    const textWhere = findings.at(grid.name, row.row, textColumn);
    checkCommentaryLength(rowId.id, section.toLowerCase(), text, textWhere, findings);
    commentary.push({ id: rowId.id, period, section: section.toLowerCase(), text, where: textWhere });
  }
  return commentary;
}
