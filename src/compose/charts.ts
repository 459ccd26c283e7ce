// The real chart factory: chart data from the Analysis for `{{chart}}`, alt text in words from narrate.
import { error, warning } from '../diagnostics.js';
import type { Analysis, IndicatorAnalysis } from '../analyse/types.js';
import type { ChartSpec } from '../model/types.js';
import { periodLabel } from '../period.js';
import type { MeasureType, Unit } from '../read/types.js';
import { describeChart, isQueried, type ComparatorNames, type NarrateSettings } from '../narrate/index.js';
import type { ChartFactory, ChartResult } from './types.js';

/** Quarters a trend chart shows: two years, as the papers' trend charts do. */
export const TREND_QUARTERS = 8;

/** Suffix for values on a chart's axis; rates and money are labelled by the title instead. */
function valueSuffix(unit: Unit): string {
  return unit === 'percent' ? '%' : unit === 'days' ? ' days' : '';
}

/** How a chart's title says what each point is, unless the indicator's own title already says it. */
const MEASURE_IN_TITLE: Readonly<Record<MeasureType, { words: string; already: RegExp } | null>> = {
  snapshot: null,
  flow: { words: 'in each quarter', already: /\b(in|each|per) (the )?quarter\b|\bquarterly\b/i },
  cumulative: { words: 'year to date', already: /\b(cumulative|year[\s-]+to[\s-]+date|ytd)\b/i },
  rolling: { words: 'rolling 12 months', already: /\brolling\b|\b12 months\b/i },
  annual: { words: 'annual', already: /\bannual\b|\byearly\b/i },
};

function chartTitle(a: IndicatorAnalysis): string {
  const measure = MEASURE_IN_TITLE[a.measureType];
  const said = measure === null || measure.already.test(a.title) ? '' : ` (${measure.words})`;
  return `${a.id} ${a.title}${said}`;
}

function trend(a: IndicatorAnalysis): ChartSpec {
  return {
    kind: 'trend',
    title: chartTitle(a),
    unit: a.unit,
    valueSuffix: valueSuffix(a.unit),
    decimals: a.decimals,
    // A queried figure is left off the line (its alt text says why), never drawn as if it were fact.
    points: a.history.slice(-TREND_QUARTERS).map((q) => {
      const queried = isQueried(a, q.period);
      return { period: periodLabel(q.period), value: queried ? null : q.value, target: q.target, status: queried ? null : q.rag };
    }),
    ...(a.measureType === 'cumulative' ? { yearToDate: true } : {}),
  };
}

/** The comparators' series names: the national and regional ones as the config or the scorecard's headers call them. */
export function comparatorColumns(names: Partial<ComparatorNames> = {}): readonly (readonly ['statisticalNeighbours' | 'england' | 'region', string])[] {
  return [
    ['statisticalNeighbours', 'Statistical neighbours'],
    ['england', names.national === undefined || names.national === null ? 'England' : names.national.replace(/^national$/i, 'National')],
    ['region', names.region ?? 'Region'],
  ];
}

/** Our value against each comparator with any figure, over the recent quarters that hold one; null if none do. */
function comparison(a: IndicatorAnalysis, names: Partial<ComparatorNames>): ChartSpec | null {
  const columns = comparatorColumns(names);
  const quarters = a.history.slice(-TREND_QUARTERS).filter((q) => columns.some(([key]) => q[key] !== null));
  if (quarters.length === 0) return null;
  const series = [
    { name: 'Our value', values: quarters.map((q) => (isQueried(a, q.period) ? null : q.value)) },
    ...columns.map(([key, name]) => ({ name, values: quarters.map((q) => q[key]) })).filter((s) => s.values.some((v) => v !== null)),
  ];
  return { kind: 'comparison', title: chartTitle(a), valueSuffix: valueSuffix(a.unit), decimals: a.decimals, categories: quarters.map((q) => periodLabel(q.period)), series };
}

const NO_THEME = 'No theme';

/** RAG counts per theme, themes in the order the scorecard first lists them, `No theme` last. */
function ragSummary(analysis: Analysis): ChartSpec {
  const groups = new Map<string, { label: string; red: number; amber: number; green: number; notRated: number }>();
  const themed = [...analysis.indicators].sort((x, y) => Number(x.indicator.theme === null) - Number(y.indicator.theme === null));
  for (const a of themed) {
    const label = a.indicator.theme ?? NO_THEME;
    const group = groups.get(label) ?? { label, red: 0, amber: 0, green: 0, notRated: 0 };
    if (a.rag === null || a.valueQueried) group.notRated += 1;
    else group[a.rag] += 1;
    groups.set(label, group);
  }
  return { kind: 'rag-summary', title: `RAG status by theme${analysis.period === null ? '' : `, ${periodLabel(analysis.period)}`}`, groups: [...groups.values()] };
}

/** The chart with its alt text: the indicator's tolerance (and the council's noise bands) decide what counts as a movement. */
function result(spec: ChartSpec, caption: string | null, a?: IndicatorAnalysis, settings: NarrateSettings = {}): ChartResult {
  if (a === undefined) return { spec, alt: describeChart(spec), caption };
  const queried = a.history.slice(-TREND_QUARTERS).filter((q) => isQueried(a, q.period)).map((q) => periodLabel(q.period));
  return { spec, alt: describeChart(spec, { queried, band: a, settings }), caption };
}

/**
 * `comparators`: how the national and regional series are named (England and Region unless told); `settings`: the
 * council's noise bands, so a trend's alt text says "broadly unchanged" as its sentences do.
 */
export function createChartFactory(analysis: Analysis, comparators: Partial<ComparatorNames> = {}, settings: NarrateSettings = {}): ChartFactory {
  const byId = new Map(analysis.indicators.map((a) => [a.id, a]));
  const indicatorFor = (hash: Readonly<Record<string, unknown>>, kind: string): IndicatorAnalysis | string => {
    const id = hash['id'];
    if (typeof id !== 'string') return `a ${kind} chart needs an indicator: {{chart "${kind}" id="NI68"}}`;
    return byId.get(id) ?? `no indicator with id "${id}" for the ${kind} chart`;
  };
  return (kind, hash) => {
    switch (kind) {
      case 'trend': {
        const a = indicatorFor(hash, kind);
        if (typeof a === 'string') return error('unknown-indicator', a);
        const spec = trend(a);
        if (spec.kind === 'trend' && a.history.slice(-TREND_QUARTERS).every((q) => q.value === null)) return warning('empty-chart', `${a.id} has no values to chart; trend chart left out`);
        const points = spec.kind === 'trend' ? spec.points : [];
        const againstTarget = points.some((p) => p.target !== null) ? ' against target' : '';
        return result(spec, `${chartTitle(a)}: the last ${points.length === 1 ? 'quarter' : `${points.length} quarters`}${againstTarget}`, a, settings);
      }
      case 'comparison': {
        const a = indicatorFor(hash, kind);
        if (typeof a === 'string') return error('unknown-indicator', a);
        const spec = comparison(a, comparators);
        if (spec === null) return warning('empty-chart', `${a.id} has no statistical neighbour, England or region figures; comparison chart left out`);
        return result(spec, `${chartTitle(a)}: compared with other areas`, a, settings);
      }
      case 'rag-summary':
        return result(ragSummary(analysis), null);
      default:
        return error('unknown-chart', `there is no "${kind}" chart (trend, comparison or rag-summary)`);
    }
  };
}
