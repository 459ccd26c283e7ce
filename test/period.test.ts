// parsePeriod: every accepted spelling of a financial quarter, and the near misses that must be refused.
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel } from '../src/period.js';

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
