// readNumber: figures as officers type them, missing-value markers, and the words that are not numbers.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/read/cell.js';
import { fractionToPercent, readNumber } from '../../src/read/numbers.js';

const text = (t: string): CellValue => ({ kind: 'text', text: t });

describe('readNumber reads numbers', () => {
  it.each([
    ['64.7', 64.7, false],
    ['64.7%', 64.7, true],
    [' 64.7 % ', 64.7, true],
    ['1,732', 1732, false],
    ['1,732,000.5', 1732000.5, false],
    ['£800,000', 800000, false],
    ['£ 800', 800, false],
    ['-£5', -5, false],
    ['£-5', -5, false],
    ['−3.2', -3.2, false],
    ['+4', 4, false],
    ['.5', 0.5, false],
    ['0', 0, false],
    // Excel's exponent form in a CSV
    ['1E-05', 0.00001, false],
    ['1e-300', 1e-300, false],
    ['2.5E+3', 2500, false],
    ['-4.1e2%', -410, true],
  ])('%s → %s', (input, value, percent) => {
    expect(readNumber(text(input))).toEqual({ kind: 'number', value, percent });
  });

  it('scales a %-formatted fraction to percent', () => {
    expect(readNumber({ kind: 'number', value: 0.647, percentFormat: true })).toEqual({ kind: 'number', value: 64.7, percent: true });
    expect(readNumber({ kind: 'number', value: 0.07, percentFormat: true })).toEqual({ kind: 'number', value: 7, percent: true });
  });

  it('keeps a plain number as it is', () => {
    expect(readNumber({ kind: 'number', value: 0.647, percentFormat: false })).toEqual({ kind: 'number', value: 0.647, percent: false });
  });
});

describe('readNumber: missing values', () => {
  it.each(['', 'n/a', 'N/A', 'na', '-', '–', '—', '*', 'no data', 'No Data', 'tbc', 'TBC', ' n/a '])('%j is missing', (input) => {
    expect(readNumber(text(input))).toEqual({ kind: 'missing' });
  });
  it('a blank cell is missing', () => {
    expect(readNumber({ kind: 'blank' })).toEqual({ kind: 'missing' });
  });
  it('an Excel error is missing, marked as such', () => {
    expect(readNumber({ kind: 'error', text: '#DIV/0!' })).toEqual({ kind: 'excel-error', text: '#DIV/0!' });
  });
});

describe('readNumber refuses', () => {
  it.each(['sixty', '17,32', '1,7320', '12a', '£5%', '--5', '-£-5', '£', '%', '1 000', 'Q3', '1e', 'e5', '1e5000', '1e999', '1,7e3'])('%j', (input) => {
    expect(readNumber(text(input))).toEqual({ kind: 'invalid' });
  });
  it('dates and booleans', () => {
    expect(readNumber({ kind: 'date', date: new Date(0) }).kind).toBe('invalid');
    expect(readNumber({ kind: 'boolean', value: true }).kind).toBe('invalid');
  });
});

describe('fractionToPercent', () => {
  it.each([[0.647, 64.7], [0.07, 7], [0.1234, 12.34], [1, 100], [0, 0], [-0.05, -5]])('%s → %s', (f, p) => {
    expect(fractionToPercent(f)).toBe(p);
  });
});
