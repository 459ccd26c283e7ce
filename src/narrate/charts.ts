// Alt text for charts, in words from the data: what a sighted reader takes from the picture.
import { toDisplayUnits } from '../analyse/precision.js';
import type { ChartSpec, TrendPoint } from '../model/types.js';
import { UNITS, type Unit } from '../read/types.js';
import type { IndicatorAnalysis } from '../analyse/types.js';
import { formatNumber, formatPlainNumber, formatTarget, formatValue, NO_DATA } from './numbers.js';
import { listInWords } from './labels.js';
import { closeness } from './movement.js';
import { NO_SETTINGS, type NarrateSettings } from './settings.js';

type Trend = Extract<ChartSpec, { kind: 'trend' }>;
type Comparison = Extract<ChartSpec, { kind: 'comparison' }>;
type RagSummary = Extract<ChartSpec, { kind: 'rag-summary' }>;

/** Past this many missing quarters, count them rather than list them. */
const MAX_LISTED_GAPS = 3;


function titleOf(title: string, fallback: string): string {
  return title.trim() === '' ? fallback : title.trim();
}

/** A figure as the paper prints it: with its unit where the chart knows it (£800,000, 426 days, 64.7%). */
function figure(value: number, spec: { valueSuffix: string; decimals: number; unit?: string }): string {
  const unit = spec.unit;
  if (unit !== undefined && (UNITS as readonly string[]).includes(unit)) return formatValue(value, unit as Unit, spec.decimals);
  return `${formatNumber(value, spec.decimals)}${spec.valueSuffix}`;
}

/** "the 72% target", "the £800,000 target", "the target of 426 days": whole numbers without `.0`, with their unit. */
function targetNoun(value: number, spec: Trend): string {
  if (!(UNITS as readonly string[]).includes(spec.unit)) return `the ${formatPlainNumber(value, spec.decimals)}${spec.valueSuffix} target`;
  const printed = formatTarget(value, spec.unit as Unit, spec.decimals);
  return spec.unit === 'days' ? `the target of ${printed}` : `the ${printed} target`;
}

type Valued = TrendPoint & { value: number };
type Targeted = Valued & { target: number };

/** What decides whether a movement is news: the indicator's tolerance and the council's noise bands. */
export type NoiseBand = Pick<IndicatorAnalysis, 'id' | 'decimals' | 'tolerance' | 'target'>;

/**
 * "rose from 60.4% in 2009-10 Q2 to 64.7% in 2009-10 Q3" / "was 64.7% in 2009-10 Q3" / "was broadly unchanged between
 * 2009-10 Q1 (63.8%) and 2010-11 Q1 (64.7%)": a difference inside the noise band is never told as a rise or a fall.
 */
function movement(valued: Valued[], spec: Trend, band: ChartQueries): string {
  const first = valued[0];
  const last = valued.at(-1);
  if (first === undefined || last === undefined) return 'has no data in the quarters shown';
  if (first === last) return `was ${figure(last.value, spec)} in ${last.period}`;
  const step = toDisplayUnits(last.value, spec.decimals) - toDisplayUnits(first.value, spec.decimals);
  if (step === 0) return `was unchanged at ${figure(last.value, spec)} between ${first.period} and ${last.period}`;
  if (band.band !== undefined && closeness({ ...band.band, decimals: spec.decimals }, first.value, last.value, band.settings ?? NO_SETTINGS) === 'close') {
    return `was broadly unchanged between ${first.period} (${figure(first.value, spec)}) and ${last.period} (${figure(last.value, spec)})`;
  }
  const verb = step > 0 ? 'rose' : 'fell';
  return `${verb} from ${figure(first.value, spec)} in ${first.period} to ${figure(last.value, spec)} in ${last.period}`;
}

/**
 * A year-to-date figure grows through each year and restarts in April, so its first and last points are not a
 * movement: "stood at 57.4% in 2014-15 Q2 (year to date, restarting each April)".
 */
function yearToDate(valued: Valued[], spec: Trend): string {
  const last = valued.at(-1)!;
  return `stood at ${figure(last.value, spec)} in ${last.period} (year to date, restarting each April)`;
}

