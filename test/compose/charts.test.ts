// The real chart factory: chart data from the Analysis, alt text from narrate.
import { describe, expect, it } from 'vitest';
import { createChartFactory, isDiagnostic, type ChartResult } from '../../src/compose/index.js';
import { describeChart } from '../../src/narrate/index.js';
import { analysis, ni68 } from './fixtures.js';

const charts = createChartFactory(analysis);
const chart = (kind: string, hash: Record<string, unknown> = {}): ChartResult => {
  const result = charts(kind, hash);
  if (isDiagnostic(result)) throw new Error(result.message);
  return result;
};

describe('createChartFactory', () => {
  it('trend: the last 8 quarters with target and status per point', () => {
    const result = chart('trend', { id: 'NI68' });
    expect(result.spec).toEqual({
      kind: 'trend', title: 'NI68 Referrals going on to initial assessment', unit: 'percent', valueSuffix: '%', decimals: 1,
      points: [
        { period: '2007-08 Q4', value: 52, target: 60, status: 'red' },
        { period: '2008-09 Q1', value: 55, target: 60, status: 'amber' },
        { period: '2008-09 Q2', value: null, target: 60, status: null },
        { period: '2008-09 Q3', value: 61, target: 60, status: 'green' },
        { period: '2008-09 Q4', value: 62, target: 64, status: 'amber' },
        { period: '2009-10 Q1', value: 58.3, target: 68, status: 'red' },
        { period: '2009-10 Q2', value: 60.4, target: 70, status: 'red' },
        { period: '2009-10 Q3', value: 64.7, target: 72, status: 'red' },
      ],
    });
    expect(result.alt).toBe(describeChart(result.spec));
    expect(result.caption).toBe('NI68 Referrals going on to initial assessment: the last 8 quarters against target');
  });

  it('trend captions say "against target" only when a target is drawn', () => {
    const untargeted = { ...ni68, id: 'CONT01', target: null, history: ni68.history.map((q) => ({ ...q, target: null, rag: null })) };
    const result = createChartFactory({ ...analysis, indicators: [untargeted] })('trend', { id: 'CONT01' });
    expect(isDiagnostic(result) ? result.message : result.caption).toBe('CONT01 Referrals going on to initial assessment: the last 8 quarters');
  });

  it('comparison: our value against the comparators that have data, over the quarters that hold any', () => {
    expect(chart('comparison', { id: 'NI68' }).spec).toEqual({
      kind: 'comparison', title: 'NI68 Referrals going on to initial assessment', valueSuffix: '%', decimals: 1,
      categories: ['2009-10 Q1', '2009-10 Q2', '2009-10 Q3'],
      series: [
        { name: 'Our value', values: [58.3, 60.4, 64.7] },
        { name: 'Statistical neighbours', values: [null, 59, null] },
        { name: 'England', values: [62.1, 62.5, 63] },
      ],
    });
  });

  it('rag-summary: counts by theme in scorecard order, "No theme" last', () => {
    expect(chart('rag-summary').spec).toEqual({
      kind: 'rag-summary', title: 'RAG status by theme, 2009-10 Q3',
      groups: [
        { label: "Children's social care", red: 1, amber: 0, green: 1, notRated: 0 },
        { label: 'No theme', red: 0, amber: 0, green: 0, notRated: 1 },
      ],
    });
  });

  it.each<[string, string, Record<string, unknown>, string, string]>([
    ['an unknown indicator', 'trend', { id: 'NI99' }, 'error', 'no indicator with id "NI99" for the trend chart'],
    ['no id', 'comparison', {}, 'error', 'a comparison chart needs an indicator: {{chart "comparison" id="NI68"}}'],
    ['an unknown kind', 'pie', {}, 'error', 'there is no "pie" chart (trend, comparison or rag-summary)'],
    ['no comparator data', 'comparison', { id: 'NI59' }, 'warning', 'NI59 has no statistical neighbour, England or region figures; comparison chart left out'],
  ])('%s is a diagnostic', (_name, kind, hash, severity, message) => {
    expect(charts(kind, hash)).toMatchObject({ severity, message });
  });

  it('a trend with no values at all is a warning', () => {
    const empty = createChartFactory({ ...analysis, indicators: [{ ...ni68, history: ni68.history.map((q) => ({ ...q, value: null })) }] });
    expect(empty('trend', { id: 'NI68' })).toMatchObject({ severity: 'warning', code: 'empty-chart' });
  });
});
