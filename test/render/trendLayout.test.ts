// The trend chart's direct layout (src/render/charts/trendLayout.ts) draws what Chart.js draws: the same marks in the
// same order, the same text and paints, coordinates within 1e-6 px (in fact bit for bit), the same value axis. Chart.js
// (drawWithChartJs on trendConfiguration) is the reference, on the trend charts of real papers and on generated specs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../src/model/types.js';
import { drawChart, drawWithChartJs } from '../../src/render/charts/chartDrawing.js';
import type { ChartDrawing } from '../../src/render/charts/drawing.js';
import { chartPixelSize, type ChartSize } from '../../src/render/charts/size.js';
import { chartTheme } from '../../src/render/charts/theme.js';
import { trendPointStyle, type TrendSpec } from '../../src/render/charts/trendChart.js';
import { drawTrendChart, trendLayoutHandles } from '../../src/render/charts/trendLayout.js';
import { drawingDifference } from './drawingDifference.js';
import { chartSizes, drawingOrError, periodLabels } from './layoutArbitraries.js';
import { paperCharts, type PaperChart } from './paperCharts.js';
import { realTrendSpecs } from './trendLayoutSpecs.js';

/** Both drawings, or the error each threw (a bad spec must fail the same way on both paths). */
function bothDrawings(spec: TrendSpec, size: ChartSize): { chartJs: ChartDrawing | string; direct: ChartDrawing | string } {
  const pixels = chartPixelSize(size);
  return { chartJs: drawingOrError(() => drawWithChartJs(spec, pixels)), direct: drawingOrError(() => drawTrendChart(spec, pixels, chartTheme(pixels.dpi))) };
}

function expectSameDrawing(spec: TrendSpec, size: ChartSize): void {
  const { chartJs, direct } = bothDrawings(spec, size);
  expect(typeof chartJs === 'string' ? chartJs : 'drawn').toBe('drawn');
  expect(drawingDifference(direct, chartJs, 1e-6)).toBeNull();
  // Bit for bit too: the PDF writes these numbers, and the papers must not change by a byte.
  expect(drawingDifference(direct, chartJs, 0)).toBeNull();
}

describe('drawingDifference', () => {
  it('finds a changed coordinate, text, paint or mark count, and forgives 1e-7 px', () => {
    const drawing: ChartDrawing = {
      widthPx: 100,
      heightPx: 50,
      dpi: 200,
      clips: ['M0 0L10 0Z'],
      marks: [
        { kind: 'path', d: 'M1.5 2L3 4', fill: '#ffffff', stroke: null, clip: 0 },
        { kind: 'text', text: '45%', x: 10.5, y: 20, font: { weight: 'normal', sizePx: 22.22 }, colour: '#0b0c0c', rotation: 0, clip: null },
      ],
      valueAxis: { min: 0, max: 10, step: 2 },
    };
    const copy = (): ChartDrawing => structuredClone(drawing);
    expect(drawingDifference(drawing, copy(), 1e-6)).toBeNull();
    const nudged = copy();
    (nudged.marks[1] as { x: number }).x += 1e-7;
    expect(drawingDifference(nudged, drawing, 1e-6)).toBeNull();
    expect(drawingDifference(nudged, drawing, 0)).toContain('marks[1].x');
    const moved = copy();
    (moved.marks[0] as { d: string }).d = 'M1.51 2L3 4';
    expect(drawingDifference(moved, drawing, 1e-6)).toContain('marks[0].d');
    const retext = copy();
    (retext.marks[1] as { text: string }).text = '46%';
    expect(drawingDifference(retext, drawing, 1e-6)).toContain('marks[1].text');
    const repaint = copy();
    (repaint.marks[0] as { fill: string }).fill = '#000000';
    expect(drawingDifference(repaint, drawing, 1e-6)).toContain('marks[0].fill');
    const fewer = copy();
    fewer.marks.pop();
    expect(drawingDifference(fewer, drawing, 1e-6)).toContain('marks: 1 items');
    const axis = copy();
    axis.valueAxis = { min: 0, max: 12, step: 2 };
    expect(drawingDifference(axis, drawing, 1e-6)).toContain('valueAxis.max');
  });
});

describe('trend charts of real papers: the direct layout draws what Chart.js draws', () => {
  it.each(realTrendSpecs.map((r) => [r.from, r.spec.title.slice(0, 50), r] as const))('%s: %s', (_from, _title, { spec, size }) => {
    expectSameDrawing(spec, size);
  });

  describe('every trend chart the sample and fixture workbooks make (--paper all), at the size its paper places it', () => {
    let charts = new Map<string, PaperChart<TrendSpec>>();

    beforeAll(async () => {
      charts = await paperCharts<TrendSpec>(['trend'], ['all']);
    }, 120_000);

    it('finds the papers’ trend charts (90 different ones today)', () => {
      expect(charts.size).toBeGreaterThanOrEqual(80);
    });

    it('draws each the same', () => {
      const differences: string[] = [];
      for (const { from, spec, size } of charts.values()) {
        const { chartJs, direct } = bothDrawings(spec, size);
        const difference = typeof chartJs === 'string' ? chartJs : drawingDifference(direct, chartJs, 0);
        if (difference !== null) differences.push(`${from} "${spec.title}" ${JSON.stringify(size)}: ${difference}`);
      }
      expect(differences).toEqual([]);
    });
  });
});

// ---- generated specs ----

