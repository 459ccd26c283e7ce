// The bar charts' direct layout (src/render/charts/barLayout.ts) draws what Chart.js draws: the same marks in the same
// order, the same text and paints (hatches too), coordinates bit for bit, the same value axis. Chart.js (drawWithChartJs
// on ragSummaryConfiguration and comparisonConfiguration) is the reference, on real and generated specs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonLayoutHandles, drawComparisonChart, drawRagSummaryChart, ragSummaryLayoutHandles } from '../../src/render/charts/barLayout.js';
import { drawChart, drawWithChartJs } from '../../src/render/charts/chartDrawing.js';
import type { ComparisonSpec } from '../../src/render/charts/comparisonChart.js';
import type { ChartDrawing } from '../../src/render/charts/drawing.js';
import type { RagSummarySpec } from '../../src/render/charts/ragSummaryChart.js';
import { chartPixelSize, type ChartSize } from '../../src/render/charts/size.js';
import { chartTheme } from '../../src/render/charts/theme.js';
import { comparison, ragSummary } from './charts/specs.js';
import { realBarSpecs } from './barLayoutSpecs.js';
import { drawingDifference } from './drawingDifference.js';
import { chartSizes, drawingOrError, periodLabels } from './layoutArbitraries.js';
import { paperCharts, type PaperChart } from './paperCharts.js';

type BarSpec = RagSummarySpec | ComparisonSpec;

function direct(spec: BarSpec, size: ChartSize): ChartDrawing {
  const pixels = chartPixelSize(size);
  const theme = chartTheme(pixels.dpi);
  return spec.kind === 'rag-summary' ? drawRagSummaryChart(spec, pixels, theme) : drawComparisonChart(spec, pixels, theme);
}

/** Both drawings, or the error each threw (a bad spec must fail the same way on both paths). */
function bothDrawings(spec: BarSpec, size: ChartSize): { chartJs: ChartDrawing | string; direct: ChartDrawing | string } {
  return { chartJs: drawingOrError(() => drawWithChartJs(spec, chartPixelSize(size))), direct: drawingOrError(() => direct(spec, size)) };
}

/** Null when the direct layout draws the chart as Chart.js does, bit for bit; else where they first differ. */
function difference(spec: BarSpec, size: ChartSize): string | null {
  const { chartJs, direct: drawn } = bothDrawings(spec, size);
  if (typeof chartJs === 'string') return chartJs;
  // Bit for bit: the PDF writes these numbers, and the papers must not change by a byte.
  return drawingDifference(drawn, chartJs, 0);
}

describe('bar charts of real papers: the direct layout draws what Chart.js draws', () => {
  it.each(realBarSpecs.map((r) => [r.from, r.spec.title.slice(0, 50), r] as const))('%s: %s', (_from, _title, { spec, size }) => {
    expect(difference(spec, size)).toBeNull();
  });

  it.each([
    ['a RAG summary with an empty theme', ragSummary],
    ['a comparison with a missing and a negative figure, four series', comparison],
  ] as const)('the chart tests’ own specs: %s', (_name, spec) => {
    for (const size of [{ widthMm: 150, heightMm: 70 }, { widthMm: 120, heightMm: 60, dpi: 300 }]) expect(difference(spec, size)).toBeNull();
  });

  describe('every RAG summary (--paper all) and comparison chart ({{chart "comparison"}} for each indicator) the sample and fixture workbooks make', () => {
    let charts = new Map<string, PaperChart<BarSpec>>();

    beforeAll(async () => {
      // No built-in paper has a comparison chart: a template that asks for one per indicator, at two sizes.
      charts = await paperCharts<BarSpec>(['rag-summary', 'comparison'], ['all', 'comparison-charts'], 'test/render/fixtures/comparison-templates');
    }, 120_000);

    it('finds them (5 RAG summaries, 4 of them different, in the cabinet papers; 22 comparison charts, 11 specs at 2 sizes)', () => {
      const kinds = [...charts.values()].map((c) => c.spec.kind);
      expect(kinds.filter((k) => k === 'rag-summary').length).toBeGreaterThanOrEqual(4);
      expect(kinds.filter((k) => k === 'comparison').length).toBeGreaterThanOrEqual(20);
      expect([...charts.values()].filter((c) => c.spec.kind === 'rag-summary').every((c) => /cabinet-paper/.test(c.from))).toBe(true);
    });

    it('draws each the same', () => {
      const differences: string[] = [];
      for (const { from, spec, size } of charts.values()) {
        const found = difference(spec, size);
        if (found !== null) differences.push(`${from} "${spec.title}" ${JSON.stringify(size)}: ${found}`);
      }
      expect(differences).toEqual([]);
    });
  });
});

// ---- generated specs ----

