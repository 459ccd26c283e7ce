// Chart.js is loaded only when a chart the direct layouts do not port is drawn: no chart kind a paper has loads it.
// Its own file, so that no other test in the same module graph has loaded Chart.js first.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { drawChart, drawWithChartJs } from '../../src/render/charts/chartDrawing.js';
import { chartJsLoaded } from '../../src/render/charts/chartJs.js';
import { chartPixelSize } from '../../src/render/charts/size.js';
import { realBarSpecs } from './barLayoutSpecs.js';
import { comparison, ragSummary, trend } from './charts/specs.js';
import { realTrendSpecs } from './trendLayoutSpecs.js';

const chartJsModule = createRequire(import.meta.url).resolve('chart.js');
const inRequireCache = (): boolean => Object.keys(createRequire(import.meta.url).cache).includes(chartJsModule);

describe('loading Chart.js', () => {
  it('waits for a chart that needs it: drawing every kind of chart does not load it', () => {
    expect(chartJsModule).toMatch(/chart\.cjs$/);
    const size = { widthMm: 150, heightMm: 70 };
    drawChart(trend, size);
    drawChart({ ...trend, title: '' }, { widthMm: 120, heightMm: 40 });
    expect(drawChart(comparison, size).valueAxis).not.toBeNull();
    expect(drawChart(ragSummary, size).marks.length).toBeGreaterThan(0);
    for (const { spec, size: placed } of [...realTrendSpecs, ...realBarSpecs]) drawChart(spec, placed);
    expect(chartJsLoaded()).toBe(false);
    expect(inRequireCache()).toBe(false);
  });

  it('loads it for the reference drawing (and for any chart routed to it), which still draws', () => {
    expect(drawWithChartJs(comparison, chartPixelSize({ widthMm: 150, heightMm: 70 })).valueAxis).not.toBeNull();
    expect(chartJsLoaded()).toBe(true);
    expect(inRequireCache()).toBe(true);
  });
});
