// Monthly returns gathered into quarters: an indicator with two months of one quarter is kept month by month.
import { monthFromIndex, monthIndex, monthLabel, monthName, type Month } from '../month.js';
import { periodIndex, periodLabel, periodOfMonth, type Period } from '../period.js';
import type { ObservationDraft } from './draft.js';
import { quarterFromMonths, type MonthFigures, type QuarterFromMonths } from './monthlyQuarter.js';
import type { Findings } from './place.js';
import type { Indicator, Observation } from './types.js';

/** True when some quarter has two different months: the figures are monthly, not quarters labelled by a month. */
export function hasTwoMonthsInAQuarter(items: readonly { period: Period; month: Month | null }[]): boolean {
  const firstMonth = new Map<number, number>();
  for (const { period, month } of items) {
    if (month === null) continue;
    const q = periodIndex(period);
    const m = monthIndex(month);
    const seen = firstMonth.get(q);
    if (seen === undefined) firstMonth.set(q, m);
    else if (seen !== m) return true;
  }
  return false;
}

/** The three months of a financial quarter, in order. */
export function monthsOfQuarter(period: Period): Month[] {
  const first = period.quarter === 4 ? { year: period.year + 1, month: 1 } : { year: period.year, month: 1 + period.quarter * 3 };
  const start = monthIndex(first);
  return [0, 1, 2].map((i) => monthFromIndex(start + i));
}

function figuresOf(d: ObservationDraft): MonthFigures {
  const o = d.observation;
  return {
    month: d.month!,
    value: o.value, target: o.target, numerator: o.numerator, denominator: o.denominator,
    statisticalNeighbours: o.statisticalNeighbours, england: o.england, region: o.region,
  };
}

