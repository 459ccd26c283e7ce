// analyse(): the report period, history, streaks, exceptions, commentary and diagnostics over a whole scorecard.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { Observation } from '../../src/read/types.js';
import type { AnalyseOptions } from '../../src/analyse/types.js';
import { FinancialQuarter } from '../../src/period.js';
import { commentary, indicator, ni68, observation, p, scorecard } from './fixtures.js';

/** As `--emit analysis` prints it: every period as its label. */
const printed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function only(card: ReturnType<typeof scorecard>, options: AnalyseOptions = {}) {
  const analysis = analyse(card, options);
  const first = analysis.indicators[0];
  if (first === undefined) throw new Error('no indicator analysed');
  return { analysis, a: first };
}

describe('the seed case: NI 68, Wirral LSP exception report, January 2010', () => {
  const { analysis, a } = only(ni68());
  it('reports 2009-10 Q3, the latest quarter with a value', () => expect(printed(analysis.period)).toBe('2009-10 Q3'));
  it('is red, red: an exception with a streak of 2', () => {
    expect(printed(a.history.map((q) => [q.period, q.rag]))).toEqual([
      ['2009-10 Q2', 'red'],
      ['2009-10 Q3', 'red'],
    ]);
    expect(a.rag).toBe('red');
    expect(a.redStreak).toBe(2);
    expect(a.exception).toBe(true);
    expect(printed(analysis.exceptions)).toEqual([{ id: 'NI 68', redStreak: 2, periods: ['2009-10 Q2', '2009-10 Q3'] }]);
  });
  it('is improving by 4.3 percentage points', () => {
    expect(a.direction).toBe('improving');
    expect(a.change).toBeCloseTo(4.3, 10);
    expect(a.value).toBe(64.7);
    expect(a.previous).toBe(60.4);
    expect(printed(a.previousPeriod)).toBe('2009-10 Q2');
  });
  it('resolves target, tolerance and precision', () => {
    expect(a.target).toBe(72);
    expect(a.tolerance).toBeCloseTo(3.6, 12);
    expect(a.decimals).toBe(1);
    expect(printed(a.yearOnYearPeriod)).toBe('2008-09 Q3');
    expect(a.yearOnYear).toBeNull();
    expect(a.history[1]?.numerator).toBe(1732);
    expect(analysis.diagnostics).toEqual([]);
  });
});

/** One indicator, target 72% higher is better, with the given quarters of 2015-16 and 2016-17. */
function series(rows: Observation[], threshold?: number) {
  const card = scorecard([indicator({ id: 'CSC1', target: 72 })], rows);
  return only(card, threshold === undefined ? {} : { exceptionThreshold: threshold }).a;
}

