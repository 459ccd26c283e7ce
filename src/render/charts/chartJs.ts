// Chart.js with only what our three chart kinds draw, set up once: the document font, ink colour, no animation.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
} from 'chart.js';
import { documentFontFamily } from './fonts.js';
import { inkPalette } from './palette.js';

let chartJsPrepared = false;

/**
 * One shared, minimal Chart.js: chartjs-node-canvas would load `chart.js/auto` (every controller) afresh per
 * instance; every chart here is configured alike.
 */
export function preparedChartJs(): typeof Chart {
  if (!chartJsPrepared) {
    Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Title);
    Chart.defaults.font.family = `"${documentFontFamily}"`;
    Chart.defaults.color = inkPalette.text;
    Chart.defaults.animation = false;
    chartJsPrepared = true;
  }
  return Chart;
}
