// Direction of travel and comparator gaps: by polarity, unchanged when the figures show the same.
import { describe, expect, it } from 'vitest';
import { comparatorGap } from '../../src/analyse/comparators.js';
import { directionOfTravel } from '../../src/analyse/direction.js';
import type { Direction } from '../../src/analyse/types.js';
import type { Polarity } from '../../src/read/types.js';

describe('directionOfTravel', () => {
  it.each<[string, number | null, number | null, Polarity | null, number, Direction | null]>([
    ['higher, rose', 64.7, 60.4, 'higher', 1, 'improving'],
    ['higher, fell', 60.4, 64.7, 'higher', 1, 'worsening'],
    ['lower, fell', 21.5, 23.9, 'lower', 1, 'improving'],
    ['lower, rose', 23.9, 21.5, 'lower', 1, 'worsening'],
    ['same', 64.7, 64.7, 'higher', 1, 'unchanged'],
    ['change below display precision', 64.72, 64.68, 'higher', 1, 'unchanged'],
    ['same as shown though change rounds to 0.1', 64.74, 64.66, 'higher', 1, 'unchanged'],
    ['one display unit', 64.8, 64.7, 'higher', 1, 'improving'],
    ['raw change 0.04 but printed 64.7 → 64.8', 64.75, 64.71, 'higher', 1, 'improving'],
    ['0 dp: 21.4 and 20.6 both show 21', 21.4, 20.6, 'lower', 0, 'unchanged'],
    ['0 dp: one unit', 22, 21, 'lower', 0, 'worsening'],
    ['2 dp: one unit', 1.01, 1, 'higher', 2, 'improving'],
    ['float noise', 0.1 + 0.2, 0.3, 'higher', 2, 'unchanged'],
    ['no polarity, changed', 64.7, 60.4, null, 1, null],
    ['no polarity, unchanged', 64.7, 64.7, null, 1, 'unchanged'],
    ['no previous', 64.7, null, 'higher', 1, null],
    ['no value', null, 60.4, 'higher', 1, null],
    ['negative figures, higher', -2, -5, 'higher', 0, 'improving'],
  ])('%s', (_label, value, previous, polarity, decimals, expected) => {
    expect(directionOfTravel(value, previous, polarity, decimals)).toBe(expected);
  });
});

describe('comparatorGap', () => {
  it.each<[string, number | null, number | null, Polarity | null, number, boolean | null | 'none']>([
    ['higher, above the comparator', 26.1, 24, 'higher', 1, true],
    ['higher, below', 20.8, 24, 'higher', 1, false],
    ['lower, below (better)', 21.5, 26.1, 'lower', 1, true],
    ['lower, above (worse)', 26.1, 21.5, 'lower', 1, false],
    ['level at display precision: neither', 24.04, 24, 'higher', 1, null],
    ['gap 0.04 but printed 24.1 against 24.0', 24.05, 24.01, 'higher', 1, true],
    ['no polarity: not said', 20.8, 24, null, 1, null],
    ['no comparator', 20.8, null, 'higher', 1, 'none'],
    ['no value', null, 24, 'higher', 1, 'none'],
  ])('%s', (_label, value, comparator, polarity, decimals, better) => {
    const gap = comparatorGap(value, comparator, polarity, decimals);
    if (better === 'none') {
      expect(gap).toBeNull();
      return;
    }
    expect(gap?.better).toBe(better);
    expect(gap?.gap).toBeCloseTo((value ?? 0) - (comparator ?? 0), 12);
    expect(gap?.comparator).toBe(comparator);
  });
});
