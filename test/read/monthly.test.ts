// Monthly rows gathered into quarters by measure type; a short quarter is flagged, never summed short.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, parseMonth, type Month } from '../../src/month.js';
import { periodLabel } from '../../src/period.js';
import { readScorecard } from '../../src/read/index.js';
import { monthsOfQuarter } from '../../src/read/monthlyRows.js';
import { quarterFromMonths, type MonthFigures } from '../../src/read/monthlyQuarter.js';
import type { MeasureType, Unit } from '../../src/read/types.js';
import { TempDir, briefs, readOk, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('months as spreadsheets write them', () => {
  it.each([
    ['Apr 2022', { year: 2022, month: 4 }],
    ['April 2022', { year: 2022, month: 4 }],
    ['Sept 2022', { year: 2022, month: 9 }],
    ['Apr-22', { year: 2022, month: 4 }],
    ["Apr '22", { year: 2022, month: 4 }],
    ['2022-04', { year: 2022, month: 4 }],
    ['04/2022', { year: 2022, month: 4 }],
    ['01/04/2022', { year: 2022, month: 4 }],
    ['2022-04-30', { year: 2022, month: 4 }],
    ['2022-23 Q1', null],
    ['Apr-Jun 2022', null],
    ['2022-13', null],
    ['31/02/2022', null],
  ])('%j is %j', (text, month) => {
    expect(parseMonth(text)).toEqual(month);
  });

  it('a date cell is its month', () => {
    expect(parseMonth(new Date(Date.UTC(2023, 0, 31)))).toEqual({ year: 2023, month: 1 });
    expect(monthLabel({ year: 2023, month: 1 })).toBe('Jan 2023');
  });

  it('the quarters hold the right months', () => {
    expect(monthsOfQuarter({ year: 2022, quarter: 1 }).map(monthLabel)).toEqual(['Apr 2022', 'May 2022', 'Jun 2022']);
    expect(monthsOfQuarter({ year: 2022, quarter: 4 }).map(monthLabel)).toEqual(['Jan 2023', 'Feb 2023', 'Mar 2023']);
  });
});

function monthRow(month: Month, value: number | null, more: Partial<MonthFigures> = {}): MonthFigures {
  return { month, value, target: null, numerator: null, denominator: null, statisticalNeighbours: null, england: null, region: null, ...more };
}

const Q1 = monthsOfQuarter({ year: 2022, quarter: 1 });

describe('a quarter from its months', () => {
  it.each<[MeasureType, Unit, number | null, string]>([
    ['flow', 'number', 30, 'sum'],
    ['flow', 'currency', 30, 'sum'],
    ['snapshot', 'number', 12, 'last'],
    ['cumulative', 'number', 12, 'last'],
    ['rolling', 'number', 12, 'last'],
    ['annual', 'number', 12, 'last'],
    ['flow', 'percent', 10, 'mean'],
  ])('%s %s: %j by %s', (type, unit, value, method) => {
    const rows = [monthRow(Q1[0]!, 8), monthRow(Q1[1]!, 10), monthRow(Q1[2]!, 12)];
    expect(quarterFromMonths(rows, Q1, type, unit, null)).toMatchObject({ value, method, missing: [] });
  });

  it('a flow percentage with numerator and denominator is the ratio of the sums, not the mean of the months', () => {
    const rows = [
      monthRow(Q1[0]!, 50, { numerator: 50, denominator: 100 }),
      monthRow(Q1[1]!, 90, { numerator: 900, denominator: 1000 }),
      monthRow(Q1[2]!, 60, { numerator: 60, denominator: 100 }),
    ];
    expect(quarterFromMonths(rows, Q1, 'flow', 'percent', null)).toMatchObject({ value: 84.1666666667, numerator: 1010, denominator: 1200, method: 'ratio' });
  });

  it('a flow short of a month has no figure; a snapshot without its last month has none either', () => {
    const short = [monthRow(Q1[0]!, 8), monthRow(Q1[1]!, 10)];
    expect(quarterFromMonths(short, Q1, 'flow', 'number', null)).toMatchObject({ value: null, missing: [Q1[2]] });
    expect(quarterFromMonths(short, Q1, 'snapshot', 'number', null)).toMatchObject({ value: null, missing: [Q1[2]] });
    const noFirst = [monthRow(Q1[1]!, 10), monthRow(Q1[2]!, 12)];
    expect(quarterFromMonths(noFirst, Q1, 'snapshot', 'number', null)).toMatchObject({ value: 12, missing: [Q1[0]] });
    expect(quarterFromMonths(noFirst, Q1, 'flow', 'number', null)).toMatchObject({ value: null, missing: [Q1[0]] });
  });

  it('targets: a count adds up its monthly targets; a percentage keeps the last', () => {
    const rows = [monthRow(Q1[0]!, 8, { target: 10 }), monthRow(Q1[1]!, 10, { target: 10 }), monthRow(Q1[2]!, 12, { target: 11 })];
    expect(quarterFromMonths(rows, Q1, 'flow', 'number', null).target).toBe(31);
    expect(quarterFromMonths(rows, Q1, 'flow', 'percent', null).target).toBe(11);
    expect(quarterFromMonths(rows, Q1, 'snapshot', 'number', null).target).toBe(11);
  });

  const figure = fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100), { nil: null, freq: 5 });
  it('property: the quarter equals the hand aggregation for every measure type', () => {
    fc.assert(
      fc.property(
        fc.tuple(figure, figure, figure),
        fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
        fc.constantFrom<MeasureType>('snapshot', 'flow', 'cumulative', 'rolling', 'annual'),
        fc.constantFrom<Unit>('number', 'currency', 'percent'),
        (values, present, type, unit) => {
          const rows = Q1.flatMap((m, i) => (present[i] ? [monthRow(m, values[i]!)] : []));
          const given = Q1.map((_, i) => (present[i] ? values[i]! : null));
          const q = quarterFromMonths(rows, Q1, type, unit, null);
          let expected: number | null;
          if (type !== 'flow') expected = given[2]!;
          else if (given.some((v) => v === null)) expected = null;
          else {
            const total = (given as number[]).reduce((a, b) => a + b, 0);
            expected = unit === 'percent' ? total / 3 : total;
          }
          if (expected === null) expect(q.value).toBeNull();
          else expect(q.value).toBeCloseTo(expected, 8);
          expect(q.missing.map(monthIndex)).toEqual(Q1.filter((_, i) => given[i] === null).map(monthIndex));
          expect(q.months.map(monthIndex)).toEqual(Q1.filter((_, i) => given[i] !== null).map(monthIndex));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('reading monthly returns', () => {
  it('an NHS trust’s monthly rows read as quarters, with a month missing flagged, not summed short', async () => {
    const rows = [
      'ID,Title,Unit,Polarity,Measure type,Period,Value,Numerator,Denominator',
      ...[
        ['Apr 2022', 56.0, 5600, 10000], ['May 2022', 56.0, 6160, 11000], ['Jun 2022', 56.3, 5630, 10000],
        ['Jul 2022', 57.3, 5730, 10000], ['Aug 2022', 58.0, 5800, 10000],
      ].map(([p, v, n, d]) => `AE01,Seen within 4 hours,percent,higher,flow,${p},${v},${n},${d}`),
      ...['Apr 2022,120', 'May 2022,130', 'Jun 2022,110', 'Jul 2022,100', 'Aug 2022,90', 'Sep 2022,80'].map((pv) => `AE05,Attendances,number,higher,flow,${pv},,`),
      ...['Apr 2022,40', 'May 2022,41', 'Jun 2022,39'].map((pv) => `AE09,Patients on the ward,number,lower,snapshot,${pv},,`),
    ];
    const file = writeBytes(dir.file('monthly.csv'), rows.join('\n'));
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['warning months-missing monthly.csv!G6']);
    expect(result.diagnostics[0]!.message).toBe(
      'AE01 2022-23 Q2 has no figure for September 2022, so the quarter is left without a figure rather than added up short; add the missing month, or confirm the quarter is incomplete',
    );
    const s = result.scorecard!;
    const quarters = (id: string) => s.observations.filter((o) => o.id === id).map((o) => [periodLabel(o.period), o.value, o.months?.map(monthLabel)]);
    expect(quarters('AE01')).toEqual([
      ['2022-23 Q1', 56.0967741935, ['Apr 2022', 'May 2022', 'Jun 2022']],
      ['2022-23 Q2', null, ['Jul 2022', 'Aug 2022']],
    ]);
    expect(quarters('AE05')).toEqual([
      ['2022-23 Q1', 360, ['Apr 2022', 'May 2022', 'Jun 2022']],
      ['2022-23 Q2', 270, ['Jul 2022', 'Aug 2022', 'Sep 2022']],
    ]);
    expect(quarters('AE09')).toEqual([['2022-23 Q1', 39, ['Apr 2022', 'May 2022', 'Jun 2022']]]);
    // A gathered quarter has a quarterly row's fields, in the same order, then the months that made it.
    expect(Object.keys(s.observations.find((o) => o.id === 'AE05')!)).toEqual(['id', 'period', 'value', 'target', 'numerator', 'denominator', 'statisticalNeighbours', 'england', 'region', 'where', 'months']);
  });

  it('the trust’s own monthly CSV (no counts) is read, each quarter the mean of its months with a warning', async () => {
    const published = 'test/fixtures/read/uhl-ae-monthly-rows.csv';
    const result = await readScorecard(published, { defaultMeasureType: 'flow' });
    expect(result.scorecard).not.toBeNull();
    // August, October and December 2022 could not be had: those two quarters are flagged and left without a figure.
    expect(result.diagnostics.map((d) => d.code)).toEqual(['months-missing', 'months-missing', 'monthly-percentages-averaged']);
    expect(result.diagnostics[2]!.message).toMatch(/^AE01: each of its 7 quarters is the average of its three monthly figures/);
    const first = result.scorecard!.observations[0]!;
    expect([periodLabel(first.period), first.value]).toEqual(['2022-23 Q1', 56.1]);
  });

  it('a month given twice, and a quarter row among months, are errors at their rows', async () => {
    const file = await writeWorkbook(dir.file('monthly-clash.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Measure type'], ['C1', 'Contacts', 'higher', 'number', 'flow']] },
      {
        name: 'Values',
        rows: [
          ['ID', 'Period', 'Value'],
          ['C1', 'Apr 2022', 1], ['C1', 'May 2022', 2], ['C1', '2022-05', 3], ['C1', 'Jun 2022', 4], ['C1', '2022-23 Q1', 10],
        ],
      },
    ]);
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual(['error duplicate-row Values!A4', 'error quarter-among-months Values!A6']);
    expect(result.diagnostics[0]!.message).toBe('a second row for C1 in May 2022 (the first is row 3)');
  });

  it('quarters labelled by their last month stay quarters', async () => {
    const file = await writeWorkbook(dir.file('quarter-months.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Measure type'], ['C1', 'Contacts', 'higher', 'number', 'flow']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['C1', 'Jun 2022', 300], ['C1', 'Sep 2022', 310], ['C1', 'Dec 2022', 320]] },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.observations.map((o) => [periodLabel(o.period), o.value, o.months ?? null])).toEqual([
      ['2022-23 Q1', 300, null], ['2022-23 Q2', 310, null], ['2022-23 Q3', 320, null],
    ]);
  });

  it('a wide monthly sheet with a whole quarter missing says so once, at the column after the gap', async () => {
    const file = await writeWorkbook(dir.file('monthly-wide-gap.xlsx'), [
      {
        name: 'Scorecard',
        rows: [
          ['Ref', 'Title', 'Good is', 'Unit', 'Measure type', 'Apr 2022', 'May 2022', 'Jun 2022', 'Oct 2022', 'Nov 2022', 'Dec 2022'],
          ['C1', 'Contacts received', 'High', 'number', 'flow', 100, 110, 120, 130, 140, 150],
        ],
      },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['warning quarter-gap Scorecard!I1']);
    expect(result.scorecard!.observations.map((o) => [periodLabel(o.period), o.value])).toEqual([['2022-23 Q1', 330], ['2022-23 Q3', 420]]);
  });

  it('a wide sheet with a column per month is gathered the same way', async () => {
    const file = await writeWorkbook(dir.file('monthly-wide.xlsx'), [
      {
        name: 'Scorecard',
        rows: [
          ['Ref', 'Title', 'Good is', 'Unit', 'Measure type', 'Apr 2022', 'May 2022', 'Jun 2022', 'Jul 2022'],
          ['C1', 'Contacts received', 'High', 'number', 'flow', 100, 110, 120, 130],
          ['B1', 'Bed occupancy', 'Low', 'percent', 'snapshot', 91, 92, 93, 94],
        ],
      },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['warning months-missing Scorecard!I2', 'warning months-missing Scorecard!I3']);
    const s = result.scorecard!;
    expect(s.observations.map((o) => [o.id, periodLabel(o.period), o.value])).toEqual([
      ['C1', '2022-23 Q1', 330], ['C1', '2022-23 Q2', null], ['B1', '2022-23 Q1', 93], ['B1', '2022-23 Q2', null],
    ]);
  });
});
