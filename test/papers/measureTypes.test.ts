// Papers in the words of each measure type: a position, an amount in the quarter, year to date, a rolling year, annual.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { Analysis, IndicatorAnalysis } from '../../src/analyse/types.js';
import { keyPoints, performanceSentence, ragSentence } from '../../src/narrate/index.js';
import { readScorecard } from '../../src/read/index.js';
import type { MeasureType, Scorecard } from '../../src/read/types.js';
import { periodFromLabel } from '../../src/period.js';
import { targetSentence } from '../../src/compose/helpers/exception-sentences.js';
import { analysisOf, q } from '../narrate/fixtures.js';
import { indicatorRow, observations, paper, scorecard, textLines } from './support.js';

const HART = 'test/fixtures/papers/hart-real.xlsx';

/** The four quarters of support.PERIODS: 2008-09 Q4 to 2009-10 Q3. */
function oneOfEach(): Analysis {
  const type = (measureType: MeasureType) => ({ measureType, measureTypeFrom: 'column' as const });
  return analyse(
    scorecard(
      [
        indicatorRow('SNAP', { title: 'Referrals going on to assessment', target: 72, ...type('snapshot') }),
        indicatorRow('FLOW', { title: 'Contacts received', unit: 'number', target: 900, ...type('flow') }),
        indicatorRow('SPEND', { title: 'Spend on agency staff', unit: 'currency', polarity: 'lower', target: 750000, ...type('flow') }),
        indicatorRow('YTD', { title: 'Audit plan complete', target: null, annualTarget: 100, targetProfile: [0.1, 0.3, 0.6, 1], ...type('cumulative') }),
        indicatorRow('ROLL', { title: 'Re-referrals within 12 months', polarity: 'lower', unit: 'number', target: 80, ...type('rolling') }),
        indicatorRow('YEAR', { title: 'Residents satisfied with the area', target: 80, targetDate: '2011-03-31', ...type('annual') }),
      ],
      [
        ...observations('SNAP', [58, 58.3, 60.4, 64.7]),
        ...observations('FLOW', [850, 870, 866, 891]),
        ...observations('SPEND', [700000, 720000, 780000, 802900]),
        ...observations('YTD', [95, 12, 25, 57.4]),
        ...observations('ROLL', [90, 88, 84, 79]),
        ...observations('YEAR', [75, null, null, null]),
      ],
    ),
  );
}

const byId = (analysis: Analysis, id: string): IndicatorAnalysis => analysis.indicators.find((a) => a.id === id)!;