function listMonths(months: readonly Month[]): string {
  const names = months.map(monthName);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Why a quarter is short, in the officer's words. */
function shortQuarterMessage(indicator: Indicator, period: Period, quarter: QuarterFromMonths): string {
  const label = `${indicator.id} ${periodLabel(period)}`;
  const lacking = `has no figure for ${listMonths(quarter.missing)}`;
  if (quarter.value !== null) {
    return `${label} ${lacking}; as a ${indicator.measureType} measure its quarter is its last month's figure (${monthName(quarter.months.at(-1)!)}), which is given`;
  }
  if (indicator.measureType === 'flow') {
    return `${label} ${lacking}, so the quarter is left without a figure rather than added up short; add the missing month, or confirm the quarter is incomplete`;
  }
  return `${label} ${lacking}; a ${indicator.measureType} measure is read at the quarter's last month, so the quarter is left without a figure`;
}

/** Rows of one indicator in one quarter become one draft: the quarter's figure, with the months that made it. */
function gatherQuarter(indicator: Indicator, period: Period, rows: readonly ObservationDraft[], findings: Findings): { draft: ObservationDraft; averaged: boolean } {
  const quarterMonths = monthsOfQuarter(period);
  const quarter = quarterFromMonths(rows.map(figuresOf), quarterMonths, indicator.measureType, indicator.unit, indicator.ratePer);
  const last = rows.at(-1)!;
  if (quarter.missing.length > 0) findings.warning('months-missing', shortQuarterMessage(indicator, period, quarter), last.observation.where);
  // The quarter is confirmed only when every month that made it is.
  const confirmed = rows.every((r) => r.observation.confirmed === true);
  // Written out rather than spread: a monthly return gathers thousands of quarters, and spreading each row cost more
  // than the arithmetic. The same fields, in the same order, as the last month's observation.
  const observation: Observation = {
    id: last.observation.id, period,
    value: quarter.value, target: quarter.target, numerator: quarter.numerator, denominator: quarter.denominator,
    statisticalNeighbours: quarter.statisticalNeighbours, england: quarter.england, region: quarter.region,
    where: last.observation.where, months: quarter.months,
    ...(confirmed ? { confirmed: true } : {}),
  };
  const draft: ObservationDraft = {
    ...last,
    observation,
    shownAsPercent: rows.some((r) => r.shownAsPercent),
    targetWhere: rows.find((r) => r.targetWhere !== null)?.targetWhere ?? null,
    month: null,
  };
  return { draft, averaged: quarter.method === 'mean' };
}

/** Said once for the indicator, at its first averaged quarter: every such quarter has the same cause. */
function warnAveraged(indicator: Indicator, quarters: readonly { draft: ObservationDraft; averaged: boolean }[], findings: Findings): void {
  const averaged = quarters.filter((q) => q.averaged);
  if (averaged.length === 0) return;
  const which = averaged.length === 1 ? periodLabel(averaged[0]!.draft.observation.period) : `each of its ${averaged.length} quarters`;
  findings.warning(
    'monthly-percentages-averaged',
    `${indicator.id}: ${which} is the average of its three monthly figures, not weighted by how many each month counted: add Numerator and Denominator columns for the true quarterly figure`,
    averaged[0]!.draft.observation.where,
  );
}

/** A month given twice, or a quarter's row among monthly ones: an error at the later row, which is dropped. */
function dropClashes(rows: readonly ObservationDraft[], findings: Findings): ObservationDraft[] {
  const seen = new Map<number, ObservationDraft>();
  const kept: ObservationDraft[] = [];
  for (const d of rows) {
    const place = (earlier: ObservationDraft) => (earlier.sheet === d.sheet ? `row ${earlier.row}` : `${earlier.sheet} row ${earlier.row}`);
    if (d.month === null) {
      findings.error(
        'quarter-among-months',
        `${d.observation.id} is given month by month, so this row for the whole of ${periodLabel(d.observation.period)} cannot be added to its months: give every figure monthly, or every figure by quarter`,
        d.idWhere,
      );
      continue;
    }
    const earlier = seen.get(monthIndex(d.month));
    if (earlier !== undefined) {
      findings.error('duplicate-row', `a second row for ${d.observation.id} in ${monthLabel(d.month)} (the first is ${place(earlier)})`, d.idWhere);
      continue;
    }
    seen.set(monthIndex(d.month), d);
    kept.push(d);
  }
  return kept;
}

/**
 * Gathers each monthly indicator's rows into quarters (see quarterFromMonths); quarterly indicators pass unchanged.
 * Drafts keep their input order by indicator; a gathered quarter takes the place of its first month.
 */
export function gatherMonthlyRows(drafts: readonly ObservationDraft[], indicators: readonly Indicator[], findings: Findings): ObservationDraft[] {
  const byId = new Map<string, ObservationDraft[]>();
  for (const d of drafts) {
    const list = byId.get(d.observation.id);
    if (list === undefined) byId.set(d.observation.id, [d]);
    else list.push(d);
  }
  const monthlyIds = new Set([...byId].filter(([, rows]) => hasTwoMonthsInAQuarter(rows.map((r) => ({ period: r.observation.period, month: r.month })))).map(([id]) => id));
  if (monthlyIds.size === 0) return [...drafts];
  const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
  const out: ObservationDraft[] = [];
  const done = new Set<string>();
  for (const d of drafts) {
    const id = d.observation.id;
    const indicator = indicatorOf.get(id);
    if (!monthlyIds.has(id) || indicator === undefined) {
      out.push(d);
      continue;
    }
    if (done.has(id)) continue;
    done.add(id);
    const rows = dropClashes(byId.get(id)!, findings).sort((a, b) => monthIndex(a.month!) - monthIndex(b.month!));
    const quarters = new Map<number, ObservationDraft[]>();
    for (const row of rows) {
      const q = periodIndex(periodOfMonth(row.month!.year, row.month!.month));
      const list = quarters.get(q);
      if (list === undefined) quarters.set(q, [row]);
      else list.push(row);
    }
    const gathered = [...quarters.values()].map((list) => gatherQuarter(indicator, list[0]!.observation.period, list, findings));
    warnAveraged(indicator, gathered, findings);
    out.push(...gathered.map((q) => q.draft));
  }
  return out;
}