/** "below the 72% target in every quarter shown" / "met the 72% target in 3 of 8 quarters" / "" without targets. */
function targetRelation(valued: Valued[], spec: Trend): string {
  const targeted = valued.filter((p): p is Targeted => p.target !== null);
  if (targeted.length === 0) return '';
  const targets = new Set(targeted.map((p) => toDisplayUnits(p.target, spec.decimals)));
  const only = targeted[0];
  const theTarget = targets.size === 1 && only !== undefined ? targetNoun(only.target, spec) : 'target';
  const side = (p: Targeted) => Math.sign(toDisplayUnits(p.value, spec.decimals) - toDisplayUnits(p.target, spec.decimals));
  const sides = new Set(targeted.map(side));
  const scope = targeted.length === valued.length ? 'every quarter shown' : 'every quarter with a target';
  const [oneSide] = [...sides];
  if (sides.size === 1 && oneSide !== undefined) {
    const where = oneSide < 0 ? 'below' : oneSide > 0 ? 'above' : 'at';
    return `${where} ${theTarget} in ${scope}`;
  }
  const rated = targeted.filter((p) => p.status !== null);
  const latest = targeted.at(-1)!;
  if (rated.length === targeted.length) {
    const met = rated.filter((p) => p.status === 'green').length;
    if (met === rated.length) return `met ${theTarget} in ${scope}`;
    if (met === 0) return `did not meet ${theTarget} in any of the ${rated.length} quarters with a target`;
    return `met ${theTarget} in ${met} of ${rated.length} quarters${latestAgainst(latest.status === 'green', latest, valued)}`;
  }
  const above = targeted.filter((p) => side(p) >= 0).length;
  return `at or above ${theTarget} in ${above} of ${targeted.length} quarters${latestAgainst(side(latest) >= 0, latest, valued)}`;
}

/** ", including the latest" / ", but not in 2009-10 Q4": where the latest figure stands, when a count leaves it open. */
function latestAgainst(met: boolean, latest: Targeted, valued: Valued[]): string {
  if (latest !== valued.at(-1)) return '';
  return met ? ', including the latest' : `, but not in ${latest.period}`;
}

/**
 * "lowest at 60.4% in 2009-10 Q2 and highest at 69.1% in 2008-09 Q4": the whole series, not just its ends: said
 * when there are three or more figures and an extreme lies between the ends (else the movement already gave both).
 * A year-to-date figure climbs through each year, so its extremes say nothing and are left out.
 */
function rangeClause(valued: Valued[], spec: Trend): string {
  if (valued.length < 3 || spec.yearToDate === true) return '';
  const shown = valued.map((p) => toDisplayUnits(p.value, spec.decimals));
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const ends = [shown[0], shown.at(-1)];
  if (low === high || (ends.includes(low) && ends.includes(high))) return '';
  const extreme = (v: number): string => {
    const at = valued.filter((_p, i) => shown[i] === v);
    return `${figure(at[0]?.value ?? v, spec)} in ${listInWords(at.map((p) => p.period))}`;
  };
  return `lowest at ${extreme(low)} and highest at ${extreme(high)}`;
}

/** "red in 3 of the 8 quarters shown" for three or more figures with any red (two are told by their ends). */
function redClause(valued: Valued[], points: TrendPoint[]): string {
  const red = valued.filter((p) => p.status === 'red').length;
  if (valued.length < 3 || red === 0) return '';
  const quarters = valued.length === points.length ? 'quarters shown' : 'quarters with data';
  return red === valued.length ? `red in all ${valued.length} ${quarters}` : `red in ${red} of the ${valued.length} ${quarters}`;
}

/** " It was lowest at … and highest at …, and red in 3 of the 8 quarters shown.": the shape of the series in one sentence. */
function seriesSentence(valued: Valued[], spec: Trend): string {
  const range = rangeClause(valued, spec);
  const red = redClause(valued, spec.points);
  if (range === '' && red === '') return '';
  return ` It was ${[range, red].filter((c) => c !== '').join(', and ')}.`;
}

/** Quarters whose figures were left off the chart because they are queried with the service (not missing). */
export interface ChartQueries {
  queried?: readonly string[];
  /** The indicator's tolerance, so a trend inside its noise band is "broadly unchanged"; without it, any printed change counts. */
  band?: NoiseBand;
  settings?: NarrateSettings;
}

/** "the figure for 2009-10 Q3 has been queried with the service and is not shown" */
function queriedClause(queried: readonly string[]): string {
  const figures = queried.length === 1 ? 'the figure for' : 'the figures for';
  const have = queried.length === 1 ? 'has' : 'have';
  return `${figures} ${listInWords(queried)} ${have} been queried with the service and ${queried.length === 1 ? 'is' : 'are'} not shown`;
}

