import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/model/types.js';
import { chartPixelSize, inkPalette, ragPalette, renderChartPng } from '../../../src/render/charts/index.js';
import { countColour, decodePng, pngSignature } from './decodePng.js';
import { comparison, ragSummary, trend } from './specs.js';

const placed = { widthMm: 160, heightMm: 80 };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('renderChartPng (the picture fallback)', () => {
  it.each([
    ['trend', trend, { widthMm: 160, heightMm: 80 }],
    ['comparison', comparison, { widthMm: 170, heightMm: 90, dpi: 150 }],
    ['rag-summary', ragSummary, { widthMm: 120, heightMm: 60, dpi: 300 }],
  ] as const)('draws a %s chart as a PNG of round(mm / 25.4 × dpi) pixels', async (_kind, spec, size) => {
    const png = await renderChartPng(spec, size);
    expect(png).toBeInstanceOf(Uint8Array);
    expect([...png.subarray(0, 8)]).toEqual([...pngSignature]);
    const decoded = decodePng(png);
    const expected = chartPixelSize(size);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: expected.width, height: expected.height });
    expect(decoded.chunkTypes.at(-1)).toBe('IEND');
  });

  it.each([
    ['trend', trend],
    ['comparison', comparison],
    ['rag-summary', ragSummary],
  ] as const)('gives the same bytes for the same %s spec, even after drawing other charts on the same canvases', async (_kind, spec) => {
    const first = sha256(await renderChartPng(spec, placed));
    await renderChartPng(trend, placed);
    await renderChartPng(comparison, placed);
    await renderChartPng(ragSummary, placed);
    expect(sha256(await renderChartPng(spec, placed))).toBe(first);
  });

  it('gives the same bytes when renders overlap', async () => {
    const alone = sha256(await renderChartPng(comparison, placed));
    const together = await Promise.all([renderChartPng(comparison, placed), renderChartPng(trend, placed), renderChartPng(comparison, placed)]);
    expect(together.map(sha256)).toEqual([alone, sha256(await renderChartPng(trend, placed)), alone]);
  });

  it('gives different bytes for different data', async () => {
    const changed: ChartSpec = { ...ragSummary, groups: [{ label: 'Housing', red: 1, amber: 0, green: 0, notRated: 0 }] };
    expect(sha256(await renderChartPng(changed, placed))).not.toBe(sha256(await renderChartPng(ragSummary, placed)));
  });

  it.each([[150], [200], [300]])('records %d dpi in the pHYs chunk, so the PNG knows its printed size', async (dpi) => {
    const png = decodePng(await renderChartPng(ragSummary, { ...placed, dpi }));
    const perMetre = Math.round(dpi / 0.0254);
    expect(png.pixelsPerMetre).toEqual({ x: perMetre, y: perMetre });
  });

  it('paints an opaque white page, since transparency prints badly', async () => {
    const png = decodePng(await renderChartPng(trend, placed));
    expect(png.channels).toBe(3);
    for (const [x, y] of [[0, 0], [png.width - 1, 0], [0, png.height - 1], [png.width - 1, png.height - 1]] as const) {
      expect(png.pixel(x, y)).toEqual([255, 255, 255]);
    }
  });

  it('draws trend points in their RAG colours, and only the statuses present', async () => {
    const png = decodePng(await renderChartPng(trend, placed));
    expect(countColour(png, ragPalette.red)).toBeGreaterThan(50);
    expect(countColour(png, ragPalette.amber)).toBeGreaterThan(50);
    expect(countColour(png, ragPalette.green)).toBeGreaterThan(50);
    const allGreen: ChartSpec = { ...trend, points: trend.points.map((p) => ({ ...p, status: 'green' as const })) };
    expect(countColour(decodePng(await renderChartPng(allGreen, placed)), ragPalette.red)).toBe(0);
  });

  it('fills RAG summary segments with the palette', async () => {
    const png = decodePng(await renderChartPng(ragSummary, placed));
    for (const hex of Object.values(ragPalette)) expect(countColour(png, hex)).toBeGreaterThan(500);
    expect(countColour(png, inkPalette.onFill)).toBeGreaterThan(0);
  });

  it.each([
    ['all values missing', { ...trend, points: trend.points.map((p) => ({ ...p, value: null, status: null })) }],
    ['no targets at all', { ...trend, points: trend.points.map((p) => ({ ...p, target: null })) }],
    ['a single period', { ...trend, points: trend.points.slice(0, 1) }],
    ['every value the same', { ...trend, points: trend.points.map((p) => ({ ...p, value: 5, target: 5 })) }],
    ['negative values', { ...trend, valueSuffix: '', points: trend.points.map((p, i) => ({ ...p, value: -10 * i, target: -5 })) }],
    ['twenty periods', { ...trend, points: Array.from({ length: 20 }, (_, i) => ({ period: `${2010 + i}-${11 + i} Q1`, value: 1000 + i * 37.5, target: 1500, status: 'amber' as const })) }],
    ['an empty title', { ...trend, title: '' }],
  ])('renders a trend with %s', async (_case, spec) => {
    const png = decodePng(await renderChartPng(spec as ChartSpec, placed));
    expect(png.width).toBe(1260);
  });

  it.each([
    ['a comparison with one series of nulls', { ...comparison, series: [{ name: 'England', values: [null, null, null] }] }],
    ['a comparison with six series', { ...comparison, series: [...comparison.series, ...comparison.series.slice(0, 2)] }],
    ['a RAG summary of one theme', { ...ragSummary, groups: ragSummary.groups.slice(0, 1) }],
  ])('renders %s', async (_case, spec) => {
    expect(decodePng(await renderChartPng(spec as ChartSpec, placed)).width).toBe(1260);
  });

  it.each([
    ['a trend with no periods', { ...trend, points: [] }, 'trend chart "Percentage of household waste recycled": no periods to plot'],
    ['a trend value that is not finite', { ...trend, points: [{ period: '2017-18 Q1', value: Number.NaN, target: 1, status: null }] }, '2017-18 Q1 value NaN is not a finite number'],
    ['a comparison series of the wrong length', { ...comparison, series: [{ name: 'England', values: [1, 2] }] }, 'series "England" has 2 values for 3 categories'],
    ['a comparison with no series', { ...comparison, series: [] }, 'no series to plot'],
    ['a negative RAG count', { ...ragSummary, groups: [{ label: 'Housing', red: -1, amber: 0, green: 0, notRated: 0 }] }, 'Housing Red count -1 is not a whole number of indicators'],
    ['a fractional RAG count', { ...ragSummary, groups: [{ label: 'Housing', red: 0, amber: 0.5, green: 0, notRated: 0 }] }, 'Housing Amber count 0.5'],
    ['a RAG summary with no themes', { ...ragSummary, groups: [] }, 'no themes to plot'],
    ['too low a dpi', trend, 'dpi 96 is outside 150–600'],
  ])('refuses %s, naming the chart and the problem', async (_case, spec, message) => {
    const size = message.startsWith('dpi') ? { ...placed, dpi: 96 } : placed;
    await expect(renderChartPng(spec as ChartSpec, size)).rejects.toThrow(message);
  });
});

describe('comparison hatching', () => {
  it('still hatches the third and fourth series after many other charts (the pattern outlives its tile)', async () => {
    for (let i = 0; i < 25; i += 1) await renderChartPng({ ...ragSummary, title: `Theme ${i}` }, placed);
    const png = decodePng(await renderChartPng(comparison, placed));
    // Outlines alone come to about 2,500 pixels a series (measured with the pattern broken); stripes bring 7,000+.
    expect(countColour(png, '#6f777b')).toBeGreaterThan(5000);
    expect(countColour(png, '#949494')).toBeGreaterThan(5000);
  });
});