describe('sentences by measure type', () => {
  const analysis = oneOfEach();

  it.each([
    ['SNAP', 'Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 2), against a target of 72%.'],
    ['FLOW', 'The total for Quarter 3 is 891 (an increase of 25 from 866 in Quarter 2), against a target of 900.'],
    ['SPEND', 'The total for Quarter 3 is £802,900 (an increase of £22,900 from £780,000 in Quarter 2), against a target of £750,000.'],
    ['YTD', 'By the end of Quarter 3, the year-to-date figure is 57.4%, against a profiled target of 60% for this point in the year (100% for the whole year). No data was reported for the same point last year (Quarter 3 2008-09).'],
    ['ROLL', 'In the 12 months to the end of Quarter 3, the figure is 79 (a decrease of 5 from 84 in the 12 months to the end of Quarter 2), against a target of 80.'],
    ['YEAR', 'This indicator is reported once a year; the latest figure, for 2008-09, is 75.0%.'],
  ])('%s: %s', (id, sentence) => {
    expect(performanceSentence(byId(analysis, id))).toBe(sentence);
  });

  it.each([
    [52, 'By the end of Quarter 3, the year-to-date figure is 57.4% (an increase of 5.4 percentage points from 52.0% at the same point last year), against a year-to-date target of 50%.', 'improving'],
    [57.4, 'By the end of Quarter 3, the year-to-date figure is unchanged at 57.4% (the same as at the same point last year), against a year-to-date target of 50%.', 'unchanged'],
    [61, 'By the end of Quarter 3, the year-to-date figure is 57.4% (a decrease of 3.6 percentage points from 61.0% at the same point last year), against a year-to-date target of 50%.', 'worsening'],
  ])('a year-to-date figure against %s at the same point last year', (lastYear, sentence, direction) => {
    const a = analysisOf({
      measureType: 'cumulative', value: 57.4, target: 50, targetFrom: 'quarter', rag: 'green', redStreak: 0, exception: false,
      direction: direction as IndicatorAnalysis['direction'],
      comparedWith: { basis: 'same point last year', period: q('2008-09 Q3'), value: lastYear },
    });
    expect(performanceSentence(a)).toBe(sentence);
  });

  it('a year-to-date figure is rated against its profile, and never called improving because it grew', () => {
    const ytd = byId(analysis, 'YTD');
    expect(ytd).toMatchObject({ target: 60, targetFrom: 'profile', rag: 'amber', direction: null });
    expect(ytd.comparedWith).toMatchObject({ basis: 'same point last year', value: null });
    expect(ragSentence(ytd)).toBe('This is rated amber, 2.6 percentage points short of target but within tolerance.');
    // It rose from 25% to 57.4% since Quarter 2, which is not news: it is a year-to-date total.
    expect(keyPoints(analysis, 10).some((p) => p.startsWith('YTD'))).toBe(false);
  });

  it('an annual measure is not rated, not red and no exception in a quarter without its figure, and says so', () => {
    const year = byId(analysis, 'YEAR');
    expect(year).toMatchObject({ value: null, rag: null, redStreak: 0, exception: false, latest: { value: 75, rag: 'red' } });
    expect(ragSentence(year)).toBe('It is not rated for Quarter 3, as its figure is reported once a year.');
    expect(analysis.diagnostics.filter((d) => d.message.startsWith('YEAR'))).toEqual([]);
  });

  it('an annual measure red two years running is an exception counted in years', () => {
    const a = analyse(
      scorecard(
        [indicatorRow('YEAR', { title: 'Residents satisfied', target: 80, measureType: 'annual', measureTypeFrom: 'column' })],
        [...observations('YEAR', [70, null, null, null]), { ...observations('YEAR', [null, null, null, 71])[3]!, period: periodFromLabel('2009-10 Q4') }],
      ),
    );
    const year = byId(a, 'YEAR');
    expect(year).toMatchObject({ rag: 'red', redStreak: 2, exception: true, comparedWith: { basis: 'previous year', value: 70 } });
    expect(performanceSentence(year)).toBe('The figure for 2009-10 is 71.0% (broadly unchanged from 70.0% in 2008-09), against a target of 80%.');
    // 71% against 70% is inside the noise band (half the 4-point tolerance): not called improving (issue 9).
    expect(ragSentence(year)).toBe('This is rated red for the second consecutive year, 9 percentage points short of target.');
    expect(keyPoints(a)).toEqual(['Residents satisfied (YEAR) red for a second consecutive year']);
  });

  it('a target date is the by-when of an exception report; without one, the quarter end', () => {
    expect(targetSentence({ ...byId(analysis, 'SNAP'), targetDate: '2011-03-31' })).toBe('The target is to increase the percentage to 72% by 31 March 2011.');
    expect(targetSentence(byId(analysis, 'SNAP'))).toBe('The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009).');
    // A year-to-date target is due at the quarter's end; the date belongs to the year's target.
    expect(targetSentence({ ...byId(analysis, 'YTD'), targetDate: '2010-03-31' })).toBe(
      'The year-to-date target is to increase the percentage to 60% by the end of Quarter 3 2009-10 (31 December 2009), on the way to 100% for the year by 31 March 2010.',
    );
  });

  it('no paper says "Performance at the end of Quarter" of a flow or cumulative measure, and chart titles say what a point is', () => {
    const onlyFlows: Analysis = { ...analysis, indicators: analysis.indicators.filter((a) => a.measureType === 'flow' || a.measureType === 'cumulative') };
    for (const template of ['cabinet-paper', 'scrutiny-pack', 'performance-summary']) {
      const result = paper(template, onlyFlows);
      const lines = textLines(result.document);
      expect(lines.filter((l) => /Performance at the end of Quarter \d is/.test(l)), template).toEqual([]);
    }
    const cabinet = textLines(paper('cabinet-paper', analysis).document);
    expect(cabinet.some((l) => l.startsWith('Line chart: YTD Audit plan complete (year to date) stood at 57.4% in 2009-10 Q3 (year to date, restarting each April)'))).toBe(true);
    expect(cabinet.some((l) => l.startsWith('Line chart: FLOW Contacts received (in each quarter) rose'))).toBe(true);
  });
});

