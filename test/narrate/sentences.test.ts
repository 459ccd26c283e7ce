// Performance, RAG and comparator sentences: every direction × rating × unit × missing-figure case, word for word.
import { describe, expect, it } from 'vitest';
import type { IndicatorAnalysis } from '../../src/analyse/types.js';
import { comparatorSentence, performanceSentence, ragSentence, signedChange } from '../../src/narrate/index.js';
import { analysisOf, indicatorOf, q } from './fixtures.js';

describe('performanceSentence', () => {
  it.each<[string, Partial<IndicatorAnalysis>, string]>([
    [
      'the seed: NI 68 rose from 60.4% to 64.7%',
      {},
      'Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'a decrease in percentage points',
      { value: 64.7, previous: 67.4, direction: 'worsening' },
      'Performance at the end of Quarter 3 is 64.7% (a decrease of 2.7 percentage points from 67.4% at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'one percentage point, singular',
      { value: 65.4, previous: 64.4, tolerance: 1 },
      'Performance at the end of Quarter 3 is 65.4% (an increase of 1 percentage point from 64.4% at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'unchanged',
      { value: 64.7, previous: 64.7, direction: 'unchanged' },
      'Performance at the end of Quarter 3 is unchanged at 64.7% (the same as at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'unchanged as printed, though not in the raw figures',
      { value: 64.74, previous: 64.66, direction: 'unchanged' },
      'Performance at the end of Quarter 3 is unchanged at 64.7% (the same as at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'the change as printed: 64.6 → 64.8 is 0.2, not the raw 0.12',
      { value: 64.76, previous: 64.64, tolerance: 0.2 },
      'Performance at the end of Quarter 3 is 64.8% (an increase of 0.2 percentage points from 64.6% at the end of Quarter 2), against a target of 72%.',
    ],
    [
      'no previous figure',
      { previous: null, change: null, direction: null },
      'Performance at the end of Quarter 3 is 64.7%, against a target of 72%. No data was reported for Quarter 2.',
    ],
    ['no figure this quarter', { value: null, change: null, direction: null, rag: null }, 'No data was reported for Quarter 3.'],
    [
      'no target',
      { target: null, tolerance: null, rag: null },
      'Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 2).',
    ],
    [
      'previous quarter in the year before',
      { period: q('2016-17 Q1'), previousPeriod: q('2015-16 Q4') },
      'Performance at the end of Quarter 1 2016-17 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 4 2015-16), against a target of 72%.',
    ],
    [
      'a count',
      { unit: 'number', decimals: 0, value: 80, previous: 55, target: 60, tolerance: 3 },
      'Performance at the end of Quarter 3 is 80 (an increase of 25 from 55 at the end of Quarter 2), against a target of 60.',
    ],
    [
      'a count that fell',
      { unit: 'number', decimals: 0, value: 360, previous: 362, target: null, polarity: null, direction: null },
      'Performance at the end of Quarter 3 is 360 (a decrease of 2 from 362 at the end of Quarter 2).',
    ],
    [
      'a rate per 10,000',
      { unit: 'rate', decimals: 1, value: 125.1, previous: 121, target: 80.8, indicator: indicatorOf({ ratePer: 10000 }) },
      'Performance at the end of Quarter 3 is 125.1 per 10,000 (an increase of 4.1 per 10,000 from 121.0 per 10,000 at the end of Quarter 2), against a target of 80.8 per 10,000.',
    ],
    [
      'days',
      { unit: 'days', decimals: 1, value: 21.5, previous: 25, target: 20, polarity: 'lower', direction: 'improving' },
      'Performance at the end of Quarter 3 is 21.5 days (a decrease of 3.5 days from 25.0 days at the end of Quarter 2), against a target of 20 days.',
    ],
    [
      'one day',
      { unit: 'days', decimals: 0, value: 21, previous: 20, target: 20, tolerance: 1, polarity: 'lower', direction: 'worsening' },
      'Performance at the end of Quarter 3 is 21 days (an increase of 1 day from 20 days at the end of Quarter 2), against a target of 20 days.',
    ],
    [
      'money',
      { unit: 'currency', decimals: 0, value: 800000, previous: 801200, target: 750000, polarity: 'lower', direction: 'improving' },
      'Performance at the end of Quarter 3 is £800,000 (a decrease of £1,200 from £801,200 at the end of Quarter 2), against a target of £750,000.',
    ],
    [
      'a negative figure',
      { unit: 'number', decimals: 0, value: -5, previous: 3, target: 0, direction: 'worsening' },
      'Performance at the end of Quarter 3 is -5 (a decrease of 8 from 3 at the end of Quarter 2), against a target of 0.',
    ],
  ])('%s', (_label, overrides, sentence) => {
    expect(performanceSentence(analysisOf(overrides))).toBe(sentence);
  });
});

