// One ChartJSNodeCanvas per pixel size (creating one is slow) for the PNG pictures, with the document font set up once.

import type { ChartConfiguration, ChartItem, Chart, Color } from 'chart.js';
import { ChartJSNodeCanvas, type ChartJSNodeCanvasOptions } from 'chartjs-node-canvas';
import { preparedChartJs } from './chartJs.js';
import { documentFontFamily, documentFontFiles } from './fonts.js';
import { withDocumentFontsOnly } from './fontIsolation.js';
import { inkPalette } from './palette.js';

// canvas keeps registered fonts process-wide, so registering once is enough (and must precede the first canvas).
let documentFontRegistered = false;

type PooledCanvas = ReturnType<ChartJSNodeCanvas['_createCanvas']>;

export type HatchStyle = 'diagonal' | 'cross';

/** A ChartJSNodeCanvas for one pixel size that also makes the hatch patterns comparison bars use. */
export class DocumentChartCanvas extends ChartJSNodeCanvas {
  /**
   * Patterns with the tile canvases they draw from: a pattern does not keep its tile alive, and once the tile is
   * garbage-collected the pattern paints nothing (bars came out blank after a few charts).
   */
  private readonly hatchPatterns = new Map<string, { tile: PooledCanvas; pattern: Color }>();
  /** Canvases free for the next chart; concurrent renders each take their own. */
  private readonly idleCanvases: PooledCanvas[] = [];

  protected override initialize(_options: ChartJSNodeCanvasOptions): typeof Chart {
    if (!documentFontRegistered) {
      withDocumentFontsOnly(() => {
        for (const file of documentFontFiles()) {
          this.registerFont(file.path, { family: documentFontFamily, weight: file.weight });
        }
      });
      documentFontRegistered = true;
    }
    return preparedChartJs();
  }

  /**
   * Draws the chart and encodes it as an opaque PNG. chartjs-node-canvas's renderToBuffer encodes RGBA with every PNG
   * filter tried per row, which costs twice the drawing; an opaque canvas (the page is white anyway) with the plain
   * "none" filter encodes 2-3× faster and smaller for flat-colour charts; zlib level 3 saves another third of the
   * encoding time for about 15% more bytes (80 KiB for a 160 × 80 mm trend). Same canvas and Chart.js set-up otherwise.
   */
  async renderPng(configuration: ChartConfiguration, dpi: number): Promise<Buffer> {
    const canvas = this.idleCanvases.pop() ?? this.opaqueCanvas();
    const context = canvas.getContext('2d', { pixelFormat: 'RGB24' });
    // Whatever state Chart.js leaves on the context goes with the restore, so a reused canvas draws like a new one.
    context.save();
    let chart: Chart | undefined;
    try {
      chart = new this._chartJs(context as unknown as ChartItem, configuration);
      return await new Promise<Buffer>((resolve, reject) => {
        canvas.toBuffer((error, png) => (error ? reject(error) : resolve(png)), 'image/png', pngEncoding(canvas, dpi));
      });
    } finally {
      chart?.destroy();
      context.restore();
      // Canvases are reused: a 1260 × 630 bitmap is 3 MB, and allocating one per chart doubled the GC time.
      this.idleCanvases.push(canvas);
    }
  }

  private opaqueCanvas(): PooledCanvas {
    const canvas = this._createCanvas(this._width, this._height);
    canvas.getContext('2d', { pixelFormat: 'RGB24' });
    // Chart.js reads canvas.style when sizing; node-canvas has none.
    Object.assign(canvas, { style: {} });
    return canvas;
  }

  /** White stripes over a fill, `spacingPx` apart; the same pattern object is reused for each chart of this size. */
  hatchPattern(fill: string, style: HatchStyle, spacingPx: number, strokePx: number): Color {
    const key = `${fill}|${style}|${spacingPx}|${strokePx}`;
    const cached = this.hatchPatterns.get(key);
    if (cached !== undefined) return cached.pattern;
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
    this.hatchPatterns.set(key, { tile, pattern });
    return pattern;
  }
}

interface PngEncoding {
  compressionLevel: 3;
  /** Written as the pHYs chunk, so an application that places the PNG without a size gets the intended one. */
  resolution: number;
  filters?: number;
}

/** node-canvas keeps the filter flags on its Canvas class; without them libpng's own default (every filter) applies. */
function pngEncoding(canvas: object, dpi: number): PngEncoding {
  const filterNone = (canvas.constructor as { PNG_FILTER_NONE?: unknown }).PNG_FILTER_NONE;
  const encoding: PngEncoding = { compressionLevel: 3, resolution: dpi };
  if (typeof filterNone === 'number') encoding.filters = filterNone;
  return encoding;
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