const titleWord = fc.oneof(
  fc.constantFrom('RAG', 'status', 'by', 'theme,', '2009-10', 'Q3', 'Children’s', 'services', 'A&E', '%', '(cumulative)', '–'),
  fc.string({ minLength: 1, maxLength: 45, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%()-,.'.split('')) }),
);
const title = fc.oneof(fc.constant(''), fc.constant('   '), fc.array(titleWord, { maxLength: 40 }).map((words) => words.join(' ').slice(0, 200)));
const label = fc.oneof(
  fc.constantFrom('Front door', 'Assessment', 'Looked after children', 'No theme', 'Children, Young People and Families', 'Housing', ''),
  fc.array(titleWord, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 30 }),
);

/** RAG summaries of 1–14 themes (sometimes 40): counts none, few, many or very many, any label. */
const ragSummarySpecs: fc.Arbitrary<RagSummarySpec> = fc
  .record({ high: fc.constantFrom(0, 1, 5, 30, 2000, 1_000_000), groups: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 14 }) }, { weight: 1, arbitrary: fc.constant(40) }), title })
  .chain(({ high, groups, title: t }) => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: high }));
    const group = fc.record({ label, red: count, amber: count, green: count, notRated: count });
    return fc.array(group, { minLength: groups, maxLength: groups }).map((g): RagSummarySpec => ({ kind: 'rag-summary', title: t, groups: g }));
  });

const magnitudes = fc.constantFrom(
  { low: 0, high: 1 },
  { low: 0, high: 100 },
  { low: 0, high: 10_000 },
  { low: 50, high: 60 },
  { low: -1000, high: 1000 },
  { low: -100, high: -1 },
  { low: 1e6, high: 1e8 },
);
const seriesName = fc.oneof(fc.constantFrom('Our value', 'Statistical neighbours', 'England', 'Region', 'National', 'North West', ''), fc.string({ maxLength: 40 }));
/** Comparison charts of 1–10 periods and 1–6 series: values missing or not, one magnitude, all zero or all equal. */
const comparisonSpecs: fc.Arbitrary<ComparisonSpec> = fc
  .record({
    magnitude: magnitudes,
    shape: fc.constantFrom('any', 'any', 'any', 'zero', 'equal'),
    categories: fc.integer({ min: 1, max: 10 }),
    series: fc.integer({ min: 1, max: 6 }),
    decimals: fc.integer({ min: 0, max: 3 }),
    valueSuffix: fc.constantFrom('', '%', ' days'),
    title,
    missing: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ magnitude, shape, categories, series, decimals, valueSuffix, title: t, missing }) => {
    const figure =
      shape === 'zero'
        ? fc.constant(0)
        : shape === 'equal'
          ? fc.constant(Number(((magnitude.low + magnitude.high) / 2).toFixed(decimals)))
          : fc.double({ min: magnitude.low, max: magnitude.high, noNaN: true, noDefaultInfinity: true }).map((v) => Number(v.toFixed(decimals)));
    // missing 0: none missing; otherwise about one in (missing + 1) is null, and sometimes all of them.
    const value = missing === 0 ? figure : fc.option(figure, { freq: missing });
    const oneSeries = fc.record({ name: seriesName, values: fc.array(value, { minLength: categories, maxLength: categories }) });
    return fc
      .record({ categories: fc.array(periodLabels, { minLength: categories, maxLength: categories }), series: fc.array(oneSeries, { minLength: series, maxLength: series }) })
      .map((c): ComparisonSpec => ({ kind: 'comparison', title: t, valueSuffix, decimals, categories: c.categories, series: c.series }));
  });

describe('generated bar specs: the direct layout draws what Chart.js draws', () => {
  it('for 500 RAG summaries and sizes (fixed seed)', () => {
    fc.assert(
      fc.property(ragSummarySpecs, chartSizes, (spec, size) => {
        expect(difference(spec, size)).toBeNull();
      }),
      { numRuns: 500, seed: 20_240_918 },
    );
  });

  it('for 500 comparison charts and sizes (fixed seed)', () => {
    fc.assert(
      fc.property(comparisonSpecs, chartSizes, (spec, size) => {
        expect(difference(spec, size)).toBeNull();
      }),
      { numRuns: 500, seed: 20_240_919 },
    );
  });

  it('for specs the model does not make but a caller could: a bad spec throws the same error', () => {
    const size = { widthMm: 150, heightMm: 70 };
    const bad: BarSpec[] = [
      { ...ragSummary, groups: [] },
      { ...ragSummary, groups: [{ label: 'A', red: -1, amber: 0, green: 0, notRated: 0 }] },
      { ...ragSummary, groups: [{ label: 'A', red: 1.5, amber: 0, green: 0, notRated: 0 }] },
      { ...comparison, categories: [] },
      { ...comparison, series: [] },
      { ...comparison, series: [{ name: 'Our value', values: [1] }] },
      { ...comparison, series: [{ name: 'Our value', values: [1, Number.POSITIVE_INFINITY, 2] }] },
      { ...comparison, decimals: 1.5 },
    ];
    for (const spec of bad) {
      const { chartJs, direct: drawn } = bothDrawings(spec, size);
      expect(drawn).toMatch(/^threw: /);
      expect(drawn).toBe(chartJs);
    }
  });
});

describe('drawChart', () => {
  it('draws RAG summaries and comparison charts with the direct layout', () => {
    for (const { spec, size } of [...realBarSpecs, { spec: ragSummary, size: { widthMm: 150, heightMm: 70 } }, { spec: comparison, size: { widthMm: 150, heightMm: 70 } }]) {
      const pixels = chartPixelSize(size);
      const theme = chartTheme(pixels.dpi);
      expect(spec.kind === 'rag-summary' ? ragSummaryLayoutHandles(spec, theme, pixels.width) : comparisonLayoutHandles(spec, pixels, theme)).toBe(true);
      expect(drawChart(spec, size)).toEqual(direct(spec, size));
    }
  });
});
