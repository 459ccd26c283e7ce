// RAG at display precision: every boundary, both polarities, explicit and default tolerance, decimals 0/1/2.
import { describe, expect, it } from 'vitest';
import { ragRating, resolveTolerance } from '../../src/analyse/rag.js';
import type { Polarity } from '../../src/read/types.js';
import type { Rag } from '../../src/analyse/types.js';

type Row = [label: string, value: number | null, target: number | null, tolerance: number | null, polarity: Polarity | null, decimals: number, rag: Rag | null];

const rows: Row[] = [
  // higher is better, target 72%, default tolerance 3.6 → amber from 68.4
  ['higher: exactly at target', 72, 72, null, 'higher', 1, 'green'],
  ['higher: shown as 72.0 meets 72', 71.96, 72, null, 'higher', 1, 'green'],
  ['higher: one display unit below target', 71.9, 72, null, 'higher', 1, 'amber'],
  ['higher: one display unit above target', 72.1, 72, null, 'higher', 1, 'green'],
  ['higher: exactly at target − tolerance', 68.4, 72, null, 'higher', 1, 'amber'],
  ['higher: 72 − 3.6 computed in floating point', 72 - 3.6, 72, null, 'higher', 1, 'amber'],
  ['higher: shown as 68.4', 68.36, 72, null, 'higher', 1, 'amber'],
  ['higher: one display unit below the amber bound', 68.3, 72, null, 'higher', 1, 'red'],
  ['higher: shown as 68.3', 68.34, 72, null, 'higher', 1, 'red'],
  ['higher: one display unit above the amber bound', 68.5, 72, null, 'higher', 1, 'amber'],
  ['NI 68 Q2 2009-10', 60.4, 72, null, 'higher', 1, 'red'],
  ['NI 68 Q3 2009-10', 64.7, 72, null, 'higher', 1, 'red'],
  // lower is better, target 20, default tolerance 1 → amber up to 21
  ['lower: exactly at target', 20, 20, null, 'lower', 1, 'green'],
  ['lower: shown as 20.0', 20.04, 20, null, 'lower', 1, 'green'],
  ['lower: one display unit above target', 20.1, 20, null, 'lower', 1, 'amber'],
  ['lower: one display unit below target', 19.9, 20, null, 'lower', 1, 'green'],
  ['lower: exactly at target + tolerance', 21, 20, null, 'lower', 1, 'amber'],
  ['lower: shown as 21.0', 21.04, 20, null, 'lower', 1, 'amber'],
  ['lower: one display unit beyond tolerance', 21.1, 20, null, 'lower', 1, 'red'],
  ['lower: re-referrals 21.5% against 23.9%', 21.5, 23.9, null, 'lower', 1, 'green'],
  // explicit tolerance
  ['higher, tolerance 2: at the bound', 70, 72, 2, 'higher', 1, 'amber'],
  ['higher, tolerance 2: one unit below the bound', 69.9, 72, 2, 'higher', 1, 'red'],
  ['lower, tolerance 5 days: at the bound', 25, 20, 5, 'lower', 0, 'amber'],
  ['lower, tolerance 5 days: one day over', 26, 20, 5, 'lower', 0, 'red'],
  ['tolerance 0: no amber band', 71.9, 72, 0, 'higher', 1, 'red'],
  ['negative tolerance read as its size', 70, 72, -2, 'higher', 1, 'amber'],
  // decimals 0: bound 68.4 shows as 68
  ['0 dp: 71.5 shows as 72', 71.5, 72, null, 'higher', 0, 'green'],
  ['0 dp: 71.4 shows as 71', 71.4, 72, null, 'higher', 0, 'amber'],
  ['0 dp: at the bound as shown (68)', 68, 72, null, 'higher', 0, 'amber'],
  ['0 dp: 67.6 shows as 68', 67.6, 72, null, 'higher', 0, 'amber'],
  ['0 dp: one unit below the bound', 67, 72, null, 'higher', 0, 'red'],
  // decimals 2
  ['2 dp: 72.495 shows as 72.50', 72.495, 72.5, 0.5, 'higher', 2, 'green'],
  ['2 dp: 72.494 shows as 72.49', 72.494, 72.5, 0.5, 'higher', 2, 'amber'],
  ['2 dp: at the bound', 72, 72.5, 0.5, 'higher', 2, 'amber'],
  ['2 dp: one unit below the bound', 71.99, 72.5, 0.5, 'higher', 2, 'red'],
  ['2 dp: 0.3 − 0.1 bound in floating point', 0.2, 0.3, 0.1, 'higher', 2, 'amber'],
  ['2 dp: 0.3 + 0.1 bound, lower', 0.4, 0.3, 0.1, 'lower', 2, 'amber'],
  // negative and zero targets
  ['negative target, higher: at target', -10, -10, null, 'higher', 1, 'green'],
  ['negative target, higher: at −10.5 bound', -10.5, -10, null, 'higher', 1, 'amber'],
  ['negative target, higher: beyond', -10.6, -10, null, 'higher', 1, 'red'],
  ['negative target, lower: at −9.5 bound', -9.5, -10, null, 'lower', 1, 'amber'],
  ['negative target, lower: beyond', -9.4, -10, null, 'lower', 1, 'red'],
  ['negative target, lower: better', -11, -10, null, 'lower', 1, 'green'],
  ['zero target: at it', 0, 0, null, 'higher', 1, 'green'],
  ['zero target: −0.04 shows as 0.0', -0.04, 0, null, 'higher', 1, 'green'],
  ['zero target: default tolerance is nil', -0.1, 0, null, 'higher', 1, 'red'],
  ['zero target, lower, tolerance 2: at the bound', 2, 0, 2, 'lower', 0, 'amber'],
  ['zero target, lower, tolerance 2: beyond', 3, 0, 2, 'lower', 0, 'red'],
  // not rated
  ['no value', null, 72, null, 'higher', 1, null],
  ['no target', 64.7, null, null, 'higher', 1, null],
  ['no polarity', 64.7, 72, null, null, 1, null],
];

describe('ragRating', () => {
  it.each(rows)('%s', (_label, value, target, tolerance, polarity, decimals, rag) => {
    expect(ragRating({ value, target, tolerance: resolveTolerance(target, tolerance), polarity, decimals })).toBe(rag);
  });
});

describe('resolveTolerance', () => {
  it.each([
    [72, null, 3.6],
    [-10, null, 0.5],
    [0, null, 0],
    [72, 2, 2],
    [72, -2, 2],
    [null, 2, null],
    [null, null, null],
  ])('target %s, Tolerance %s → %s', (target, tolerance, expected) => {
    const resolved = resolveTolerance(target, tolerance);
    if (expected === null) expect(resolved).toBeNull();
    else expect(resolved).toBeCloseTo(expected, 12);
  });
});
