// A chart's SVG is read back once per bytes object: the DOCX and every PDF that shows the chart share one drawing,
// equal to reading the SVG afresh.
import { describe, expect, it } from 'vitest';
import { chartDrawingOf } from '../../src/render/chartDrawings.js';
import { readChartSvg, renderChart } from '../../src/render/charts/index.js';
import type { ChartSpec } from '../../src/model/types.js';

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
