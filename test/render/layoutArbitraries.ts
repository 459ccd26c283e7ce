// What the direct layouts' tests (trendLayout, barLayout) share: the chart sizes and period labels they generate,
// and each path's drawing or the error it threw.
import fc from 'fast-check';
import type { ChartDrawing } from '../../src/render/charts/drawing.js';
import { maximumDpi, minimumDpi, type ChartSize } from '../../src/render/charts/size.js';

/** Sizes papers use, and anything size.ts allows (10–1000 mm, 150–600 dpi). */
export const chartSizes: fc.Arbitrary<ChartSize> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ widthMm: fc.integer({ min: 80, max: 180 }), heightMm: fc.integer({ min: 35, max: 100 }), dpi: fc.constantFrom(150, 200, 300) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      widthMm: fc.double({ min: 10, max: 1000, noNaN: true }),
      heightMm: fc.double({ min: 10, max: 1000, noNaN: true }),
      dpi: fc.double({ min: minimumDpi, max: maximumDpi, noNaN: true }),
    }),
  },
);

/** Period labels as scorecards write them (2016-17 Q3, Apr 2024, 2019/20 ...), empty, or anything. */
export const periodLabels = fc.oneof(
  fc.integer({ min: 2000, max: 2030 }).chain((y) => fc.integer({ min: 1, max: 4 }).map((q) => `${y}-${String((y + 1) % 100).padStart(2, '0')} Q${q}`)),
  fc.constantFrom('Apr 2024', 'Q1', '2019/20', 'Quarter 3 2023-24 (provisional)', ''),
  fc.string({ maxLength: 24 }),
);

/** The drawing, or the error it threw (a bad spec must fail the same way on both paths). */
export function drawingOrError(draw: () => ChartDrawing): ChartDrawing | string {
  try {
    return draw();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}
