// The wide layout: one column per quarter, detected by its headers whatever the sheet is called.
import { afterAll, describe, expect, it } from 'vitest';
import { periodLabel } from '../../src/period.js';
import { readScorecard } from '../../src/read/index.js';
import { TempDir, briefs, readOk, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const pct = (value: number) => ({ value, numFmt: '0.0%' }) as never;

describe('wide layout', () => {
  it('reads indicator columns and quarter columns from one sheet, below a merged title', async () => {
    const title = 'Quarterly scorecard';
    const file = await writeWorkbook(dir.file('wide.xlsx'), [
      {
        name: 'Scorecard',
        rows: [
          [title, title, title, title],
          [],
          ['Ref', 'Indicator', 'Good is', 'Unit', 'Target', 'Q2 2016/17', 'Q3 2016/17', { value: new Date(Date.UTC(2017, 0, 1)), numFmt: 'mmm-yy' } as never],
          ['NI68', 'Referrals to assessment', 'higher', null, pct(0.72), pct(0.604), pct(0.647), '-'],
          [],
          ['CLA1', 'Children looked after', 'Low', 'rate', null, 58, '61', null],
        ],
        merges: ['A1:H1'],
      },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.layout).toBe('wide');
    expect(s.indicators.map((i) => [i.id, i.title, i.polarity, i.unit, i.target, i.where.cell])).toEqual([
      ['NI68', 'Referrals to assessment', 'higher', 'percent', 72, 'A4'],
      ['CLA1', 'Children looked after', 'lower', 'rate', null, 'A6'],
    ]);
    expect(s.observations.map((o) => [o.id, periodLabel(o.period), o.value, o.where.cell])).toEqual([
      ['NI68', '2016-17 Q2', 60.4, 'F4'],
      ['NI68', '2016-17 Q3', 64.7, 'G4'],
      ['NI68', '2016-17 Q4', null, 'H4'],
      ['CLA1', '2016-17 Q2', 58, 'F6'],
      ['CLA1', '2016-17 Q3', 61, 'G6'],
      ['CLA1', '2016-17 Q4', null, 'H6'],
    ]);
  });

  it('reads a sheet called Indicators laid out one column per quarter as the wide scorecard', async () => {
    const file = await writeWorkbook(dir.file('wide-named-indicators.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Q3 2016/17'], ['A', 'A measure', 'higher', 5]] },
    ]);
    const s = await readOk(file);
    expect(s.layout).toBe('wide');
    expect(s.observations.map((o) => [o.id, o.value])).toEqual([['A', 5]]);
  });

  it('uses an Indicators sheet when there is one, and commentary', async () => {
    const file = await writeWorkbook(dir.file('wide-indicators.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Target'], ['A', 'A measure', 'lower', 10]] },
      { name: 'Performance', rows: [['ID', '2016-17 Q3', '2016-17 Q4'], ['A', 12, 9]] },
      { name: 'Commentary', rows: [['ID', 'Period', 'Section', 'Text'], ['A', 'Jan-Mar 2017', 'actions', '- Recruit']] },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.indicators[0]).toMatchObject({ id: 'A', polarity: 'lower', target: 10 });
    expect(s.observations.map((o) => o.value)).toEqual([12, 9]);
    expect(s.commentary).toMatchObject([{ id: 'A', period: { year: 2016, quarter: 4 }, section: 'actions', text: '- Recruit' }]);
  });

  it('reports a quarter header that is not a period, with its cell', async () => {
    const file = await writeWorkbook(dir.file('wide-bad-header.xlsx'), [
      { name: 'Scorecard', rows: [['ID', 'Title', 'Q2 2016/17', 'Q3 2016/17', 'Qtr 3', 'RAG'], ['A', 'A measure', 1, 2, 3, 'Green']] },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['error not-a-period Scorecard!E1', 'warning unknown-column Scorecard!F1']);
    expect(result.diagnostics[0]!.message).toMatch(/^"Qtr 3" is not a period/);
    expect(result.scorecard).toBeNull();
  });

  it('warns of a missing quarter column and refuses a repeated one', async () => {
    const file = await writeWorkbook(dir.file('wide-gap.xlsx'), [
      { name: 'Scorecard', rows: [['ID', 'Title', 'Q1 2016/17', 'Q3 2016/17', '2016-17 Q3'], ['A', 'A measure', 1, 2, 3]] },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['error duplicate-period Scorecard!E1', 'warning quarter-gap Scorecard!D1']);
  });

  it('refuses a repeated ID', async () => {
    const file = await writeWorkbook(dir.file('wide-dup.xlsx'), [
      { name: 'Scorecard', rows: [['ID', 'Title', 'Q1 2016/17'], ['A', 'A measure', 1], ['A', 'Again', 2]] },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['error duplicate-id Scorecard!A3']);
    expect(result.diagnostics[0]!.message).toBe('duplicate ID "A" (first in row 2)');
  });
});
