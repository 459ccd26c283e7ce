// Percentages held as fractions (0.88 for 88%, common in open data): read as percentages, and said so, never printed as 0.9%.
import { periodLabel } from '../period.js';
import { agreesWithCounts, countRounding } from '../ratio.js';
import type { ObservationDraft } from './draft.js';
import { fractionToPercent } from './numbers.js';
import type { Findings } from './place.js';
import type { Indicator, Observation, ReadQuery } from './types.js';

/** A title that names a percentage: evidence of the unit when a column gives none. */
const PERCENT_TITLE = /%|\bper ?cent\b|\bpercentage\b|\bproportion\b/i;

export interface SettledFractions {
  indicators: Indicator[];
  drafts: ObservationDraft[];
  queries: ReadQuery[];
}

/** True when the figure is its numerator ÷ denominator (allowing for rounding), and not that × 100. */
export function isNumeratorOverDenominator(o: Pick<Observation, 'value' | 'numerator' | 'denominator'>, countSlack = 0): boolean {
  if (o.value === null || o.numerator === null || o.denominator === null || o.denominator <= 0) return false;
  return agreesWithCounts(o.value, o.numerator, o.denominator, 1, countSlack) && !agreesWithCounts(o.value, o.numerator, o.denominator, 100, countSlack);
}

/** The slack in an indicator's counts (see countRounding). */
function slackOf(rows: readonly ObservationDraft[]): number {
  return countRounding(rows.flatMap((d) => [d.observation.numerator, d.observation.denominator].filter((c): c is number => c !== null)));
}

const scaled = (x: number | null): number | null => (x !== null && x >= 0 && x <= 1 ? fractionToPercent(x) : x);

/** Every figure on the row that is a fraction becomes a percentage; counts (numerator, denominator) stay as they are. */
function scaleRow(d: ObservationDraft): ObservationDraft {
  const o = d.observation;
  return {
    ...d,
    observation: {
      ...o,
      value: o.value === null ? null : fractionToPercent(o.value),
      target: scaled(o.target),
      statisticalNeighbours: scaled(o.statisticalNeighbours),
      england: scaled(o.england),
      region: scaled(o.region),
    },
  };
}

function percentText(x: number): string {
  return `${fractionToPercent(x)}%`;
}

/** Every figure at or below 1: the whole series is fractions. The numerator and denominator, where given, settle it. */
function wholeSeries(indicator: Indicator, rows: ObservationDraft[], findings: Findings): { rows: ObservationDraft[]; query: ReadQuery } {
  const withFigures = rows.filter((d) => d.observation.value !== null);
  const first = withFigures[0]!;
  const last = withFigures.at(-1)!;
  const withCounts = withFigures.filter((d) => d.observation.numerator !== null && d.observation.denominator !== null && d.observation.denominator !== 0);
  const slack = slackOf(rows);
  const countsAgree = withCounts.length > 0 && withCounts.every((d) => isNumeratorOverDenominator(d.observation, slack));
  const example = `${first.observation.value} as ${percentText(first.observation.value!)}`;
  const range = withFigures.length === 1
    ? `${first.observation.value} in ${periodLabel(first.observation.period)}`
    : `from ${first.observation.value} in ${periodLabel(first.observation.period)} to ${last.observation.value} in ${periodLabel(last.observation.period)}`;
  const evidence = countsAgree ? '; its Numerator and Denominator agree' : '';
  const reason = `every figure is at or below 1 (${range}), so they are read as fractions and shown as percentages (${example})${evidence}`;
  findings.warning('percent-as-fraction', `${indicator.id}: ${reason}; type them as percentages (${percentText(first.observation.value!)}) in the workbook to be sure`, first.observation.where);
  const query: ReadQuery = {
    id: indicator.id,
    period: null,
    code: 'percent-as-fraction',
    where: first.observation.where,
    figure: first.observation.value,
    reason,
    check: countsAgree
      ? 'Nothing to check unless the figures are not fractions; type them as percentages in the workbook next time.'
      : `Confirm that ${first.observation.value} means ${percentText(first.observation.value!)}, not ${first.observation.value}%, then mark it Confirmed or type the figures as percentages.`,
    doubtsFigure: !countsAgree,
  };
  return { rows: rows.map(scaleRow), query };
}

