// Chart specs the chart tests draw: a trend with every status and a gap, a comparison with a missing and a negative
// figure, a RAG summary with an empty theme.
import type { ChartSpec } from '../../../src/model/types.js';

export const trend: Extract<ChartSpec, { kind: 'trend' }> = {
  kind: 'trend',
  title: 'Percentage of household waste recycled',
  unit: '%',
  valueSuffix: '%',
  decimals: 1,
  points: [
    { period: '2016-17 Q3', value: 41.2, target: 45, status: 'red' },
    { period: '2016-17 Q4', value: 43.8, target: 45, status: 'amber' },
    { period: '2017-18 Q1', value: null, target: 46, status: null },
    { period: '2017-18 Q2', value: 46.9, target: null, status: 'green' },
    { period: '2017-18 Q3', value: 45.1, target: null, status: null },
  ],
};

export const comparison: Extract<ChartSpec, { kind: 'comparison' }> = {
  kind: 'comparison',
  title: 'Children in care per 10,000 children',
  valueSuffix: '',
  decimals: 1,
  categories: ['2021-22', '2022-23', '2023-24'],
  series: [
    { name: 'Our value', values: [72.4, 75.1, 78.9] },
    { name: 'Statistical neighbours', values: [68, 70.2, null] },
    { name: 'England', values: [70, 71, 70.5] },
    { name: 'Region', values: [80.1, -2, 81.2] },
  ],
};

export const ragSummary: Extract<ChartSpec, { kind: 'rag-summary' }> = {
  kind: 'rag-summary',
  title: 'Indicators by status & theme',
  groups: [
    { label: 'Children, Young People and Families', red: 3, amber: 2, green: 9, notRated: 1 },
    { label: 'Housing', red: 0, amber: 0, green: 0, notRated: 0 },
  ],
};