describe('red streaks', () => {
  it.each<[string, Observation[], number]>([
    ['three reds', [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', 50), observation('CSC1', '2016-17 Q3', 50)], 3],
    ['broken by amber', [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', 70), observation('CSC1', '2016-17 Q3', 50)], 1],
    ['broken by green', [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', 80), observation('CSC1', '2016-17 Q3', 50)], 1],
    ['broken by a missing value', [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', null), observation('CSC1', '2016-17 Q3', 50)], 1],
    ['broken by a missing quarter', [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q3', 50)], 1],
    ['ends when the report quarter is green', [observation('CSC1', '2016-17 Q2', 50), observation('CSC1', '2016-17 Q3', 72)], 0],
    ['crosses a financial year', [observation('CSC1', '2015-16 Q4', 50), observation('CSC1', '2016-17 Q1', 50)], 2],
  ])('%s', (_label, rows, streak) => {
    expect(series(rows).redStreak).toBe(streak);
  });

  it('is broken by a quarter without a target', () => {
    const card = scorecard(
      [indicator({ id: 'X', target: null })],
      [observation('X', '2016-17 Q1', 50, { target: 72 }), observation('X', '2016-17 Q2', 50), observation('X', '2016-17 Q3', 50, { target: 72 })],
    );
    const { a } = only(card);
    expect(a.history.map((q) => q.rag)).toEqual(['red', null, 'red']);
    expect(a.redStreak).toBe(1);
  });

  it('breaks when the report quarter itself has no observation', () => {
    const card = scorecard(
      [indicator({ id: 'CSC1', target: 72 }), indicator({ id: 'CSC2', target: 72 })],
      [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', 50), observation('CSC2', '2016-17 Q3', 80)],
    );
    const analysis = analyse(card);
    const a = analysis.indicators[0];
    expect(printed(analysis.period)).toBe('2016-17 Q3');
    expect(a?.history.map((q) => q.rag)).toEqual(['red', 'red', null]);
    expect(a?.value).toBeNull();
    expect(a?.target).toBe(72);
    expect(a?.rag).toBeNull();
    expect(a?.redStreak).toBe(0);
    expect(a?.direction).toBeNull();
  });
});

describe('exception threshold', () => {
  // Different figures: one figure three quarters running is a data query (copied forward?), held out of exceptions.
  const reds = [observation('CSC1', '2016-17 Q1', 50), observation('CSC1', '2016-17 Q2', 51), observation('CSC1', '2016-17 Q3', 49)];
  it.each([
    [undefined, true],
    [1, true],
    [3, true],
    [4, false],
  ])('threshold %s → exception %s', (threshold, exception) => {
    expect(series(reds, threshold).exception).toBe(exception);
  });
  it('an unusable threshold is an error diagnostic and the default is used', () => {
    const analysis = analyse(scorecard([indicator({ id: 'CSC1', target: 72 })], reds), { exceptionThreshold: 0 });
    expect(analysis.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'invalid-exception-threshold']]);
    expect(analysis.indicators[0]?.exception).toBe(true);
  });
  it('lists exceptions in input order with their red quarters oldest first', () => {
    const card = scorecard(
      [indicator({ id: 'B', target: 72 }), indicator({ id: 'A', target: 72 }), indicator({ id: 'C', target: 72 })],
      [
        observation('B', '2016-17 Q2', 50),
        observation('B', '2016-17 Q3', 50),
        observation('A', '2016-17 Q1', 50),
        observation('A', '2016-17 Q2', 51),
        observation('A', '2016-17 Q3', 49),
        observation('C', '2016-17 Q3', 50),
      ],
    );
    expect(printed(analyse(card).exceptions)).toEqual([
      { id: 'B', redStreak: 2, periods: ['2016-17 Q2', '2016-17 Q3'] },
      { id: 'A', redStreak: 3, periods: ['2016-17 Q1', '2016-17 Q2', '2016-17 Q3'] },
    ]);
  });
});

describe('targets', () => {
  it('a quarter’s own target overrides the indicator’s, with tolerance from it', () => {
    const a = series([observation('CSC1', '2016-17 Q2', 70), observation('CSC1', '2016-17 Q3', 70, { target: 80 })]);
    expect(a.history.map((q) => [q.target, q.rag])).toEqual([
      [72, 'amber'],
      [80, 'red'],
    ]);
    expect(a.target).toBe(80);
    expect(a.tolerance).toBeCloseTo(4, 12);
  });
  it('an explicit tolerance is kept', () => {
    const { a } = only(scorecard([indicator({ id: 'X', target: 72, tolerance: 2 })], [observation('X', '2016-17 Q3', 70)]));
    expect([a.tolerance, a.rag]).toEqual([2, 'amber']);
  });
  it('no target: no tolerance, not rated, no exception', () => {
    const { a } = only(scorecard([indicator({ id: 'X', polarity: null })], [observation('X', '2016-17 Q3', 70)]));
    expect([a.target, a.tolerance, a.rag, a.redStreak, a.exception]).toEqual([null, null, null, 0, false]);
  });
});

describe('history', () => {
  it('runs from the first observation to the report period with gaps as nulls', () => {
    const a = series([observation('CSC1', '2015-16 Q3', 60), observation('CSC1', '2016-17 Q2', 65), observation('CSC1', '2016-17 Q3', 66)]);
    expect(printed(a.history.map((q) => [q.period, q.value]))).toEqual([
      ['2015-16 Q3', 60],
      ['2015-16 Q4', null],
      ['2016-17 Q1', null],
      ['2016-17 Q2', 65],
      ['2016-17 Q3', 66],
    ]);
    expect(a.yearOnYear).toBe(60);
    expect(printed(a.yearOnYearPeriod)).toBe('2015-16 Q3');
    expect(printed(a.history[1])).toEqual({
      period: '2015-16 Q4', value: null, target: 72, rag: null, numerator: null, denominator: null,
      statisticalNeighbours: null, england: null, region: null, months: null,
    });
  });
  it('stops at an earlier report period', () => {
    const rows = [observation('CSC1', '2016-17 Q1', 60), observation('CSC1', '2016-17 Q2', 65), observation('CSC1', '2016-17 Q3', 66)];
    const { analysis, a } = only(scorecard([indicator({ id: 'CSC1', target: 72 })], rows), { period: p('2016-17 Q2') });
    expect(printed(analysis.period)).toBe('2016-17 Q2');
    expect(printed(a.history.map((q) => q.period))).toEqual(['2016-17 Q1', '2016-17 Q2']);
    expect([a.value, a.previous]).toEqual([65, 60]);
  });
  it('is empty when the indicator starts after the report period', () => {
    const rows = [observation('CSC1', '2016-17 Q3', 66)];
    const { a } = only(scorecard([indicator({ id: 'CSC1', target: 72 })], rows), { period: p('2016-17 Q2') });
    expect(a.history).toEqual([]);
    expect(a.value).toBeNull();
  });
});

describe('comparators', () => {
  it('are taken from the report quarter', () => {
    const a = series([
      observation('CSC1', '2016-17 Q3', 20.8, { statisticalNeighbours: 24, england: 26.1, region: 20.8 }),
    ]);
    expect(a.comparators.statisticalNeighbours?.better).toBe(false);
    expect(a.comparators.england?.gap).toBeCloseTo(-5.3, 10);
    expect(a.comparators.region).toEqual({ comparator: 20.8, gap: 0, better: null });
  });
});

describe('commentary', () => {
  it('keeps the report quarter’s and period-less rows, in input order', () => {
    const card = scorecard(
      [indicator({ id: 'A', target: 72 }), indicator({ id: 'B', target: 72 })],
      [observation('A', '2016-17 Q2', 60), observation('A', '2016-17 Q3', 61)],
      [
        commentary('A', '2016-17 Q2', 'position', 'old'),
        commentary('A', '2016-17 Q3', 'position', 'now'),
        commentary('B', '2016-17 Q3', 'position', 'other indicator'),
        commentary('A', null, 'actions', 'always'),
      ],
    );
    expect(analyse(card).indicators[0]?.commentary.map((c) => c.text)).toEqual(['now', 'always']);
  });
});

describe('report period and diagnostics', () => {
  it('reports the period asked for, printed as its label', () => {
    const analysis = analyse(ni68(), { period: p('2009-10 Q2') });
    expect(analysis.period).toBeInstanceOf(FinancialQuarter);
    expect(String(analysis.period)).toBe('2009-10 Q2');
  });
  it('a period with no data is analysed with a warning', () => {
    const analysis = analyse(ni68(), { period: p('2010-11 Q1') });
    expect(analysis.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'period-without-data']]);
    expect(printed(analysis.period)).toBe('2010-11 Q1');
    const a = analysis.indicators[0];
    expect([a?.value, a?.rag, a?.redStreak, a?.exception]).toEqual([null, null, 0, false]);
    expect(printed(a?.history.map((q) => q.period))).toEqual(['2009-10 Q2', '2009-10 Q3', '2009-10 Q4', '2010-11 Q1']);
  });
  it('an indicator a quarter in arrears is named, with the red run it was on', () => {
    const card = scorecard(
      [indicator({ id: 'A', target: 72 }), indicator({ id: 'B', target: 72 })],
      [observation('A', '2016-17 Q2', 60), observation('A', '2016-17 Q3', 61), observation('B', '2016-17 Q2', 60), observation('B', '2016-17 Q3', 61), observation('B', '2016-17 Q4', 80)],
    );
    const analysis = analyse(card);
    expect(printed(analysis.period)).toBe('2016-17 Q4');
    expect(analysis.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['no-figure-for-period', 'A has no figure for 2016-17 Q4; its latest is for 2016-17 Q3; it was rated red then, and without a figure for 2016-17 Q4 it is not rated or reported as an exception'],
    ]);
  });
  it('latest period ignores later quarters that only carry targets', () => {
    const card = scorecard(
      [indicator({ id: 'A', target: 72 })],
      [observation('A', '2016-17 Q2', 60), observation('A', '2016-17 Q3', null, { target: 75 })],
    );
    expect(printed(analyse(card).period)).toBe('2016-17 Q2');
  });
  it('a scorecard with no values warns and reports its latest quarter', () => {
    const card = scorecard([indicator({ id: 'A', target: 72 })], [observation('A', '2016-17 Q2', null)]);
    const analysis = analyse(card);
    expect(printed(analysis.period)).toBe('2016-17 Q2');
    expect(analysis.diagnostics.map((d) => d.code)).toEqual(['no-values']);
  });
  it('a scorecard with no quarters at all is an error', () => {
    const analysis = analyse(scorecard([indicator({ id: 'A', target: 72 })], []));
    expect(analysis.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'no-observations']]);
    expect(analysis.indicators).toEqual([]);
  });
  it('a duplicate quarter is warned about at its cell and the first row used', () => {
    const card = scorecard(
      [indicator({ id: 'A', target: 72 })],
      [observation('A', '2016-17 Q3', 60), observation('A', '2016-17 Q3', 80, { where: { sheet: 'Values', cell: 'C9' } })],
    );
    const analysis = analyse(card);
    expect(analysis.indicators[0]?.value).toBe(60);
    expect(analysis.diagnostics).toEqual([
      { severity: 'warning', code: 'duplicate-observation', message: 'A has more than one row for 2016-17 Q3; the first is used', where: { sheet: 'Values', cell: 'C9' } },
    ]);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(analyse(ni68()))).toBe(JSON.stringify(analyse(ni68())));
  });
});
