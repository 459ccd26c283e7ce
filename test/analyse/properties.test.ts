// Properties of the analysis that must hold for any figures, checked with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { directionOfTravel } from '../../src/analyse/direction.js';
import { ragRating, resolveTolerance } from '../../src/analyse/rag.js';
import type { Observation } from '../../src/read/types.js';
import { indicator, scorecard } from './fixtures.js';

const decimals = fc.integer({ min: 0, max: 2 });
/** A figure that is exactly representable at the precision: k display units. */
const units = fc.integer({ min: -100_000, max: 100_000 });

describe('RAG properties', () => {
  // Mirroring alone and flipping alone are not symmetries (at the target both polarities are green); the two
  // together keep the distance on the good or bad side, so the rating is the same.
  it('flipping polarity and mirroring the value around the target keeps the rating', () => {
    fc.assert(
      fc.property(decimals, units, units, fc.integer({ min: 0, max: 5_000 }), (d, v, t, tol) => {
        const scale = 10 ** d;
        const higher = ragRating({ value: v / scale, target: t / scale, tolerance: tol / scale, polarity: 'higher', decimals: d });
        const lower = ragRating({ value: (2 * t - v) / scale, target: t / scale, tolerance: tol / scale, polarity: 'lower', decimals: d });
        expect(lower).toBe(higher);
      }),
    );
  });

  it('flipping polarity alone turns red and amber green, and green off the target amber or red', () => {
    fc.assert(
      fc.property(decimals, units, units, fc.integer({ min: 0, max: 5_000 }), (d, v, t, tol) => {
        const scale = 10 ** d;
        const rate = (polarity: 'higher' | 'lower') =>
          ragRating({ value: v / scale, target: t / scale, tolerance: tol / scale, polarity, decimals: d });
        const higher = rate('higher');
        const lower = rate('lower');
        if (v === t) expect([higher, lower]).toEqual(['green', 'green']);
        else if (higher === 'green') expect(lower).not.toBe('green');
        else expect(lower).toBe('green');
      }),
    );
  });

  it('is unchanged by noise below display precision', () => {
    fc.assert(
      fc.property(
        decimals,
        units,
        units,
        fc.double({ min: -0.49, max: 0.49, noNaN: true }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (d, v, t, noise, polarity) => {
          const scale = 10 ** d;
          const target = t / scale;
          const tolerance = resolveTolerance(target, null);
          const exact = ragRating({ value: v / scale, target, tolerance, polarity, decimals: d });
          const noisy = ragRating({ value: (v + noise) / scale, target, tolerance, polarity, decimals: d });
          expect(noisy).toBe(exact);
        },
      ),
    );
  });

  it('a better value never rates worse', () => {
    const order = { red: 0, amber: 1, green: 2 } as const;
    fc.assert(
      fc.property(decimals, units, units, units, (d, a, b, t) => {
        const scale = 10 ** d;
        const rate = (v: number) => ragRating({ value: v / scale, target: t / scale, tolerance: resolveTolerance(t / scale, null), polarity: 'higher', decimals: d });
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(order[rate(high) ?? 'red']).toBeGreaterThanOrEqual(order[rate(low) ?? 'red']);
      }),
    );
  });
});

describe('direction properties', () => {
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  it('flips with polarity; unchanged stays unchanged', () => {
    fc.assert(
      fc.property(figure, figure, decimals, (value, previous, d) => {
        const higher = directionOfTravel(value, previous, 'higher', d);
        const lower = directionOfTravel(value, previous, 'lower', d);
        const flipped = higher === 'improving' ? 'worsening' : higher === 'worsening' ? 'improving' : higher;
        expect(lower).toBe(flipped);
        expect(higher).not.toBeNull();
      }),
    );
  });
});

/** Up to 12 quarters of one indicator, each maybe missing, maybe without a value or its own target. */
const quarterRows = fc.array(
  fc.record({
    present: fc.boolean(),
    value: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    target: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 12 },
);

describe('analysis properties', () => {
  it('streaks, exceptions and history agree with each other', () => {
    fc.assert(
      fc.property(quarterRows, fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), fc.integer({ min: 1, max: 5 }), (rows, target, threshold) => {
        const observations: Observation[] = [];
        rows.forEach((row, i) => {
          if (!row.present) return;
          const period = { year: 2014 + Math.floor(i / 4), quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4 };
          observations.push({
            id: 'A', period, value: row.value, target: row.target, numerator: null, denominator: null,
            statisticalNeighbours: null, england: null, region: null, where: {},
          });
        });
        const last = { year: 2014 + Math.floor((rows.length - 1) / 4), quarter: (((rows.length - 1) % 4) + 1) as 1 | 2 | 3 | 4 };
        const analysis = analyse(scorecard([indicator({ id: 'A', target, polarity: 'higher', unit: 'number' })], observations), {
          period: last,
          exceptionThreshold: threshold,
        });
        const a = analysis.indicators[0];
        if (a === undefined) throw new Error('not analysed');
        expect(a.redStreak).toBeLessThanOrEqual(a.history.length);
        expect(a.history.at(-1)?.rag ?? null).toBe(a.rag);
        expect(a.history.slice(a.history.length - a.redStreak).every((q) => q.rag === 'red')).toBe(true);
        if (a.redStreak < a.history.length) expect(a.history[a.history.length - a.redStreak - 1]?.rag).not.toBe('red');
        // A report figure under an unconfirmed data query is never an exception until it is confirmed.
        expect(a.exception).toBe(a.redStreak >= threshold && !a.valueQueried);
        expect(analysis.exceptions.length).toBe(a.exception ? 1 : 0);
        if (a.exception) expect(analysis.exceptions[0]?.periods).toEqual(a.history.slice(a.history.length - a.redStreak).map((q) => q.period));
        const firstPresent = rows.findIndex((r) => r.present);
        expect(a.history.length).toBe(firstPresent === -1 ? 0 : rows.length - firstPresent);
      }),
    );
  });
});
