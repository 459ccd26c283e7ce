// The Indicators sheet: one row per indicator, IDs unique, each with a title.
import type { Findings } from './place.js';
import type { IndicatorRegistry } from './registry.js';
import { readIndicatorFields } from './indicatorFields.js';
import { readRowId } from './rowIds.js';
import type { ClassifiedSheet } from './sheets.js';
import { dataRows } from './table.js';
import { checkTitleLength } from './textLength.js';

/** Adds a definition to the registry, or reports why it cannot; true when the row was added. */
export function defineIndicator(
  sheet: ClassifiedSheet,
  rowIndex: number,
  id: string,
  fields: ReturnType<typeof readIndicatorFields>,
  registry: IndicatorRegistry,
  findings: Findings,
): boolean {
  const idColumn = sheet.header.fields.get('id')!;
  const where = findings.at(sheet.grid.name, rowIndex, idColumn);
  const existing = registry.get(id);
  if (existing !== undefined) {
    const first = existing.where.sheet === sheet.grid.name ? `row ${existing.row}` : `${existing.where.sheet}!${existing.where.cell}`;
    findings.error('duplicate-id', `duplicate ID "${id}" (first in ${first})`, where);
    return false;
  }
  if (fields.title === null) {
    findings.error('missing-title', `indicator "${id}" has no title`, findings.at(sheet.grid.name, rowIndex, sheet.header.fields.get('title') ?? idColumn));
  }
  checkTitleLength(id, fields.title, findings.at(sheet.grid.name, rowIndex, sheet.header.fields.get('title') ?? idColumn), findings);
  registry.add({ id, fields, where, row: rowIndex });
  return true;
}

export function readIndicatorsSheet(sheet: ClassifiedSheet, registry: IndicatorRegistry, findings: Findings): void {
  const { grid, header } = sheet;
  const idColumn = header.fields.get('id')!;
  const used = new Set(header.fields.values());
  for (const row of dataRows(grid, header)) {
    const rowId = readRowId(row, idColumn, grid.name, used, findings);
    if (rowId.kind === 'skip') continue;
    const fields = readIndicatorFields({ row, sheet: grid.name, columns: header.fields, findings }, 'plain');
    defineIndicator(sheet, row.row, rowId.id, fields, registry, findings);
  }
}
