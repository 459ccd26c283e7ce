// The wide layout: one row per indicator, one column per quarter, indicator columns possibly beside them.
import { comparePeriods, periodIndex, periodLabel } from '../period.js';
import type { ObservationDraft } from './draft.js';
import { readFigure } from './figures.js';
import { cellAt } from './grid.js';
import { readIndicatorFields } from './indicatorFields.js';
import { defineIndicator } from './indicatorsSheet.js';
import type { Findings } from './place.js';
import type { IndicatorRegistry } from './registry.js';
import { readRowId } from './rowIds.js';
import type { ClassifiedSheet } from './sheets.js';
import type { PeriodColumn } from './table.js';
import { dataRows } from './table.js';

/** Period columns once each, in period order; a repeated quarter is an error, a skipped one a warning. */
function checkPeriodColumns(sheet: ClassifiedSheet, findings: Findings): PeriodColumn[] {
  const { grid, header } = sheet;
  const byIndex = new Map<number, PeriodColumn>();
  for (const pc of header.periods) {
    const first = byIndex.get(periodIndex(pc.period));
    if (first !== undefined) {
      findings.error('duplicate-period', `a second column for ${periodLabel(pc.period)} (the first is column ${first.column})`, findings.at(grid.name, header.row, pc.column));
      continue;
    }
    byIndex.set(periodIndex(pc.period), pc);
  }
  const ordered = [...byIndex.values()].sort((a, b) => comparePeriods(a.period, b.period));
  for (let i = 1; i < ordered.length; i++) {
    const gap = periodIndex(ordered[i]!.period) - periodIndex(ordered[i - 1]!.period);
    if (gap > 1) {
      findings.warning(
        'quarter-gap',
        `no column for the ${gap - 1 === 1 ? 'quarter' : `${gap - 1} quarters`} between ${periodLabel(ordered[i - 1]!.period)} and ${periodLabel(ordered[i]!.period)}`,
        findings.at(grid.name, header.row, ordered[i]!.column),
      );
    }
  }
  return ordered;
}

export function readWideSheet(sheet: ClassifiedSheet, registry: IndicatorRegistry, definesIndicators: boolean, findings: Findings): ObservationDraft[] {
  const { grid, header } = sheet;
  const idColumn = header.fields.get('id')!;
  const periodColumns = checkPeriodColumns(sheet, findings);
  const used = new Set([...header.fields.values(), ...header.periods.map((p) => p.column)]);
  const seen = new Map<string, number>();
  const drafts: ObservationDraft[] = [];
  for (const row of dataRows(grid, header)) {
    const rowId = readRowId(row, idColumn, grid.name, used, findings);
    if (rowId.kind === 'skip') continue;
    const id = rowId.id;
    const idWhere = findings.at(grid.name, row.row, idColumn);
    if (definesIndicators) {
      const fields = readIndicatorFields({ row, sheet: grid.name, columns: header.fields, findings }, 'labelled');
      if (!defineIndicator(sheet, row.row, id, fields, registry, findings)) continue;
    } else {
      const firstRow = seen.get(id);
      if (firstRow !== undefined) {
        findings.error('duplicate-id', `duplicate ID "${id}" (first in row ${firstRow})`, idWhere);
        continue;
      }
      seen.set(id, row.row);
    }
    for (const { column, period } of periodColumns) {
      const where = findings.at(grid.name, row.row, column);
      const figure = readFigure(cellAt(row, column), 'value', where, findings);
      drafts.push({
        observation: {
          id, period, value: figure.value, target: null, numerator: null, denominator: null,
          statisticalNeighbours: null, england: null, region: null, where,
        },
        shownAsPercent: figure.percent,
        idWhere,
        targetWhere: null,
        row: row.row,
        sheet: grid.name,
      });
    }
  }
  return drafts;
}
