// parsePeriod: every accepted spelling of a financial quarter, and the near misses that must be refused; quarters as values.
import { describe, expect, it } from 'vitest';
import {
  addQuarters, financialQuarter, FinancialQuarter, parsePeriod, parsePeriodLabel, periodFromIndex, periodFromLabel, periodLabel, periodSlug,
} from '../src/period.js';

const label = (input: unknown): string | null => {
  const p = parsePeriod(input);
  return p === null ? null : periodLabel(p);
};

describe('parsePeriod accepts', () => {
  it.each([
    ['2016-17 Q3', '2016-17 Q3'],
    ['2016/17 Q3', '2016-17 Q3'],
    ['Q3 2016/17', '2016-17 Q3'],
    ['Q3 2016-17', '2016-17 Q3'],
    ['Q3 16/17', '2016-17 Q3'],
    ['q3 2016/17', '2016-17 Q3'],
    ['  Q3   2016/17 ', '2016-17 Q3'],
    ['Q3 2016/2017', '2016-17 Q3'],
    ['2016/2017 Q3', '2016-17 Q3'],
    ['2016–17 Q3', '2016-17 Q3'],
    ['Qtr 3 2016/17', '2016-17 Q3'],
    ['Quarter 3 2016/17', '2016-17 Q3'],
    ['Q4 2013/14', '2013-14 Q4'],
    ['Q1 99/00', '1999-00 Q1'],
    ['Q1 69/70', '2069-70 Q1'],
    ['2099-00 Q1', '2099-00 Q1'],
    ['Oct-Dec 2016', '2016-17 Q3'],
    ['Oct - Dec 2016', '2016-17 Q3'],
    ['October to December 2016', '2016-17 Q3'],
    ['Jan-Mar 2017', '2016-17 Q4'],
    ['Apr-Jun 2016', '2016-17 Q1'],
    ['Jul–Sep 2016', '2016-17 Q2'],
    ['Dec 2016', '2016-17 Q3'],
    ['December 2016', '2016-17 Q3'],
    ['Sept 2016', '2016-17 Q2'],
    ['March 2017', '2016-17 Q4'],
    ['April 2017', '2017-18 Q1'],
    ['Dec-16', '2016-17 Q3'],
    ['31/12/2016', '2016-17 Q3'],
    ['01/02/2024', '2023-24 Q4'],
    ['01-02-2024', '2023-24 Q4'],
    ['1/4/2024', '2024-25 Q1'],
    ['2016-12-31', '2016-17 Q3'],
    [new Date(Date.UTC(2016, 11, 1)), '2016-17 Q3'],
    [new Date(Date.UTC(2017, 2, 31)), '2016-17 Q4'],
    [new Date(Date.UTC(2017, 3, 1)), '2017-18 Q1'],
  ] as const)('%s → %s', (input, expected) => {
    expect(label(input)).toBe(expected);
  });
});

describe('parsePeriod refuses', () => {
  it.each([
    ['Qtr 3'],
    ['Q3'],
    ['Q3 2016'],
    ['2016 Q3'],
    ['Q5 2016/17'],
    ['Q0 2016/17'],
    ['2016/18 Q3'],
    ['Q3 16/18'],
    ['Nov-Jan 2016'],
    ['Oct-Nov 2016'],
    ['Dec'],
    ['Decem 2016'],
    ['Smarch 2016'],
    ['31/02/2016'],
    ['13/13/2016'],
    ['2016-13-01'],
    ['sixty'],
    [''],
    [42705],
    [null],
    [undefined],
    [true],
    [new Date(Number.NaN)],
    [{ text: '2016-17 Q3' }],
  ] as const)('%s', (input) => {
    expect(parsePeriod(input)).toBeNull();
  });
});

describe('a quarter as a value', () => {
  const q3 = financialQuarter({ year: 2016, quarter: 3 });

  it('prints as its label in JSON, in text and in template literals', () => {
    expect(JSON.stringify({ period: q3, periods: [q3] })).toBe('{"period":"2016-17 Q3","periods":["2016-17 Q3"]}');
    expect(String(q3)).toBe('2016-17 Q3');
    expect(`${q3}`).toBe('2016-17 Q3');
  });
  it('keeps the {year, quarter} shape and cannot be changed', () => {
    expect({ ...q3 }).toEqual({ year: 2016, quarter: 3 });
    expect(Object.isFrozen(q3)).toBe(true);
    expect(() => Object.assign(q3, { quarter: 4 })).toThrow(TypeError);
  });
  it('is what the quarter arithmetic gives', () => {
    expect(addQuarters(q3, 2)).toBeInstanceOf(FinancialQuarter);
    expect(String(addQuarters(q3, 2))).toBe('2017-18 Q1');
    expect(String(periodFromIndex(2016 * 4))).toBe('2016-17 Q1');
  });
  it('refuses plain data that is not a quarter', () => {
    expect(() => financialQuarter({ year: 2016, quarter: 5 as 1 })).toThrow(/not a financial quarter/);
    expect(() => financialQuarter({ year: 2016.5, quarter: 1 })).toThrow(/not a financial quarter/);
  });
  it('parsePeriod gives plain data, as the scorecard holds it', () => {
    expect(JSON.stringify(parsePeriod('Q3 2016/17'))).toBe('{"year":2016,"quarter":3}');
  });
});

describe('periodSlug: the one file-name form of a quarter', () => {
  it.each([
    [{ year: 2016, quarter: 3 as const }, '2016-17-Q3'],
    [{ year: 1999, quarter: 1 as const }, '1999-00-Q1'],
  ])('%j → %s', (p, slug) => {
    expect(periodSlug(p)).toBe(slug);
  });
});

describe('parsePeriodLabel: only the label boardpack writes', () => {
  it('reads it back', () => {
    expect(parsePeriodLabel('2016-17 Q3')).toEqual({ year: 2016, quarter: 3 });
    expect(parsePeriodLabel('1999-00 Q1')).toBeInstanceOf(FinancialQuarter);
  });
  it.each(['Q3 2016/17', '2016/17 Q3', '2016-17  Q3', ' 2016-17 Q3', '2016-17 q3', '2016-2017 Q3', '2016-18 Q3', '2016-17 Q5', 'Oct-Dec 2016', '2016-17-Q3', ''])(
    'refuses %j, which the forgiving parser would read or which is not a quarter',
    (text) => {
      expect(parsePeriodLabel(text)).toBeNull();
    },
  );
  it('periodFromLabel throws on anything else: boardpack wrote the text, so it is a bug', () => {
    expect(String(periodFromLabel('2016-17 Q3'))).toBe('2016-17 Q3');
    expect(() => periodFromLabel('Q3 2016/17')).toThrow(/"Q3 2016\/17" is not a period label as boardpack writes it/);
  });
});