describe('ragSentence', () => {
  it.each<[string, Partial<IndicatorAnalysis>, string]>([
    ['red, second quarter, improving (the seed)', {}, 'This is rated red for the second consecutive quarter, 7.3 percentage points short of target; performance is improving.'],
    ['red, second quarter, worsening', { direction: 'worsening' }, 'This is rated red for the second consecutive quarter, 7.3 percentage points short of target.'],
    ['red, first quarter', { redStreak: 1, exception: false, direction: 'worsening' }, 'This is rated red, 7.3 percentage points short of target.'],
    ['red, first quarter, unchanged', { redStreak: 1, direction: 'unchanged' }, 'This is rated red, 7.3 percentage points short of target.'],
    ['red, tenth quarter', { redStreak: 10, direction: null }, 'This is rated red for the tenth consecutive quarter, 7.3 percentage points short of target.'],
    ['red, eleventh quarter', { redStreak: 11, direction: null }, 'This is rated red for 11 consecutive quarters, 7.3 percentage points short of target.'],
    ['amber', { rag: 'amber', redStreak: 0, value: 70.1, direction: 'worsening' }, 'This is rated amber, 1.9 percentage points short of target but within tolerance.'],
    [
      'amber and improving',
      { rag: 'amber', redStreak: 0, value: 70.1 },
      'This is rated amber, 1.9 percentage points short of target but within tolerance; performance is improving.',
    ],
    [
      'amber and improving, lower is better',
      { rag: 'amber', redStreak: 0, polarity: 'lower', target: 20, tolerance: 1, value: 20.7, previous: 25.1 },
      'This is rated amber, 0.7 percentage points above target but within tolerance; performance is improving.',
    ],
    ['green', { rag: 'green', redStreak: 0, value: 74 }, 'This is rated green.'],
    ['green and worsening', { rag: 'green', redStreak: 0, value: 74, direction: 'worsening' }, 'This is rated green.'],
    ['no target', { target: null, rag: null, redStreak: 0 }, 'There is no target for this indicator.'],
    ['no figure', { value: null, rag: null, redStreak: 0, direction: null }, 'This is not rated for Quarter 3 as no data was reported.'],
    ['no figure and no target', { value: null, target: null, rag: null, redStreak: 0, direction: null }, 'This is not rated for Quarter 3 as no data was reported.'],
    [
      'no polarity',
      { polarity: null, rag: null, redStreak: 0, direction: null },
      'This is not rated: the scorecard does not say whether a higher or lower figure is better.',
    ],
    ['a count target', { unit: 'number', decimals: 0, rag: 'red', value: 1000, target: 1200, redStreak: 0, direction: null }, 'This is rated red, 200 short of target.'],
    ['a days target', { unit: 'days', decimals: 0, rag: 'amber', value: 21, target: 20, polarity: 'lower', redStreak: 0, direction: null }, 'This is rated amber, 1 day above target but within tolerance.'],
    ['a money target', { unit: 'currency', decimals: 0, rag: 'red', value: 800000, target: 750000, polarity: 'lower', redStreak: 0, direction: null }, 'This is rated red, £50,000 above target.'],
  ])('%s', (_label, overrides, sentence) => {
    expect(ragSentence(analysisOf(overrides))).toBe(sentence);
  });
});

describe('comparatorSentence', () => {
  const gap = (value: number, comparator: number, better: boolean | null) => ({ comparator, gap: value - comparator, better });
  it.each<[string, Partial<IndicatorAnalysis>, string]>([
    [
      'lower is better: re-referrals below England, above neighbours',
      {
        value: 21.5,
        tolerance: 1,
        polarity: 'lower',
        comparators: { england: gap(21.5, 26.1, true), statisticalNeighbours: gap(21.5, 20, false), region: null },
      },
      'This is better than the England average of 26.1% and worse than the statistical neighbour average of 20.0%.',
    ],
    [
      'higher is better, all three',
      {
        value: 20.8,
        comparators: { england: gap(20.8, 26.1, false), statisticalNeighbours: gap(20.8, 24, false), region: gap(20.8, 20.8, null) },
      },
      'This is worse than the England average of 26.1%, worse than the statistical neighbour average of 24.0% and the same as the regional average of 20.8%.',
    ],
    [
      'no polarity: higher or lower',
      {
        value: 20.8,
        tolerance: 1,
        polarity: null,
        comparators: { england: gap(20.8, 26.1, null), statisticalNeighbours: gap(20.8, 20, null), region: gap(20.8, 20.84, null) },
      },
      'This is lower than the England average of 26.1%, higher than the statistical neighbour average of 20.0% and the same as the regional average of 20.8%.',
    ],
    [
      'a rate',
      { unit: 'rate', value: 80, indicator: indicatorOf({ ratePer: 10000 }), comparators: { england: gap(80, 67, true), statisticalNeighbours: null, region: null } },
      'This is better than the England average of 67.0 per 10,000.',
    ],
    ['no comparators', {}, ''],
    ['no figure', { value: null, comparators: { england: { comparator: 26.1, gap: 0, better: null }, statisticalNeighbours: null, region: null } }, ''],
  ])('%s', (_label, overrides, sentence) => {
    expect(comparatorSentence(analysisOf(overrides))).toBe(sentence);
  });
});

describe('signedChange', () => {
  it.each<[Partial<IndicatorAnalysis>, string]>([
    [{}, '+4.3 percentage points'],
    [{ value: 64.7, previous: 67.4 }, '-2.7 percentage points'],
    [{ value: 64.74, previous: 64.66 }, 'no change'],
    [{ value: 64.75, previous: 64.71 }, '+0.1 percentage points'],
    [{ unit: 'number', decimals: 0, value: 80, previous: 55 }, '+25'],
    [{ unit: 'currency', decimals: 0, value: 800000, previous: 801200 }, '-£1,200'],
    [{ previous: null }, 'no data'],
    [{ value: null }, 'no data'],
  ])('%j → %s', (overrides, cell) => {
    expect(signedChange(analysisOf(overrides))).toBe(cell);
  });
});