describe.skipIf(!existsSync(HART))('Hart District Council, with its year-to-date indicators marked cumulative', () => {
  async function hart(): Promise<Analysis> {
    const read = await readScorecard(HART);
    const s = read.scorecard as Scorecard;
    const cumulative = new Set(['RB05', 'HS08']);
    return analyse({
      ...s,
      indicators: s.indicators.map((i) => (cumulative.has(i.id) ? { ...i, measureType: 'cumulative' as const, measureTypeFrom: 'column' as const } : i)),
    });
  }

  it('RB05 and HS08 are set against their year-to-date targets, not called improving because they grew', async () => {
    const a = await hart();
    const rb05 = byId(a, 'RB05');
    const hs08 = byId(a, 'HS08');
    expect(performanceSentence(rb05)).toBe(
      'By the end of Quarter 2, the year-to-date figure is 57.4%, against a year-to-date target of 24.6%. No data was reported for the same point last year (Quarter 2 2013-14).',
    );
    expect(rb05).toMatchObject({ rag: 'green', direction: null });
    expect(performanceSentence(hs08)).toBe(
      'By the end of Quarter 2, the year-to-date figure is 25.0%, against a year-to-date target of 50%. No data was reported for the same point last year (Quarter 2 2013-14).',
    );
    // Red against its year-to-date target in Quarter 1 (5% against 15%) and Quarter 2: an exception on its merits.
    expect(hs08).toMatchObject({ rag: 'red', redStreak: 2, exception: true, direction: null });
    expect(ragSentence(hs08)).toBe('This is rated red for the second consecutive quarter, 25 percentage points short of target.');
    const points = keyPoints(a, 20);
    expect(points.filter((p) => /^(RB05|HS08) (improving|worsening)/.test(p))).toEqual([]);
  });
});

describe('a monthly workbook with a month missing', () => {
  it('the short quarter reads as not reported, never as a quarter summed short', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'boardpack-monthly-'));
    try {
      const file = join(dir, 'contacts.csv');
      const months = ['Apr 2022,300', 'May 2022,310', 'Jun 2022,290', 'Jul 2022,320', 'Sep 2022,330', 'Oct 2022,300', 'Nov 2022,310', 'Dec 2022,305'];
      writeFileSync(file, ['ID,Title,Unit,Polarity,Measure type,Target,Period,Value', ...months.map((m) => `C1,Contacts received,number,higher,flow,300,${m}`)].join('\n'));
      const read = await readScorecard(file);
      expect(read.diagnostics.map((d) => d.code)).toEqual(['months-missing']);
      const a = analyse(read.scorecard!);
      const c1 = byId(a, 'C1');
      expect(c1.history.map((q) => [String(q.period), q.value, q.months])).toEqual([
        ['2022-23 Q1', 900, ['Apr 2022', 'May 2022', 'Jun 2022']],
        ['2022-23 Q2', null, ['Jul 2022', 'Sep 2022']],
        ['2022-23 Q3', 915, ['Oct 2022', 'Nov 2022', 'Dec 2022']],
      ]);
      expect(performanceSentence(c1)).toBe('The total for Quarter 3 is 915, against a target of 900. No data was reported for Quarter 2.');
      // A monthly target of 300 is 900 for the quarter.
      expect([c1.target, c1.rag]).toEqual([900, 'green']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
