// Key points and chart alt text: exceptions first, movements by size against tolerance; charts said in words.
import { describe, expect, it } from 'vitest';
import type { Analysis, IndicatorAnalysis } from '../../src/analyse/types.js';
import type { ChartSpec, TrendPoint } from '../../src/model/types.js';
import { describeChart, keyPoints } from '../../src/narrate/index.js';
import { addQuarters, periodLabel } from '../../src/period.js';
import { analysisOf, q } from './fixtures.js';

function analysisWith(indicators: IndicatorAnalysis[]): Analysis {
  return { period: q('2009-10 Q3'), indicators, exceptions: [], queries: [], diagnostics: [] };
}

describe('keyPoints', () => {
  const ni68 = analysisOf();
  const small = analysisOf({ id: 'CSC2', rag: 'green', redStreak: 0, exception: false, value: 73, previous: 72.5, direction: 'improving' });
  const large = analysisOf({ id: 'CSC3', rag: 'amber', redStreak: 0, exception: false, value: 70, previous: 77, direction: 'worsening' });
  const count = analysisOf({
    id: 'CAF', unit: 'number', decimals: 0, target: 80, tolerance: 4, rag: 'green', redStreak: 0, exception: false,
    value: 80, previous: 55, direction: 'improving',
  });
  const flat = analysisOf({ id: 'CSC4', rag: 'green', redStreak: 0, exception: false, value: 75, previous: 75, direction: 'unchanged' });
  const untargeted = analysisOf({
    id: 'CLA', unit: 'number', decimals: 0, target: null, tolerance: null, rag: null, redStreak: 0, exception: false,
    value: 360, previous: 400, polarity: 'lower', direction: 'improving',
  });

  it('puts exceptions first, then movements largest first against tolerance, leaving out wobbles under half a tolerance', () => {
    expect(keyPoints(analysisWith([small, flat, ni68, large, count, untargeted]))).toEqual([
      'Referrals to children’s social care going on to initial assessment (NI 68) red for a second consecutive quarter',
      // CAF moved 25 against a tolerance of 4 (6.25); CLA 40 against 5% of 400 (2); CSC3 7 against 3.6 (1.9); CSC2 0.5 against 3.6 (0.14: left out).
      'Referrals to children’s social care going on to initial assessment (CAF) improving: up 25 to 80',
      'Referrals to children’s social care going on to initial assessment (CLA) improving: down 40 to 360',
      'Referrals to children’s social care going on to initial assessment (CSC3) worsening: down 7 percentage points to 70.0%',
    ]);
  });
  it('stops at max', () => {
    expect(keyPoints(analysisWith([small, ni68, large]), 2)).toEqual([
      'Referrals to children’s social care going on to initial assessment (NI 68) red for a second consecutive quarter',
      'Referrals to children’s social care going on to initial assessment (CSC3) worsening: down 7 percentage points to 70.0%',
    ]);
    expect(keyPoints(analysisWith([small, ni68]), 0)).toEqual([]);
  });
  it.each([
    [1, 'Referrals to children’s social care going on to initial assessment (NI 68) red this quarter'],
    [3, 'Referrals to children’s social care going on to initial assessment (NI 68) red for a third consecutive quarter'],
    [12, 'Referrals to children’s social care going on to initial assessment (NI 68) red for 12 consecutive quarters'],
  ])('an exception of %d quarters', (streak, point) => {
    expect(keyPoints(analysisWith([analysisOf({ redStreak: streak })]))).toEqual([point]);
  });
  it('says nothing of indicators that did not move or cannot say which way is good', () => {
    const noPolarity = analysisOf({ id: 'X', polarity: null, direction: null, exception: false, redStreak: 0, rag: null });
    expect(keyPoints(analysisWith([flat, noPolarity]))).toEqual([]);
  });
});

function trend(points: Partial<TrendPoint>[], overrides: Partial<Extract<ChartSpec, { kind: 'trend' }>> = {}): ChartSpec {
  const full = points.map((p, i) => ({ period: periodLabel(addQuarters({ year: 2009, quarter: 1 }, i)), value: null, target: null, status: null, ...p }));
  return { kind: 'trend', title: 'NI 68', unit: 'percent', valueSuffix: '%', decimals: 1, points: full, ...overrides };
}