const magnitudes = fc.constantFrom(
  { low: 0, high: 1 },
  { low: 0, high: 100 },
  { low: 0, high: 10_000 },
  { low: 1000, high: 5000 },
  { low: -1000, high: 1000 },
  { low: -100, high: -1 },
  { low: 1e6, high: 1e8 },
);
const titleWord = fc.oneof(
  fc.constantFrom('Percentage', 'of', 'household', 'waste', 'recycled', 'in', 'the', 'quarter', '%', '(cumulative)', 'NI', '192', '–', 'A&E', 'Children’s'),
  // Long words are cut by wrapWords; titles run to three lines and an ellipsis.
  fc.string({ minLength: 1, maxLength: 45, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%()-,.'.split('')) }),
);
const title = fc.oneof(fc.constant(''), fc.constant('   '), fc.array(titleWord, { maxLength: 40 }).map((words) => words.join(' ').slice(0, 200)));
/** TrendSpecs of 1–16 points: values and targets missing or finite at one magnitude, or all equal; any statuses. */
const trendSpecs: fc.Arbitrary<TrendSpec> = fc
  .record({
    magnitude: magnitudes,
    allEqual: fc.boolean(),
    count: fc.integer({ min: 1, max: 16 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    valueSuffix: fc.constantFrom('', '%'),
    title,
    missing: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ magnitude, allEqual, count, decimals, valueSuffix, title: t, missing }) => {
    const figure = fc.double({ min: magnitude.low, max: magnitude.high, noNaN: true, noDefaultInfinity: true }).map((v) => Number(v.toFixed(decimals)));
    const same = Number(((magnitude.low + magnitude.high) / 2).toFixed(decimals));
    // missing 0: none missing; otherwise about one in (missing + 1) is null, and sometimes all of them.
    const orNull = (a: fc.Arbitrary<number>): fc.Arbitrary<number | null> => (missing === 0 ? a : fc.option(a, { freq: missing }));
    const point: fc.Arbitrary<TrendPoint> = fc.record({
      period: periodLabels,
      value: orNull(allEqual ? fc.constant(same) : figure),
      target: fc.oneof(orNull(allEqual ? fc.constant(same) : figure), fc.constant(null)),
      status: fc.constantFrom('red' as const, 'amber' as const, 'green' as const, null),
    });
    return fc.array(point, { minLength: count, maxLength: count }).map((points): TrendSpec => ({ kind: 'trend', title: t, unit: valueSuffix === '%' ? 'percent' : 'count', valueSuffix, decimals, points }));
  });

describe('generated trend specs: the direct layout draws what Chart.js draws', () => {
  it('for 1,000 specs and sizes (fixed seed)', () => {
    fc.assert(
      fc.property(trendSpecs, chartSizes, (spec, size) => {
        const { chartJs, direct } = bothDrawings(spec, size);
        expect(drawingDifference(direct, chartJs, 1e-6)).toBeNull();
        expect(drawingDifference(direct, chartJs, 0)).toBeNull();
      }),
      { numRuns: 1000, seed: 20_240_917 },
    );
  });

  it('for specs the model does not make but a caller could: a bad value throws the same error', () => {
    const spec: TrendSpec = { kind: 'trend', title: 'T', unit: 'count', valueSuffix: '', decimals: 0, points: [{ period: 'P', value: Number.POSITIVE_INFINITY, target: null, status: null }] };
    const { chartJs, direct } = bothDrawings(spec, { widthMm: 150, heightMm: 70 });
    expect(direct).toMatch(/is not a finite number/);
    expect(direct).toBe(chartJs);
    const empty = bothDrawings({ ...spec, points: [] }, { widthMm: 150, heightMm: 70 });
    expect(empty.direct).toMatch(/no periods to plot/);
    expect(empty.direct).toBe(empty.chartJs);
  });
});

describe('drawChart', () => {
  it('draws trend charts with the direct layout', () => {
    for (const { spec, size } of realTrendSpecs) {
      const pixels = chartPixelSize(size);
      expect(trendLayoutHandles(spec, chartTheme(pixels.dpi), pixels.width)).toBe(true);
      expect(drawChart(spec, size)).toEqual(drawTrendChart(spec, pixels, chartTheme(pixels.dpi)));
    }
  });

  it('hands a trend chart to Chart.js when its configuration is not the one the direct layout ports', () => {
    const { spec, size } = realTrendSpecs.find((r) => r.spec.points.some((p) => p.status === 'green')) ?? fail('no green point');
    const pixels = chartPixelSize(size);
    const theme = chartTheme(pixels.dpi);
    const { green, red } = trendPointStyle;
    try {
      // A shape drawPoint does not port: Chart.js draws the chart rather than the layout approximating it.
      trendPointStyle.green = 'star';
      expect(trendLayoutHandles(spec, theme, pixels.width)).toBe(false);
      const drawn = drawChart(spec, size);
      expect(drawn).toEqual(drawWithChartJs(spec, pixels));
      expect(drawingDifference(drawn, drawTrendChart(spec, pixels, theme), 0)).not.toBeNull();
      // The same shape on a status no point has leaves the chart to the direct layout.
      trendPointStyle.green = green;
      trendPointStyle.red = 'star';
      const noRed = { ...spec, points: spec.points.map((p) => ({ ...p, status: p.status === 'red' ? null : p.status })) };
      expect(trendLayoutHandles(noRed, theme, pixels.width)).toBe(true);
    } finally {
      trendPointStyle.green = green;
      trendPointStyle.red = red;
    }
  });
});

function fail(message: string): never {
  throw new Error(message);
}
