// The wide layout: one row per indicator, one column per quarter, indicator columns possibly beside them.
import { comparePeriods, periodIndex, periodLabel } from '../period.js';
import { monthIndex, monthLabel } from '../month.js';
import type { ObservationDraft } from './draft.js';
import { hasTwoMonthsInAQuarter } from './monthlyRows.js';
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

/**
 * Period columns once each, in period order; a repeated quarter (or month) is an error, a skipped quarter a warning
 * (a month missing from a quarter is reported when the months are gathered).
 */
function checkPeriodColumns(sheet: ClassifiedSheet, findings: Findings): PeriodColumn[] {
  const { grid, header } = sheet;
  // Monthly columns are gathered into quarters later: two months of one quarter are not a repeated quarter.
  const monthly = hasTwoMonthsInAQuarter(header.periods);
  const byKey = new Map<string, PeriodColumn>();
  for (const pc of header.periods) {
    const key = monthly && pc.month !== null ? `m${monthIndex(pc.month)}` : `q${periodIndex(pc.period)}`;
    const first = byKey.get(key);
    if (first !== undefined) {
      const what = monthly && pc.month !== null ? monthLabel(pc.month) : periodLabel(pc.period);
      findings.error('duplicate-period', `a second column for ${what} (the first is column ${first.column})`, findings.at(grid.name, header.row, pc.column));
      continue;
    }
    byKey.set(key, pc);
  }
  const ordered = [...byKey.values()].sort((a, b) => comparePeriods(a.period, b.period) || (a.month === null || b.month === null ? 0 : monthIndex(a.month) - monthIndex(b.month)));
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
    for (const { column, period, month } of periodColumns) {
      const where = findings.at(grid.name, row.row, column);
      const figure = readFigure(cellAt(row, column), 'value', () => where, findings);
      drafts.push({
        observation: {
          id, period, value: figure.value, target: null, numerator: null, denominator: null,
          statisticalNeighbours: null, england: null, region: null, where,
        },
        month,
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
