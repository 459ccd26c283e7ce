// Chart.js is loaded only when a chart that needs it is drawn: a paper of trend charts never loads it. Its own file,
// so that no other test in the same module graph has loaded Chart.js first.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { drawChart } from '../../src/render/charts/chartDrawing.js';
import { chartJsLoaded } from '../../src/render/charts/chartJs.js';
import { comparison, ragSummary, trend } from './charts/specs.js';

const chartJsModule = createRequire(import.meta.url).resolve('chart.js');
const inRequireCache = (): boolean => Object.keys(createRequire(import.meta.url).cache).includes(chartJsModule);

describe('loading Chart.js', () => {
  it('waits for a chart that needs it', () => {
    expect(chartJsModule).toMatch(/chart\.cjs$/);
    const size = { widthMm: 150, heightMm: 70 };
    drawChart(trend, size);
    drawChart({ ...trend, title: '' }, { widthMm: 120, heightMm: 40 });
    expect(chartJsLoaded()).toBe(false);
    expect(inRequireCache()).toBe(false);
    expect(drawChart(comparison, size).valueAxis).not.toBeNull();
    expect(chartJsLoaded()).toBe(true);
    expect(inRequireCache()).toBe(true);
    expect(drawChart(ragSummary, size).marks.length).toBeGreaterThan(0);
  });
});
