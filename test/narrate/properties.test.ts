// Whatever the analysis holds (nulls, negatives, huge or tiny figures), no sentence ever says NaN, null or undefined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis, ComparatorGap, IndicatorAnalysis } from '../../src/analyse/types.js';
import type { ChartSpec } from '../../src/model/types.js';
import {
  comparatorSentence, describeChart, formatChange, formatNumber, formatValue, keyPoints, performanceSentence, quarterAndYear, querySentence,
  ragSentence, signedChange,
} from '../../src/narrate/index.js';
import { financialQuarter, periodLabel } from '../../src/period.js';
import { UNITS } from '../../src/read/types.js';
import { analysisOf, indicatorOf, q } from './fixtures.js';

const FORBIDDEN = /NaN|undefined|null|Infinity|\[object|-0(?![.,\d])|-0\.0+(?!\d*[1-9])|(?:increase|decrease) of 0(?:\.0+)? /;

function assertHonest(text: string, mayBeEmpty = false): void {
  expect(text).not.toMatch(FORBIDDEN);
  if (!mayBeEmpty) expect(text.trim()).not.toBe('');
  expect(text).toBe(text.trim());
}

const figure = fc.option(
  fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(0, -0, 0.05, -0.05, 72, 71.95, 68.4),
  ),
  { nil: null },
);
const rag = fc.constantFrom('red' as const, 'amber' as const, 'green' as const, null);
const direction = fc.constantFrom('improving' as const, 'worsening' as const, 'unchanged' as const, null);
const polarity = fc.constantFrom('higher' as const, 'lower' as const, null);
const unit = fc.constantFrom(...UNITS);
const quarter = fc
  .record({ year: fc.integer({ min: 1990, max: 2040 }), quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) })
  .map((p) => financialQuarter(p));
/** What a chart's points carry: printed labels (and, for robustness, text that is not one). */
const period = fc.oneof(quarter.map(periodLabel), fc.constantFrom('', 'Q5', 'sometime'));
const gap: fc.Arbitrary<ComparatorGap | null> = fc.option(
  fc.record({ comparator: fc.double({ min: -1e6, max: 1e6, noNaN: true }), gap: fc.double({ min: -1e6, max: 1e6, noNaN: true }), better: fc.constantFrom(true, false, null) }),
  { nil: null },
);
const id = fc.stringMatching(/^[A-Z]{1,4} ?[0-9]{1,3}$/);

const indicatorAnalysis: fc.Arbitrary<IndicatorAnalysis> = fc
  .record({
    id,
    unit,
    polarity,
    decimals: fc.integer({ min: 0, max: 3 }),
    period: quarter,
    previousPeriod: quarter,
    value: figure,
    previous: figure,
    target: figure,
    tolerance: figure,
    direction,
    rag,
    redStreak: fc.integer({ min: 0, max: 30 }),
    exception: fc.boolean(),
    ratePer: fc.option(fc.constantFrom(1000, 10000, 100000, 0, -5), { nil: null }),
    england: gap,
    statisticalNeighbours: gap,
    region: gap,
  })
  .map((r) =>
    analysisOf({
      id: r.id,
      unit: r.unit,
      polarity: r.polarity,
      decimals: r.decimals,
      period: r.period,
      previousPeriod: r.previousPeriod,
      value: r.value,
      previous: r.previous,
      change: r.value !== null && r.previous !== null ? r.value - r.previous : null,
      target: r.target,
      tolerance: r.tolerance,
      direction: r.direction,
      rag: r.rag,
      redStreak: r.redStreak,
      exception: r.exception,
      comparators: { england: r.england, statisticalNeighbours: r.statisticalNeighbours, region: r.region },
      indicator: indicatorOf({ id: r.id, ratePer: r.ratePer }),
    }),
  );

const chartValue = fc.option(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { nil: null });
const chart: fc.Arbitrary<ChartSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('trend' as const),
    title: fc.constantFrom('NI 68', '', 'Re-referrals'),
    unit: fc.constant('percent'),
    valueSuffix: fc.constantFrom('%', '', ' days'),
    decimals: fc.integer({ min: 0, max: 2 }),
    points: fc.array(fc.record({ period, value: chartValue, target: chartValue, status: rag }), { maxLength: 10 }),
  }),
  fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.record({
      kind: fc.constant('comparison' as const),
      title: fc.constantFrom('NI 68', ''),
      valueSuffix: fc.constantFrom('%', ''),
      decimals: fc.integer({ min: 0, max: 2 }),
      categories: fc.array(period, { minLength: n, maxLength: n }),
      series: fc.array(
        fc.record({ name: fc.constantFrom('Our value', 'England', 'Statistical neighbours', 'Region', ''), values: fc.array(chartValue, { maxLength: n + 1 }) }),
        { maxLength: 4 },
      ),
    }),
  ),
  fc.record({
    kind: fc.constant('rag-summary' as const),
    title: fc.constant('RAG status by theme'),
    groups: fc.array(
      fc.record({
        label: fc.constantFrom('Early help', '', 'Safeguarding'),
        red: fc.nat(20),
        amber: fc.nat(20),
        green: fc.nat(20),
        notRated: fc.nat(20),
      }),
      { maxLength: 5 },
    ),
  }),
);

