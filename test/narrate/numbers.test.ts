// Numbers, units, quarters and labels as the papers print them.
import { describe, expect, it } from 'vitest';
import {
  consecutiveQuarters, directionArrow, directionLabel, formatChange, formatNumber, formatTarget, formatValue,
  quarterAndYear, quarterName, ragLabel,
} from '../../src/narrate/index.js';
import { parsePeriod } from '../../src/period.js';
import type { Unit } from '../../src/read/types.js';
import { q } from './fixtures.js';

describe('formatNumber', () => {
  it.each([
    [1732, 0, '1,732'],
    [64.7, 1, '64.7'],
    [-2.7, 1, '-2.7'],
    [-0.04, 1, '0.0'],
    [-0.4, 0, '0'],
    [0, 0, '0'],
    [800000, 0, '800,000'],
    [1234567.891, 2, '1,234,567.89'],
    [999.95, 1, '1,000.0'],
    [0.285, 2, '0.29'],
    [72 - 3.6, 1, '68.4'],
    [72, 1, '72.0'],
    [0.05, 1, '0.1'],
    [-1234.5, 0, '-1,235'],
    [123, 1.7, '123.00'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
    [Number.NaN, 1, 'no data'],
    [Number.POSITIVE_INFINITY, 0, 'no data'],
    [Number.MAX_VALUE, 2, formatNumber(Number.MAX_VALUE, 0)],
  ])('%d at %d decimals → %s', (n, d, text) => {
    expect(formatNumber(n, d)).toBe(text);
  });
});

describe('formatValue', () => {
  it.each<[number | null, Unit, number, number | null | undefined, string]>([
    [64.7, 'percent', 1, undefined, '64.7%'],
    [72, 'percent', 1, undefined, '72.0%'],
    [80, 'rate', 0, 10000, '80 per 10,000'],
    [125.1, 'rate', 1, 10000, '125.1 per 10,000'],
    [125.1, 'rate', 1, null, '125.1'],
    [800000, 'currency', 0, undefined, '£800,000'],
    [800000.5, 'currency', 2, undefined, '£800,000.50'],
    [-1200, 'currency', 0, undefined, '-£1,200'],
    [21.5, 'days', 1, undefined, '21.5 days'],
    [1, 'days', 0, undefined, '1 day'],
    [1.4, 'days', 0, undefined, '1 day'],
    [1, 'days', 1, undefined, '1.0 days'],
    [0, 'days', 0, undefined, '0 days'],
    [1732, 'number', 0, undefined, '1,732'],
    [null, 'percent', 1, undefined, 'no data'],
    [null, 'currency', 0, undefined, 'no data'],
  ])('%s %s at %d (per %s) → %s', (value, unit, d, per, text) => {
    expect(formatValue(value, unit, d, per)).toBe(text);
  });
  it('writes targets as councils do', () => {
    expect(formatTarget(72, 'percent', 1)).toBe('72%');
    expect(formatTarget(23.9, 'percent', 1)).toBe('23.9%');
    expect(formatTarget(80.8, 'rate', 1, 10000)).toBe('80.8 per 10,000');
  });
});

describe('formatChange', () => {
  it.each<[number, Unit, number, number | null | undefined, string]>([
    [2.7, 'percent', 1, undefined, '2.7 percentage points'],
    [-2.7, 'percent', 1, undefined, '2.7 percentage points'],
    [1, 'percent', 1, undefined, '1 percentage point'],
    [-1, 'percent', 0, undefined, '1 percentage point'],
    [4.3, 'percent', 1, undefined, '4.3 percentage points'],
    [25, 'number', 0, undefined, '25'],
    [-1200, 'currency', 0, undefined, '£1,200'],
    [3.5, 'days', 1, undefined, '3.5 days'],
    [1, 'days', 0, undefined, '1 day'],
    [4.1, 'rate', 1, 10000, '4.1 per 10,000'],
    [4.1, 'rate', 1, undefined, '4.1'],
    [-0.04, 'percent', 1, undefined, '0 percentage points'],
  ])('%d %s at %d → %s', (change, unit, d, per, text) => {
    expect(formatChange(change, unit, d, per)).toBe(text);
  });
});

describe('quarters', () => {
  it.each([
    ['2016-17 Q3', 'Quarter 3', 'Quarter 3 2016-17'],
    ['2015-16 Q4', 'Quarter 4', 'Quarter 4 2015-16'],
    ['1999-00 Q1', 'Quarter 1', 'Quarter 1 1999-00'],
  ])('%j → %s / %s', (label, name, withYear) => {
    expect(quarterName(q(label))).toBe(name);
    expect(quarterAndYear(q(label))).toBe(withYear);
  });
  it('names a quarter however it was first written (it is read once, then typed)', () => {
    const read = parsePeriod('Q2 2016/17');
    expect(read === null ? null : quarterAndYear(read)).toBe('Quarter 2 2016-17');
  });
});

describe('labels', () => {
  it.each([
    ['red', 'Red'],
    ['amber', 'Amber'],
    ['green', 'Green'],
    [null, 'Not rated'],
  ] as const)('rag %s → %s', (rag, label) => expect(ragLabel(rag)).toBe(label));
  it.each([
    ['improving', 'Improving', '▲'],
    ['worsening', 'Worsening', '▼'],
    ['unchanged', 'Unchanged', '▶'],
    [null, 'Not known', '–'],
  ] as const)('direction %s → %s %s', (d, label, arrow) => {
    expect(directionLabel(d)).toBe(label);
    expect(directionArrow(d)).toBe(arrow);
  });
  it.each([
    [1, ''],
    [2, 'for the second consecutive quarter'],
    [3, 'for the third consecutive quarter'],
    [10, 'for the tenth consecutive quarter'],
    [11, 'for 11 consecutive quarters'],
    [40, 'for 40 consecutive quarters'],
  ])('%d quarters → %j', (n, text) => expect(consecutiveQuarters(n)).toBe(text));
});
