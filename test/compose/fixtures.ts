// An Analysis as literal data: NI 68 (the Wirral exception, seed 000) and two other indicators.
import type { Analysis, IndicatorAnalysis, QuarterResult } from '../../src/analyse/types.js';
import { periodFromLabel as q } from '../../src/period.js';
import type { Indicator } from '../../src/read/types.js';

function indicatorOf(id: string, title: string, fields: Partial<Indicator> = {}): Indicator {
  return {
    id, title, polarity: 'higher', unit: 'percent', decimals: 1, target: null, tolerance: null, ratePer: null,
    theme: null, owner: null, definition: null, rationale: null, numeratorLabel: null, denominatorLabel: null,
    measureType: 'snapshot', measureTypeFrom: 'default', annualTarget: null, targetProfile: null, targetDate: null,
    where: { sheet: 'Indicators', cell: 'A2' }, ...fields,
  };
}

function quarter(period: string, value: number | null, target: number | null, rag: QuarterResult['rag'], comparators: Partial<QuarterResult> = {}): QuarterResult {
  return { period: q(period), value, target, rag, numerator: null, denominator: null, statisticalNeighbours: null, england: null, region: null, months: null, ...comparators };
}

const ni68History: QuarterResult[] = [
  quarter('2007-08 Q3', 50.1, null, null),
  quarter('2007-08 Q4', 52, 60, 'red'),
  quarter('2008-09 Q1', 55, 60, 'amber'),
  quarter('2008-09 Q2', null, 60, null),
  quarter('2008-09 Q3', 61, 60, 'green'),
  quarter('2008-09 Q4', 62, 64, 'amber'),
  quarter('2009-10 Q1', 58.3, 68, 'red', { england: 62.1 }),
  quarter('2009-10 Q2', 60.4, 70, 'red', { england: 62.5, statisticalNeighbours: 59 }),
  quarter('2009-10 Q3', 64.7, 72, 'red', { england: 63 }),
];

export const ni68: IndicatorAnalysis = {
  id: 'NI68', title: 'Referrals going on to initial assessment', unit: 'percent', polarity: 'higher', decimals: 1,
  period: q('2009-10 Q3'), value: 64.7, previousPeriod: q('2009-10 Q2'), previous: 60.4, change: 4.3,
  measureType: 'snapshot', comparedWith: { basis: 'previous quarter', period: q('2009-10 Q2'), value: 60.4 },
  yearOnYearPeriod: q('2008-09 Q3'), yearOnYear: 61, direction: 'improving', target: 72, tolerance: 3.6, rag: 'red',
  targetFrom: 'standing', annualTarget: null, targetDate: null, latest: null, queries: [], valueQueried: false,
  redStreak: 3, exception: true,
  comparators: { statisticalNeighbours: null, england: { comparator: 63, gap: 1.7, better: true }, region: null },
  history: ni68History,
  indicator: indicatorOf('NI68', 'Referrals going on to initial assessment', { target: 72, theme: "Children's social care" }),
  commentary: [{ id: 'NI68', period: null, section: 'position', text: 'Performance has improved.\n\n- Dedicated manager | recruited', where: {} }],
};

export const ni59: IndicatorAnalysis = {
  ...ni68, id: 'NI59', title: 'Initial assessments within 7 days', value: 80, previous: 80, change: 0, direction: 'unchanged',
  comparedWith: { basis: 'previous quarter', period: q('2009-10 Q2'), value: 80 },
  target: 75, rag: 'green', redStreak: 0, exception: false,
  comparators: { statisticalNeighbours: null, england: null, region: null },
  history: [quarter('2009-10 Q2', 80, 75, 'green'), quarter('2009-10 Q3', 80, 75, 'green')],
  indicator: indicatorOf('NI59', 'Initial assessments within 7 days', { target: 75, theme: "Children's social care" }),
  commentary: [],
};

export const spend: IndicatorAnalysis = {
  ...ni68, id: 'F1', title: 'Spend per child', unit: 'currency', polarity: 'lower', decimals: 0, value: 1200, previous: 1300,
  comparedWith: { basis: 'previous quarter', period: q('2009-10 Q2'), value: 1300 }, change: -100, direction: 'improving', target: null, tolerance: null, rag: null, redStreak: 0, exception: false,
  comparators: { statisticalNeighbours: null, england: null, region: null },
  history: [quarter('2009-10 Q3', 1200, null, null)],
  indicator: indicatorOf('F1', 'Spend per child', { unit: 'currency', decimals: 0, polarity: 'lower' }),
  commentary: [],
};

export const analysis: Analysis = {
  period: q('2009-10 Q3'),
  indicators: [ni68, ni59, spend],
  exceptions: [{ id: 'NI68', redStreak: 3, periods: [q('2009-10 Q1'), q('2009-10 Q2'), q('2009-10 Q3')] }],
  queries: [],
  diagnostics: [],
};
