// Literal IndicatorAnalysis values for sentence tests: NI 68 at 2009-10 Q3 unless told otherwise.
import type { IndicatorAnalysis } from '../../src/analyse/types.js';
import { periodFromLabel } from '../../src/period.js';
import type { Indicator } from '../../src/read/types.js';

/** `2009-10 Q3` → the typed period an Analysis holds. */
export const q = periodFromLabel;

export function indicatorOf(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'NI 68',
    title: 'Referrals to children’s social care going on to initial assessment',
    polarity: 'higher',
    unit: 'percent',
    decimals: null,
    target: 72,
    tolerance: null,
    ratePer: null,
    theme: null,
    owner: null,
    definition: null,
    rationale: null,
    numeratorLabel: null,
    denominatorLabel: null,
    measureType: 'snapshot', measureTypeFrom: 'default', annualTarget: null, targetProfile: null, targetDate: null,
    where: { sheet: 'Indicators', cell: 'A2' },
    ...overrides,
  };
}

const noComparators = { statisticalNeighbours: null, england: null, region: null };

export function analysisOf(overrides: Partial<IndicatorAnalysis> = {}): IndicatorAnalysis {
  const base: IndicatorAnalysis = {
    id: 'NI 68',
    title: 'Referrals to children’s social care going on to initial assessment',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    period: q('2009-10 Q3'),
    value: 64.7,
    previousPeriod: q('2009-10 Q2'),
    previous: 60.4,
    measureType: 'snapshot',
    comparedWith: { basis: 'previous quarter', period: q('2009-10 Q2'), value: 60.4 },
    change: 64.7 - 60.4,
    yearOnYearPeriod: q('2008-09 Q3'),
    yearOnYear: null,
    direction: 'improving',
    target: 72,
    targetFrom: 'standing',
    annualTarget: null,
    targetDate: null,
    latest: null,
    queries: [],
    valueQueried: false,
    tolerance: 3.6,
    rag: 'red',
    redStreak: 2,
    exception: true,
    comparators: noComparators,
    history: [],
    indicator: indicatorOf(),
    commentary: [],
  };
  const merged = { ...base, ...overrides };
  // A test that sets the previous quarter means the figure it is compared with, unless it says otherwise.
  const comparedWith = overrides.comparedWith ?? { ...base.comparedWith, period: merged.previousPeriod, value: merged.previous };
  return {
    ...merged,
    comparedWith,
    indicator: { ...merged.indicator, unit: merged.unit, polarity: merged.polarity, measureType: merged.measureType },
  };
}
