import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/model/types.js';
import { comparison, ragSummary, trend } from './specs.js';
import { drawChart, inkPalette, ragPalette, readChartSvg, renderChart, writeChartSvg, type PathMark, type TextMark } from '../../../src/render/charts/index.js';

const size = { widthMm: 160, heightMm: 80 };
const texts = (spec: ChartSpec): string[] => drawChart(spec, size).marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);
const fills = (spec: ChartSpec): unknown[] => drawChart(spec, size).marks.filter((m): m is PathMark => m.kind === 'path').map((m) => m.fill);

describe('drawChart: the chart as vector marks', () => {
  it('is laid out on the 200 dpi grid of its placed size', () => {
    const drawing = drawChart(trend, size);
    expect({ width: drawing.widthPx, height: drawing.heightPx, dpi: drawing.dpi }).toEqual({ width: 1260, height: 630, dpi: 200 });
  });

  it('writes the title, values, RAG letters, legend and axis labels as text', () => {
    const words = texts(trend);
    expect(words).toEqual(expect.arrayContaining(['Percentage of household waste recycled', '41.2%', '43.8%', '46.9%', '45.1%', 'R', 'A', 'G']));
    expect(words).toEqual(expect.arrayContaining(['Actual', 'Target', 'Red (R)', 'Amber (A)', 'Green (G)', 'Not rated', '2016-17 Q3']));
  });

  it('draws trend points in their RAG colours and the title in bold', () => {
    expect(fills(trend)).toEqual(expect.arrayContaining([ragPalette.red, ragPalette.amber, ragPalette.green, ragPalette.notRated]));
    const title = drawChart(trend, size).marks.find((m): m is TextMark => m.kind === 'text' && m.text.startsWith('Percentage'));
    expect(title?.font.weight).toBe('bold');
  });

  it('dashes the target line', () => {
    const dashed = drawChart(trend, size).marks.filter((m): m is PathMark => m.kind === 'path' && m.stroke !== null && m.stroke.dash.length > 0);
    expect(dashed.map((m) => m.stroke?.colour)).toContain(inkPalette.target);
  });

  it('hatches the third and fourth comparison series and labels every bar, n/a for a missing value', () => {
    const hatches = fills(comparison).filter((f) => typeof f === 'object' && f !== null);
    expect(new Set(hatches.map((h) => (h as { style: string }).style))).toEqual(new Set(['diagonal', 'cross']));
    expect(texts(comparison)).toEqual(expect.arrayContaining(['72.4', '80.1', '-2.0', 'n/a']));
  });

  it('turns a bar label upright when it is wider than its bar', () => {
    const crowded: ChartSpec = { ...comparison, categories: Array.from({ length: 8 }, (_, i) => `Q${i}`), series: comparison.series.map((s) => ({ ...s, values: Array.from({ length: 8 }, () => 123456.7) })) };
    const upright = drawChart(crowded, size).marks.filter((m): m is TextMark => m.kind === 'text' && m.rotation !== 0);
    expect(upright.length).toBeGreaterThan(0);
    expect(upright.every((m) => Math.abs(m.rotation + 90) < 0.01)).toBe(true);
  });

  it('writes RAG summary counts in white bold on their segments', () => {
    const counts = drawChart(ragSummary, size).marks.filter((m): m is TextMark => m.kind === 'text' && m.colour === inkPalette.onFill);
    expect(counts.map((m) => m.text).sort()).toEqual(['1', '2', '3', '9']);
    expect(counts.every((m) => m.font.weight === 'bold')).toBe(true);
  });

  it('gives the value axis it laid out, for a native Word chart to copy', () => {
    expect(drawChart(trend, size).valueAxis).toEqual({ min: 40, max: 48, step: 2 });
    expect(drawChart(ragSummary, size).valueAxis?.min).toBe(0);
  });
});

describe('renderChart: SVG bytes', () => {
  it.each([['trend', trend], ['comparison', comparison], ['rag-summary', ragSummary]] as const)('a %s chart reads back as the drawing it was written from', async (_kind, spec) => {
    const svg = new TextDecoder().decode(await renderChart(spec, size));
    // 1260 × 630 pixels at 200 dpi: the placed size to a hundredth of a millimetre.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="160.02mm" height="80.01mm" viewBox="0 0 1260 630"/);
    expect(svg).toContain('font-family="Liberation Sans"');
    expect(writeChartSvg(readChartSvg(svg))).toBe(svg);
  });

  it('escapes text that XML reserves', async () => {
    const svg = new TextDecoder().decode(await renderChart(ragSummary, size));
    expect(svg).toContain('Indicators by status &amp; theme');
    expect(readChartSvg(svg).marks.some((m) => m.kind === 'text' && m.text === 'Indicators by status & theme')).toBe(true);
  });

  it('gives the same bytes for the same spec and size', async () => {
    const [a, b] = await Promise.all([renderChart(comparison, size), renderChart(comparison, size)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses what is not a chart SVG', () => {
    expect(() => readChartSvg('<html></html>')).toThrow('no <svg> element');
  });
});
