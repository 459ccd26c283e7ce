// drawChart hands a bar chart to Chart.js when its configuration is not one the direct layout ports, rather than the
// layout approximating it. Its own file: the style modules are mocked here so that a test can change one option.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonLayoutHandles, drawComparisonChart, drawRagSummaryChart, ragSummaryLayoutHandles } from '../../src/render/charts/barLayout.js';
import { drawChart, drawWithChartJs } from '../../src/render/charts/chartDrawing.js';
import type * as ComparisonChart from '../../src/render/charts/comparisonChart.js';
import type * as RagSummaryChart from '../../src/render/charts/ragSummaryChart.js';
import { chartPixelSize } from '../../src/render/charts/size.js';
import { chartTheme } from '../../src/render/charts/theme.js';
import { drawingDifference } from './drawingDifference.js';
import { comparison, ragSummary } from './charts/specs.js';

type RagStyle = ReturnType<typeof RagSummaryChart.ragSummaryStyle>;
type ComparisonStyle = ReturnType<typeof ComparisonChart.comparisonStyle>;

/** What a test changes in the styles barLayout reads (the Chart.js configurations read their own module's). */
const edits = vi.hoisted(() => ({
  rag: null as ((style: RagStyle) => RagStyle) | null,
  comparison: null as ((style: ComparisonStyle) => ComparisonStyle) | null,
}));

vi.mock('../../src/render/charts/ragSummaryChart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof RagSummaryChart>();
  return { ...actual, ragSummaryStyle: (...args: Parameters<typeof actual.ragSummaryStyle>) => (edits.rag ?? ((s) => s))(actual.ragSummaryStyle(...args)) };
});
vi.mock('../../src/render/charts/comparisonChart.js', async (importOriginal) => {
  const actual = await importOriginal<typeof ComparisonChart>();
  return { ...actual, comparisonStyle: (...args: Parameters<typeof actual.comparisonStyle>) => (edits.comparison ?? ((s) => s))(actual.comparisonStyle(...args)) };
});

afterEach(() => {
  edits.rag = null;
  edits.comparison = null;
});

const size = { widthMm: 150, heightMm: 70 };
const pixels = chartPixelSize(size);
const theme = chartTheme(pixels.dpi);

describe('drawChart routes a bar chart the direct layout does not port to Chart.js', () => {
  it('draws the RAG summary and comparison directly as configured', () => {
    expect(ragSummaryLayoutHandles(ragSummary, theme, pixels.width)).toBe(true);
    expect(drawChart(ragSummary, size)).toEqual(drawRagSummaryChart(ragSummary, pixels, theme));
    expect(comparisonLayoutHandles(comparison, pixels, theme)).toBe(true);
    expect(drawChart(comparison, size)).toEqual(drawComparisonChart(comparison, pixels, theme));
  });

  it.each([
    ['a legend marker the port has no shape for', (s: RagStyle): RagStyle => ({ ...s, legendPointStyle: 'star' as unknown as 'rect' })],
    ['bars side by side, not stacked', (s: RagStyle): RagStyle => ({ ...s, scales: { ...s.scales, x: { ...s.scales.x, stacked: false as unknown as true } } })],
    ['gridlines between the themes', (s: RagStyle): RagStyle => ({ ...s, scales: { ...s.scales, y: { ...s.scales.y, grid: true as unknown as false } } })],
    ['counts to a fraction of a decimal place', (s: RagStyle): RagStyle => ({ ...s, scales: { ...s.scales, x: { ...s.scales.x, precision: 0.5 } } })],
    ['the border skipped in the middle of a stack', (s: RagStyle): RagStyle => ({ ...s, border: { ...s.border, skipped: 'middle' as unknown as false } })],
  ])('RAG summary: %s', (_name, edit) => {
    edits.rag = edit;
    expect(ragSummaryLayoutHandles(ragSummary, theme, pixels.width)).toBe(false);
    expect(drawChart(ragSummary, size)).toEqual(drawWithChartJs(ragSummary, pixels));
  });

  it.each([
    ['a point-style legend', (s: ComparisonStyle): ComparisonStyle => ({ ...s, legendUsePointStyle: true as unknown as false })],
    ['gridlines between the periods', (s: ComparisonStyle): ComparisonStyle => ({ ...s, scales: { ...s.scales, x: { ...s.scales.x, grid: true as unknown as false } } })],
    ['period labels that may turn', (s: ComparisonStyle): ComparisonStyle => ({ ...s, scales: { ...s.scales, x: { ...s.scales.x, maxRotation: 50 as unknown as 0 } } })],
    ['period labels that may be skipped', (s: ComparisonStyle): ComparisonStyle => ({ ...s, scales: { ...s.scales, x: { ...s.scales.x, autoSkip: true as unknown as false } } })],
    ['values not from zero', (s: ComparisonStyle): ComparisonStyle => ({ ...s, scales: { ...s.scales, y: { ...s.scales.y, beginAtZero: false as unknown as true } } })],
  ])('comparison: %s', (_name, edit) => {
    edits.comparison = edit;
    expect(comparisonLayoutHandles(comparison, pixels, theme)).toBe(false);
    expect(drawChart(comparison, size)).toEqual(drawWithChartJs(comparison, pixels));
  });

  it('and the direct layout would not have drawn those the same', () => {
    // With a point-style legend the layout draws circles where Chart.js (configured as before) draws boxes.
    edits.comparison = (s) => ({ ...s, legendUsePointStyle: true as unknown as false });
    expect(drawingDifference(drawComparisonChart(comparison, pixels, theme), drawChart(comparison, size), 0)).not.toBeNull();
  });
});