/** Some figures are their numerator ÷ denominator without the × 100: only those rows are fractions. */
function singleRows(indicator: Indicator, rows: ObservationDraft[], findings: Findings): { rows: ObservationDraft[]; queries: ReadQuery[] } {
  const queries: ReadQuery[] = [];
  const slack = slackOf(rows);
  const settled = rows.map((d) => {
    const o = d.observation;
    if (o.value === null || o.value > 1 || !isNumeratorOverDenominator(o, slack)) return d;
    const reason = `${o.value} is its numerator ÷ denominator (${o.numerator} ÷ ${o.denominator}) without the × 100, so it is read as ${percentText(o.value)}`;
    findings.warning('percent-as-fraction', `${indicator.id}: ${reason}; type it as a percentage`, o.where);
    queries.push({ id: indicator.id, period: o.period, code: 'percent-as-fraction', where: o.where, figure: o.value, reason, check: 'Type the figure as a percentage in the workbook.', doubtsFigure: false });
    return scaleRow(d);
  });
  return { rows: settled, queries };
}

/**
 * `unitGiven`: IDs whose unit a column or a percentage format settled; for the others a title naming a percentage
 * makes the indicator a percentage when its figures turn out to be fractions. A percentage format on any figure means
 * the reader already scaled it, so the indicator is left alone.
 */
export function settlePercentFractions(indicators: readonly Indicator[], drafts: readonly ObservationDraft[], unitGiven: ReadonlySet<string>, findings: Findings): SettledFractions {
  const byId = new Map<string, ObservationDraft[]>();
  for (const d of drafts) {
    const rows = byId.get(d.observation.id);
    if (rows === undefined) byId.set(d.observation.id, [d]);
    else rows.push(d);
  }
  const settledRows = new Map<string, ObservationDraft[]>();
  const queries: ReadQuery[] = [];
  const settledIndicators = indicators.map((indicator) => {
    const rows = byId.get(indicator.id) ?? [];
    const percentByTitle = !unitGiven.has(indicator.id) && PERCENT_TITLE.test(indicator.title);
    if ((indicator.unit !== 'percent' && !percentByTitle) || rows.some((d) => d.shownAsPercent)) return indicator;
    const values = rows.flatMap((d) => (d.observation.value === null ? [] : [d.observation.value]));
    if (values.length === 0) return indicator;
    // A fraction proper (0.88) must be among them: 0 and 1 alone could as well be 0% and 1%.
    const allFractions = values.every((v) => v >= 0 && v <= 1) && values.some((v) => v > 0 && v < 1);
    if (allFractions) {
      const whole = wholeSeries(indicator, rows, findings);
      settledRows.set(indicator.id, whole.rows);
      queries.push(whole.query);
      const target = indicator.target !== null && indicator.target >= 0 && indicator.target <= 1 ? fractionToPercent(indicator.target) : indicator.target;
      return { ...indicator, unit: 'percent' as const, target };
    }
    if (indicator.unit !== 'percent') return indicator;
    const single = singleRows(indicator, rows, findings);
    settledRows.set(indicator.id, single.rows);
    queries.push(...single.queries);
    return indicator;
  });
  const settledDrafts = drafts.map((d) => d);
  const index = new Map<string, number>();
  for (let i = 0; i < settledDrafts.length; i++) {
    const id = settledDrafts[i]!.observation.id;
    const replacement = settledRows.get(id);
    if (replacement === undefined) continue;
    const n = index.get(id) ?? 0;
    settledDrafts[i] = replacement[n]!;
    index.set(id, n + 1);
  }
  return { indicators: settledIndicators, drafts: settledDrafts, queries };
}