describe('no sentence says NaN, undefined, null or Infinity', () => {
  it('indicator sentences', () => {
    fc.assert(
      fc.property(indicatorAnalysis, (a) => {
        assertHonest(performanceSentence(a));
        assertHonest(ragSentence(a));
        assertHonest(comparatorSentence(a), true);
        assertHonest(quarterAndYear(a.period));
        assertHonest(signedChange(a));
      }),
      { numRuns: 2000 },
    );
  });

  it('key points', () => {
    fc.assert(
      fc.property(fc.array(indicatorAnalysis, { maxLength: 8 }), fc.integer({ min: -1, max: 10 }), (indicators, max) => {
        const analysis: Analysis = { period: q('2016-17 Q3'), indicators, exceptions: [], queries: [], diagnostics: [] };
        const points = keyPoints(analysis, max);
        // Every exception is on the front page, grouped by how long it has been red when they do not fit: never cut.
        const exceptions = indicators.filter((a) => a.exception && a.redStreak > 0);
        const groups = new Set(exceptions.map((a) => Math.max(1, a.redStreak))).size;
        expect(points.length).toBeLessThanOrEqual(max <= 0 ? 0 : Math.max(max, groups));
        if (max > 0) for (const a of exceptions) expect(points.some((p) => p.includes(`(${a.id})`))).toBe(true);
        for (const point of points) assertHonest(point);
      }),
    );
  });

  it('chart alt text', () => {
    fc.assert(fc.property(chart, (spec) => assertHonest(describeChart(spec))), { numRuns: 1000 });
  });

  it('numbers', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -2, max: 8 }), unit, (n, d, u) => {
        assertHonest(formatNumber(n, d));
        assertHonest(formatValue(n, u, d, 10000));
        assertHonest(formatChange(n, u, d, 10000));
      }),
      { numRuns: 2000 },
    );
  });
});

/** An analysis whose figure and the one it is compared with are apart by `delta` (0, a rounding wobble, or a real move). */
const withMovement = fc
  .record({
    a: indicatorAnalysis,
    value: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 64.7, 88, 99.96)),
    delta: fc.oneof(fc.constantFrom(0, 0.004, -0.004, 0.04, -0.04, 0.05, 0.1, -0.1, 1, -1), fc.double({ min: -1000, max: 1000, noNaN: true })),
  })
  .map(({ a, value, delta }): IndicatorAnalysis => ({ ...a, value, previous: value - delta, comparedWith: { ...a.comparedWith, value: value - delta } }));

const printed = (a: IndicatorAnalysis, v: number): string => formatValue(v, a.unit, a.decimals, a.indicator.ratePer);

describe('sentences never overclaim a movement (issue 9)', () => {
  it('no sentence claims a movement when the printed figures are equal', () => {
    fc.assert(
      fc.property(withMovement, (a) => {
        fc.pre(a.value !== null && a.comparedWith.value !== null && printed(a, a.value) === printed(a, a.comparedWith.value));
        expect(performanceSentence(a)).not.toMatch(/increase of|decrease of|broadly unchanged|improving|worsening/);
        expect(ragSentence(a)).not.toMatch(/improving|better than at the same point/);
        for (const point of keyPoints({ indicators: [{ ...a, exception: false }] }, 5)) expect(point).not.toMatch(/improving|worsening/);
      }),
      { numRuns: 1500 },
    );
  });

  it('no "unchanged" when the printed figures differ', () => {
    fc.assert(
      fc.property(withMovement, (a) => {
        fc.pre(a.value !== null && a.comparedWith.value !== null && printed(a, a.value) !== printed(a, a.comparedWith.value));
        expect(performanceSentence(a)).not.toMatch(/(?<!broadly )unchanged|the same as/);
      }),
      { numRuns: 1500 },
    );
  });

  /**
   * The figure as a figure: not the "3" of "Quarter 3" or "2016-17", nor part of a longer number ("3" in "34.5"), which
   * a plain substring test mistook for it when a queried value printed as a bare whole number.
   */
  const statesFigure = (text: string, figure: string): boolean => {
    const withoutPeriods = text.replace(/Quarter [1-4]\b/g, '').replace(/\b\d{4}-\d{2}\b/g, '').replace(/\bQ[1-4]\b/g, '');
    const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(withoutPeriods);
  };

  it.each([
    ['Performance at the end of Quarter 3 is 3 (a fall from 5)', '3', true],
    ['Performance at the end of Quarter 3 2016-17 is 34.5', '3', false],
    ['Reported in 2013-14 Q3: 1,300 referrals', '3', false],
    ['It rose to 3.5% from 3%', '3.5%', true],
    ['It rose to 13.5%', '3.5%', false],
  ])('statesFigure(%j, %j) is %s', (text, figure, expected) => expect(statesFigure(text, figure)).toBe(expected));

  it('a queried figure appears in no sentence but the one that says it is queried', () => {
    fc.assert(
      fc.property(withMovement, fc.boolean(), (a, reasonGivesFigure) => {
        fc.pre(a.value !== null && Number.isFinite(a.value));
        const figure = printed(a, a.value!);
        const reason = reasonGivesFigure ? `${figure} looks wrong` : 'a missing return keyed as 0?';
        const queried: IndicatorAnalysis = {
          ...a,
          valueQueried: true,
          queries: [{ id: a.id, period: a.period, code: 'unusual-jump', where: { sheet: 'Values', cell: 'C2' }, figure: a.value, reason, check: 'Ask.', doubtsFigure: true, confirmed: false }],
        };
        const said = [performanceSentence(queried), ragSentence(queried), comparatorSentence(queried)].join(' ');
        expect(statesFigure(said.replace(querySentence(queried), ''), figure)).toBe(false);
        expect(performanceSentence(queried)).toContain('has been queried with the service');
        for (const point of keyPoints({ indicators: [queried] }, 5)) expect(statesFigure(point, figure)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
