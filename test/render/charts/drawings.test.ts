// A chart's SVG is read back once per bytes object (and never, for renderChart's own bytes): the DOCX and every PDF
// that shows the chart share one drawing, equal to reading the SVG afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartDrawingOf, drawChart, drawingAsWritten, readChartSvg, renderChart, writeChartSvg, type ChartDrawing } from '../../../src/render/charts/index.js';
import { hatchFill } from '../../../src/render/charts/paint.js';
import { realBarSpecs } from '../barLayoutSpecs.js';
import { realTrendSpecs } from '../trendLayoutSpecs.js';
import type { ChartSpec } from '../../../src/model/types.js';

const spec: ChartSpec = {
  kind: 'trend',
  title: 'Referrals going on to assessment',
  decimals: 1,
  valueSuffix: '%',
  points: [
    { period: '2016-17 Q1', value: 63.8, target: 72, status: 'red' },
    { period: '2016-17 Q2', value: 60.4, target: 72, status: 'red' },
    { period: '2016-17 Q3', value: 64.7, target: 72, status: 'amber' },
  ],
} as ChartSpec;

describe('chart drawings read once', () => {
  it('give the drawing reading the SVG gives, the same object for the same bytes', async () => {
    const svg = await renderChart(spec, { widthMm: 150, heightMm: 70 });
    const drawing = chartDrawingOf(svg);
    expect(drawing).toEqual(readChartSvg(svg));
    expect(chartDrawingOf(svg)).toBe(drawing);
    // Other bytes, though equal, are read on their own.
    const copy = new Uint8Array(svg);
    expect(chartDrawingOf(copy)).not.toBe(drawing);
    expect(chartDrawingOf(copy)).toEqual(drawing);
  });

  it('read an array again when its bytes have changed (a caller’s renderer reusing one array)', async () => {
    const svg = await renderChart(spec, { widthMm: 150, heightMm: 70 });
    const text = new TextDecoder().decode(svg);
    expect(text).toContain('Referrals going on to assessment');
    const other = new TextEncoder().encode(text.replace('Referrals going on to assessment', 'Referrals going on to Assessment'));
    expect(other.length).toBe(svg.length);
    const array = new Uint8Array(svg);
    const first = chartDrawingOf(array);
    array.set(other);
    const second = chartDrawingOf(array);
    expect(second).not.toBe(first);
    expect(second).toEqual(readChartSvg(other));
    expect(JSON.stringify(second)).toContain('Assessment');
  });
});

// renderChart files each chart's drawing as its SVG reads back (drawingAsWritten), so no reader parses the bytes:
// the two must agree on everything the writer can be given.
const colours = fc.constantFrom('#ffffff', '#0b0c0c', '#d4351c', '#00703c', '#1d70b8', 'none');
const numbers = fc.oneof(
  fc.double({ min: -2000, max: 2000, noNaN: true }),
  fc.constantFrom(0, -0, 0.004, -0.004, 0.005, -0.005, 1.005, 2.675, 1e-9, 123.455, Number.NaN, Number.POSITIVE_INFINITY),
);
const hatches = fc.record({ fill: colours, style: fc.constantFrom('diagonal' as const, 'cross' as const), spacing: numbers, stroke: numbers }).map((h) => hatchFill(h.fill, h.style, h.spacing, h.stroke));
const strokes = fc.option(
  fc.record({
    colour: colours,
    widthPx: numbers,
    dash: fc.array(numbers, { maxLength: 3 }),
    cap: fc.constantFrom('butt' as const, 'round' as const, 'square' as const),
    join: fc.constantFrom('miter' as const, 'round' as const, 'bevel' as const),
  }),
);
const clipIndex = fc.option(fc.integer({ min: 0, max: 2 }));
const pathMarks = fc.record({ kind: fc.constant('path' as const), d: fc.constantFrom('M0 0L10 10', 'M1.5 2C3 4 5 6 7 8Z', ''), fill: fc.option(fc.oneof(colours, hatches)), stroke: strokes, clip: clipIndex });
const textMarks = fc.record({
  kind: fc.constant('text' as const),
  text: fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('a & b <c> "d"', '&amp; &#65; &lt;', '64.7%', '')),
  x: numbers,
  y: numbers,
  font: fc.record({ weight: fc.constantFrom('normal' as const, 'bold' as const), sizePx: numbers }),
  colour: colours.filter((c) => c !== 'none'),
  rotation: fc.oneof(fc.constant(0), fc.constant(-90), numbers),
  clip: clipIndex,
});
const drawings = fc.record({
  widthPx: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.constant(-0)),
  heightPx: fc.integer({ min: 1, max: 3000 }),
  dpi: fc.oneof(fc.constantFrom(150, 200, 300), numbers),
  clips: fc.array(fc.constantFrom('M0 0L5 5Z', 'M1 1L2 2L3 1Z'), { maxLength: 3 }),
  marks: fc.array(fc.oneof(pathMarks, textMarks), { maxLength: 8 }),
  valueAxis: fc.option(fc.record({ min: numbers, max: numbers, step: numbers })),
}) as fc.Arbitrary<ChartDrawing>;

/** The drawing, or the error thrown making it: both ways must refuse the same drawing the same way. */
function outcome(make: () => ChartDrawing): ChartDrawing | string {
  try {
    return make();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

describe('a drawing as its SVG reads back (drawingAsWritten)', () => {
  it('is what reading the written SVG gives, for every chart the built-in papers draw', () => {
    const real = [...realTrendSpecs, ...realBarSpecs];
    expect(real.length).toBeGreaterThan(10);
    for (const { from, spec, size } of real) {
      const drawing = drawChart(spec, size);
      expect(drawingAsWritten(drawing), from).toStrictEqual(readChartSvg(writeChartSvg(drawing)));
    }
  });

  it('is what reading the written SVG gives, for any drawing (rounding, signs of zero, hatches, escapes, bad numbers)', () => {
    fc.assert(
      fc.property(drawings, (drawing) => {
        expect(outcome(() => drawingAsWritten(drawing))).toStrictEqual(outcome(() => readChartSvg(writeChartSvg(drawing))));
      }),
      { numRuns: 500 },
    );
  });

  it('is what chartDrawingOf gives for renderChart’s bytes, without reading them', async () => {
    const svg = await renderChart(spec, { widthMm: 150, heightMm: 70 });
    expect(chartDrawingOf(svg)).toStrictEqual(readChartSvg(svg));
    expect(chartDrawingOf(svg)).toStrictEqual(drawingAsWritten(drawChart(spec, { widthMm: 150, heightMm: 70 })));
  });
});
