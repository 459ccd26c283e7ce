// One ChartJSNodeCanvas per pixel size (creating one is slow), with Chart.js and the document font set up once.

import {
  type Color,
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
import { ChartJSNodeCanvas, type ChartJSNodeCanvasOptions } from 'chartjs-node-canvas';
import { documentFontFamily, documentFontFiles } from './fonts.js';
import { inkPalette } from './palette.js';

let chartJsPrepared = false;

/**
 * Chart.js with only what our three chart kinds draw. chartjs-node-canvas would load `chart.js/auto` (every
 * controller) afresh per instance; every instance here is configured alike, so one shared, minimal copy serves all.
 */
function preparedChartJs(): typeof Chart {
  if (!chartJsPrepared) {
    Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Title);
    Chart.defaults.font.family = `"${documentFontFamily}"`;
    Chart.defaults.color = inkPalette.text;
    Chart.defaults.animation = false;
    chartJsPrepared = true;
  }
  return Chart;
}

// canvas keeps registered fonts process-wide, so registering once is enough (and must precede the first canvas).
let documentFontRegistered = false;

export type HatchStyle = 'diagonal' | 'cross';

/** A ChartJSNodeCanvas for one pixel size that also makes the hatch patterns comparison bars use. */
export class DocumentChartCanvas extends ChartJSNodeCanvas {
  private readonly hatchPatterns = new Map<string, Color>();

  protected override initialize(_options: ChartJSNodeCanvasOptions): typeof Chart {
    if (!documentFontRegistered) {
      for (const file of documentFontFiles()) {
        this.registerFont(file.path, { family: documentFontFamily, weight: file.weight });
      }
      documentFontRegistered = true;
    }
    return preparedChartJs();
  }

  /** White stripes over a fill, `spacingPx` apart; the same pattern object is reused for each chart of this size. */
  hatchPattern(fill: string, style: HatchStyle, spacingPx: number, strokePx: number): Color {
    const key = `${fill}|${style}|${spacingPx}|${strokePx}`;
    const cached = this.hatchPatterns.get(key);
    if (cached !== undefined) return cached;
    const size = Math.max(4, Math.round(spacingPx));
    const tile = this._createCanvas(size, size);
    const ctx = tile.getContext('2d');
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = inkPalette.background;
    ctx.lineWidth = strokePx;
    ctx.beginPath();
    // Lines run corner to corner and past the tile's edges so the stripes join seamlessly when the tile repeats.
    for (const offset of [-size, 0, size]) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
      if (style === 'cross') {
        ctx.moveTo(offset, 0);
        ctx.lineTo(offset + size, size);
      }
    }
    ctx.stroke();
    const pattern = ctx.createPattern(tile, 'repeat');
    if (pattern === null) throw new Error(`render/charts: canvas could not make a ${style} hatch pattern`);
    this.hatchPatterns.set(key, pattern);
    return pattern;
  }
}

/** Enough sizes for every figure in a pack; beyond that the least recently used is dropped. */
const maxCachedSizes = 16;
const canvases = new Map<string, DocumentChartCanvas>();

export function chartCanvasFor(width: number, height: number): DocumentChartCanvas {
  const key = `${width}x${height}`;
  let canvas = canvases.get(key);
  if (canvas === undefined) {
    canvas = new DocumentChartCanvas({ width, height });
    if (canvases.size >= maxCachedSizes) {
      const oldest = canvases.keys().next().value;
      if (oldest !== undefined) canvases.delete(oldest);
    }
  } else {
    canvases.delete(key);
  }
  canvases.set(key, canvas);
  return canvas;
}