describe('describeChart', () => {
  it.each<[string, ChartSpec, string]>([
    [
      'the seed: rising, below target throughout',
      trend([
        { period: '2009-10 Q2', value: 60.4, target: 72, status: 'red' },
        { period: '2009-10 Q3', value: 64.7, target: 72, status: 'red' },
      ]),
      'Line chart: NI 68 rose from 60.4% in 2009-10 Q2 to 64.7% in 2009-10 Q3, below the 72% target in every quarter shown.',
    ],
    [
      'falling, above target throughout',
      trend([{ value: 80, target: 72, status: 'green' }, { value: 75, target: 72, status: 'green' }]),
      'Line chart: NI 68 fell from 80.0% in 2009-10 Q1 to 75.0% in 2009-10 Q2, above the 72% target in every quarter shown.',
    ],
    [
      'unchanged, at target',
      trend([{ value: 72, target: 72, status: 'green' }, { value: 71.96, target: 72, status: 'green' }]),
      'Line chart: NI 68 was unchanged at 72.0% between 2009-10 Q1 and 2009-10 Q2, at the 72% target in every quarter shown.',
    ],
    [
      'met in some quarters, with a gap',
      trend([
        { value: 70, target: 72, status: 'amber' },
        { value: 73, target: 72, status: 'green' },
        { value: null, target: 72 },
        { value: 74, target: 72, status: 'green' },
      ]),
      'Line chart: NI 68 rose from 70.0% in 2009-10 Q1 to 74.0% in 2009-10 Q4 and met the 72% target in 2 of 3 quarters, including the latest. No data for 2009-10 Q3.',
    ],
    [
      'met in every quarter, some exactly',
      trend([{ value: 72, target: 72, status: 'green' }, { value: 74, target: 72, status: 'green' }]),
      'Line chart: NI 68 rose from 72.0% in 2009-10 Q1 to 74.0% in 2009-10 Q2 and met the 72% target in every quarter shown.',
    ],
    [
      'lower is better, changing targets',
      trend(
        [{ value: 22, target: 20, status: 'red' }, { value: 20.5, target: 20, status: 'amber' }, { value: 19, target: 18, status: 'red' }],
        { title: 'Re-referrals' },
      ),
      'Line chart: Re-referrals fell from 22.0% in 2009-10 Q1 to 19.0% in 2009-10 Q3, above target in every quarter shown. It was red in 2 of the 3 quarters shown.',
    ],
    [
      'the whole series: the lowest and highest quarters between the ends, and how many were red',
      trend([
        { value: 63.8, target: 72, status: 'red' },
        { value: 69.1, target: 72, status: 'amber' },
        { value: 68.6, target: 72, status: 'amber' },
        { value: 60.4, target: 72, status: 'red' },
        { value: 64.7, target: 72, status: 'red' },
      ]),
      'Line chart: NI 68 rose from 63.8% in 2009-10 Q1 to 64.7% in 2010-11 Q1, below the 72% target in every quarter shown. It was lowest at 60.4% in 2009-10 Q4 and highest at 69.1% in 2009-10 Q2, and red in 3 of the 5 quarters shown.',
    ],
    [
      'extremes shared by two quarters, red throughout, with a gap',
      trend([
        { value: 30, target: 20, status: 'red' },
        { value: 34, target: 20, status: 'red' },
        { value: null, target: 20 },
        { value: 34, target: 20, status: 'red' },
        { value: 31, target: 20, status: 'red' },
      ], { title: 'Re-referrals' }),
      'Line chart: Re-referrals rose from 30.0% in 2009-10 Q1 to 31.0% in 2010-11 Q1, above the 20% target in every quarter shown. It was lowest at 30.0% in 2009-10 Q1 and highest at 34.0% in 2009-10 Q2 and 2009-10 Q4, and red in all 4 quarters with data. No data for 2009-10 Q3.',
    ],
    [
      'mixed sides without ratings',
      trend([{ value: 70, target: 72 }, { value: 74, target: 72 }, { value: 75, target: null }]),
      'Line chart: NI 68 rose from 70.0% in 2009-10 Q1 to 75.0% in 2009-10 Q3, at or above the 72% target in 1 of 2 quarters.',
    ],
    [
      'mixed sides, rated, none met',
      trend([{ value: 70, target: 72, status: 'red' }, { value: 74, target: 72, status: 'red' }], { title: 'Waiting' }),
      'Line chart: Waiting rose from 70.0% in 2009-10 Q1 to 74.0% in 2009-10 Q2 and did not meet the 72% target in any of the 2 quarters with a target.',
    ],
    [
      'some quarters without a target',
      trend([{ value: 70, target: 72 }, { value: 71, target: null }]),
      'Line chart: NI 68 rose from 70.0% in 2009-10 Q1 to 71.0% in 2009-10 Q2, below the 72% target in every quarter with a target.',
    ],
    ['money keeps its pound sign', trend([{ value: 955000, target: 800000, status: 'red' }, { value: 802900, target: 800000, status: 'amber' }], { unit: 'currency', valueSuffix: '', decimals: 0, title: 'Agency spend' }), 'Line chart: Agency spend fell from £955,000 in 2009-10 Q1 to £802,900 in 2009-10 Q2, above the £800,000 target in every quarter shown.'],
    ['days: the target of 426 days', trend([{ value: 478, target: 426, status: 'red' }, { value: 445, target: 426, status: 'amber' }], { unit: 'days', valueSuffix: ' days', decimals: 0, title: 'Adoption' }), 'Line chart: Adoption fell from 478 days in 2009-10 Q1 to 445 days in 2009-10 Q2, above the target of 426 days in every quarter shown.'],
    ['a single figure, no target', trend([{ value: null }, { value: 1732 }], { unit: 'number', valueSuffix: '', decimals: 0, title: 'Referrals' }), 'Line chart: Referrals was 1,732 in 2009-10 Q2. No data for 2009-10 Q1.'],
    [
      'many gaps are counted',
      trend([{ value: 3 }, {}, {}, {}, {}, { value: 5 }], { unit: 'days', valueSuffix: ' days', decimals: 0, title: 'Days to relet' }),
      'Line chart: Days to relet rose from 3 days in 2009-10 Q1 to 5 days in 2010-11 Q2. No data for 4 of the 6 quarters.',
    ],
    ['no data at all', trend([{}, {}]), 'Line chart: NI 68 has no data in the quarters shown.'],
    [
      'comparison, one quarter',
      {
        kind: 'comparison', title: 'NI 68', valueSuffix: '%', decimals: 1, categories: ['2015-16 Q2'],
        series: [
          { name: 'Our value', values: [20.8] },
          { name: 'Statistical neighbours', values: [24] },
          { name: 'England', values: [26.1] },
        ],
      },
      'Bar chart comparing NI 68: our value 20.8%, statistical neighbours 24.0%, England 26.1% in 2015-16 Q2.',
    ],
    [
      'comparison, two quarters, a missing figure',
      {
        kind: 'comparison', title: 'Re-referrals', valueSuffix: '%', decimals: 1, categories: ['2015-16 Q1', '2015-16 Q2'],
        series: [
          { name: 'Our value', values: [21, 20.8] },
          { name: 'Region', values: [null, 22.1] },
        ],
      },
      'Bar chart comparing Re-referrals: our value 21.0%, region no data in 2015-16 Q1; our value 20.8%, region 22.1% in 2015-16 Q2.',
    ],
    [
      'RAG summary',
      {
        kind: 'rag-summary', title: 'RAG status by theme',
        groups: [
          { label: 'Early help', red: 0, amber: 1, green: 2, notRated: 0 },
          { label: 'Safeguarding', red: 2, amber: 0, green: 3, notRated: 1 },
        ],
      },
      'Bar chart of RAG status by theme: Early help 2 green, 1 amber, 0 red; Safeguarding 3 green, 0 amber, 2 red, 1 not rated.',
    ],
    ['RAG summary, empty', { kind: 'rag-summary', title: '', groups: [] }, 'Bar chart of RAG status by theme: no indicators.'],
  ])('%s', (_label, spec, alt) => {
    expect(describeChart(spec)).toBe(alt);
  });
});
