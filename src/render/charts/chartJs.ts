// Chart.js with only what our chart kinds draw, set up once: the document font, ink colour, no animation.
//
// Loaded on first use, not at import: every chart kind is laid out without it (trendLayout.ts, barLayout.ts), so a
// paper never loads it; it draws a chart whose configuration those do not port, the PNG fallback (chartCanvas.ts) and
// the tests' reference drawings. It is required through its CommonJS build (dist/chart.cjs, the same
// code as the ES module build), which keeps drawChart synchronous.

import type * as ChartJs from 'chart.js';
import { createRequire } from 'node:module';
import { documentFontFamily } from './fonts.js';
import { inkPalette } from './palette.js';

let prepared: typeof ChartJs.Chart | null = null;

/**
 * One shared, minimal Chart.js: chartjs-node-canvas would load `chart.js/auto` (every controller) afresh per
 * instance; every chart here is configured alike.
 */
export function preparedChartJs(): typeof ChartJs.Chart {
  if (prepared === null) {
    const require = createRequire(import.meta.url);
    const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title } = require('chart.js') as typeof ChartJs;
    Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Title);
    Chart.defaults.font.family = `"${documentFontFamily}"`;
    Chart.defaults.color = inkPalette.text;
    Chart.defaults.animation = false;
    prepared = Chart;
  }
  return prepared;
}

/** Whether Chart.js has been loaded in this process (for tests of what loads it). */
export function chartJsLoaded(): boolean {
  return prepared !== null;
}
