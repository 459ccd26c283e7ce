// Figures that fall at the start of each financial year and rise through it, on an indicator given no measure type:
// a year-to-date figure (council tax collected: 98.7% in Q4, 30.5% in Q1, 59.3% in Q2) read as a position, so the
// papers would call its growth through the year "improving" and its April restart a collapse.
import { addQuarters, samePeriod } from '../../period.js';
import type { FoundQuery, QueryQuarter, QuerySubject } from './subject.js';
import { measuresAChange, query, show, withFigures } from './subject.js';

/** At the start of a year the figure falls to at most this share of the year before's last (a year to date restarts). */
export const YEAR_START_FALL_TO = 0.5;

type Figure = QueryQuarter & { value: number };

/** Consecutive quarters that both have a figure (a gap breaks the pattern's evidence, not the pattern). */
function consecutivePairs(figures: readonly Figure[]): { before: Figure; after: Figure }[] {
  return figures.slice(1).flatMap((after, i) => {
    const before = figures[i]!;
    return samePeriod(before.period, addQuarters(after.period, -1)) ? [{ before, after }] : [];
  });
}

/**
 * Only where the indicator's own row gives no measure type (a type the officer wrote is theirs to know) and it does not
 * measure a change, and only on the whole pattern: every year start seen is a fall to half or less, every quarter within a year rises or holds, with
 * at least one of each and one real rise, and no figure below 0. The report quarter's figure is held until the type
 * is given or the figures confirmed: every sentence about it (its change, its direction, its rating) hangs on it.
 */
export function looksYearToDate(subject: QuerySubject): FoundQuery[] {
  const { indicator } = subject;
  if (indicator.measureTypeFrom !== 'default' || indicator.measureType === 'cumulative' || indicator.measureType === 'annual') return [];
  // A change ("% reduction in antisocial behaviour") compares periods: it does not add up through a year.
  if (measuresAChange(indicator.title)) return [];
  const figures = withFigures(subject.quarters);
  const report = subject.quarters.at(-1);
  if (report === undefined || report.value === null || figures.some((q) => q.value < 0)) return [];
  const pairs = consecutivePairs(figures);
  const yearStarts = pairs.filter(({ after }) => after.period.quarter === 1);
  const withinYear = pairs.filter(({ after }) => after.period.quarter !== 1);
  const restarts = yearStarts.every(({ before, after }) => before.value > 0 && after.value <= YEAR_START_FALL_TO * before.value);
  const accumulates = withinYear.every(({ before, after }) => after.value >= before.value) && withinYear.some(({ before, after }) => after.value > before.value);
  if (yearStarts.length === 0 || !restarts || !accumulates) return [];
  const lastStart = yearStarts.at(-1)!;
  const shown = [lastStart.before, ...figures.filter((q) => q.period.year === lastStart.after.period.year)];
  const path = shown.map((q) => `${show(subject, q.value)} in ${q.period}`).join(', ');
  return [
    query(subject, report as Figure, 'looks-year-to-date', {
      figure: report.value,
      reason: `its figures fall at the start of each year and rise through it, as year-to-date figures do: ${path}`,
      check: `If it counts the year to date, give ${indicator.id} the measure type cumulative: it is then compared with the same point last year and rated against a year-to-date target, not called improving because it grew. If each figure stands alone, confirm them.`,
      doubtsFigure: true,
    }),
  ];
}