/** " No data for 2009-10 Q1." and " The figure for … is not shown.", one sentence when both are said. */
function missingSentence(points: TrendPoint[], queried: readonly string[] = []): string {
  const missing = points.filter((p) => p.value === null && !queried.includes(p.period)).map((p) => p.period);
  const gaps = missing.length === 0 ? '' : missing.length > MAX_LISTED_GAPS ? `No data for ${missing.length} of the ${points.length} quarters` : `No data for ${listInWords(missing)}`;
  const asked = queried.length === 0 ? '' : queriedClause(queried);
  if (gaps === '' && asked === '') return '';
  if (gaps === '') return ` ${asked.charAt(0).toUpperCase()}${asked.slice(1)}.`;
  return asked === '' ? ` ${gaps}.` : ` ${gaps}, and ${asked}.`;
}

/**
 * Two or three sentences: the movement from first to last with where the figures stood against target (and the latest,
 * when a count leaves it open); the series' lowest and highest and its red quarters; missing and queried quarters.
 */
function describeTrend(spec: Trend, options: ChartQueries): string {
  const queried = options.queried ?? [];
  const title = titleOf(spec.title, 'the indicator');
  const valued = spec.points.filter((p): p is Valued => p.value !== null && Number.isFinite(p.value));
  if (valued.length === 0) return `Line chart: ${title} has no data in the quarters shown.${missingSentence([], queried)}`;
  const relation = targetRelation(valued, spec);
  // "rose …, below the 72% target …" (the position), but "rose … and met the 72% target …" (a verb).
  const joined = relation === '' ? '' : /^(met|did not meet)\b/.test(relation) ? ` and ${relation}` : `, ${relation}`;
  const main = `Line chart: ${title} ${spec.yearToDate === true ? yearToDate(valued, spec) : movement(valued, spec, options)}${joined}.`;
  return `${main}${seriesSentence(valued, spec)}${missingSentence(spec.points, queried)}`;
}

/** The model's series names as they sit mid-sentence ("our value"); any other name (England, a region) as given. */
const MID_SENTENCE: Readonly<Record<string, string>> = {
  'our value': 'our value',
  'statistical neighbours': 'statistical neighbours',
  'statistical neighbour average': 'statistical neighbour average',
  region: 'region',
};

function seriesName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return 'unnamed series';
  return MID_SENTENCE[trimmed.toLowerCase()] ?? trimmed;
}

function describeComparison(spec: Comparison, queried: readonly string[]): string {
  const title = titleOf(spec.title, 'the indicator');
  if (spec.categories.length === 0 || spec.series.length === 0) return `Bar chart comparing ${title}: no data.`;
  const inCategory = spec.categories.map((category, i) => {
    const values = spec.series.map((s) => {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        const ours = s === spec.series[0] && queried.includes(category);
        return `${seriesName(s.name)} ${ours ? 'queried with the service' : NO_DATA}`;
      }
      return `${seriesName(s.name)} ${figure(v, spec)}`;
    });
    return `${values.join(', ')} in ${category}`;
  });
  return `Bar chart comparing ${title}: ${inCategory.join('; ')}.`;
}

function describeRagSummary(spec: RagSummary): string {
  if (spec.groups.length === 0) return 'Bar chart of RAG status by theme: no indicators.';
  const groups = spec.groups.map((g) => {
    const counts = `${g.green} green, ${g.amber} amber, ${g.red} red${g.notRated > 0 ? `, ${g.notRated} not rated` : ''}`;
    return `${titleOf(g.label, 'No theme')} ${counts}`;
  });
  return `Bar chart of RAG status by theme: ${groups.join('; ')}.`;
}

/**
 * Alt text for a chart from its data (trend, comparison or RAG summary). A queried figure is left off the chart by
 * its caller; `queried` names its quarter so the text says why, not "no data".
 */
export function describeChart(spec: ChartSpec, options: ChartQueries = {}): string {
  switch (spec.kind) {
    case 'trend':
      return describeTrend(spec, options);
    case 'comparison':
      return describeComparison(spec, options.queried ?? []);
    case 'rag-summary':
      return describeRagSummary(spec);
  }
}
