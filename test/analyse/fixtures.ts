// Literal scorecards for tests: an indicator and its quarters written the way a council's sheet reads.
import type { Period, Quarter } from '../../src/period.js';
import type { Commentary, Indicator, Observation, Scorecard } from '../../src/read/types.js';

/** `2009-10 Q2` → period, for readable fixtures (a test helper, not the code under test). */
export function p(label: string): Period {
  const match = /^(\d{4})-\d{2} Q([1-4])$/.exec(label);
  if (match === null) throw new Error(`fixture period ${label}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter };
}

export function indicator(overrides: Partial<Indicator> & { id: string }): Indicator {
  return {
    title: `Indicator ${overrides.id}`,
    polarity: 'higher',
    unit: 'percent',
    decimals: null,
    target: null,
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

export function observation(id: string, period: string, value: number | null, overrides: Partial<Observation> = {}): Observation {
  return {
    id,
    period: p(period),
    value,
    target: null,
    numerator: null,
    denominator: null,
    statisticalNeighbours: null,
    england: null,
    region: null,
    where: { sheet: 'Values', cell: 'C2' },
    ...overrides,
  };
}

export function commentary(id: string, period: string | null, section: string, text: string): Commentary {
  return { id, period: period === null ? null : p(period), section, text, where: { sheet: 'Commentary', cell: 'A2' } };
}

export function scorecard(indicators: Indicator[], observations: Observation[], notes: Commentary[] = []): Scorecard {
  return { source: 'scorecard.xlsx', layout: 'long', indicators, observations, commentary: notes };
}

/** NI 68 as reported to the Wirral LSP in January 2010 (seed 000): 60.4% then 64.7% against 72%. */
export function ni68(): Scorecard {
  return scorecard(
    [indicator({ id: 'NI 68', title: 'Referrals to children’s social care going on to initial assessment', target: 72 })],
    [
      observation('NI 68', '2009-10 Q2', 60.4),
      observation('NI 68', '2009-10 Q3', 64.7, { numerator: 1732, denominator: 2677 }),
    ],
  );
}
