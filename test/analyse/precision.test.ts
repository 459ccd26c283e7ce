// Display precision: rounding as a spreadsheet shows figures, exact at the boundaries RAG depends on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDecimals, roundToDisplay, sameAtPrecision, toDisplayUnits, zeroAtPrecision } from '../../src/analyse/precision.js';

/** toDisplayUnits as first written, always through 15 significant digits: the reference the fast path must equal. */
function toDisplayUnitsByDigits(x: number, decimals: number): number {
  const units = Math.round(Number((Math.abs(x) * 10 ** decimals).toPrecision(15)));
  return x < 0 && units !== 0 ? -units : units;
}

describe('toDisplayUnits', () => {
  it.each([
    [68.4, 1, 684],
    [72 - 3.6, 1, 684],
    [71.96, 1, 720],
    [71.95, 1, 720],
    [71.94999, 1, 719],
    [0.285, 2, 29],
    [1.005, 2, 101],
    [-2.65, 1, -27],
    [-0.04, 1, 0],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1732, 0, 1732],
    [0, 2, 0],
    [800000.005, 2, 80000001],
  ])('%d at %d decimals is %d display units', (x, decimals, units) => {
    expect(toDisplayUnits(x, decimals)).toBe(units);
  });

  it('matches the 15-digit reference everywhere, halves and float noise included', () => {
    const decimals = fc.integer({ min: 0, max: 6 });
    // Figures as entered (a few decimals), their float sums and differences, and any double at all.
    const written = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => n / 10 ** d);
    const figure = fc.oneof(written, fc.tuple(written, written).map(([a, b]) => a - b), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }));
    fc.assert(fc.property(figure, decimals, (x, d) => Object.is(toDisplayUnits(x, d), toDisplayUnitsByDigits(x, d))), { numRuns: 20_000 });
  });

  it('never gives −0', () => {
    expect(Object.is(toDisplayUnits(-0.01, 1), 0)).toBe(true);
    expect(Object.is(roundToDisplay(-0.01, 1), 0)).toBe(true);
  });
});

describe('roundToDisplay / sameAtPrecision / zeroAtPrecision', () => {
  it('rounds float noise away', () => expect(roundToDisplay(72 - 3.6, 1)).toBe(68.4));
  it.each([
    [64.66, 64.74, 1, true],
    [64.64, 64.66, 1, false],
    [21.5, 21.49, 0, false],
    [21.4, 20.6, 0, true],
  ])('%d and %d at %d decimals look the same: %s', (a, b, d, same) => {
    expect(sameAtPrecision(a, b, d)).toBe(same);
  });
  it.each([
    [0.04, 1, true],
    [0.05, 1, false],
    [-0.049, 1, true],
    [0.004, 2, true],
    [0.4, 0, true],
  ])('%d at %d decimals is zero: %s', (x, d, zero) => expect(zeroAtPrecision(x, d)).toBe(zero));
});

describe('resolveDecimals', () => {
  it.each([
    ['percent', null, 1],
    ['rate', null, 1],
    ['number', null, 0],
    ['days', null, 0],
    ['currency', null, 0],
    ['percent', 0, 0],
    ['number', 2, 2],
    ['percent', 1.5, 1],
    ['number', -1, 0],
  ] as const)('%s with Decimals %s → %d', (unit, decimals, expected) => {
    expect(resolveDecimals({ unit, decimals })).toBe(expected);
  });
});
