// Draws every figure's chart (render/charts) before layout starts, all at once, since layout is synchronous. A chart
// comes as SVG with the drawing the PDF replays as vectors (render/charts knows the drawing of the SVG it wrote, and
// reads any other); a caller's renderer may still supply a PNG.
import type { Block, Figure } from '../../model/types.js';
import { chartDrawingOf, type ChartDrawing, type ChartRenderer } from '../charts/index.js';
import { figuresOf } from './headings.js';

export type { ChartRenderer };

/** What a figure shows: the chart's vector drawing, or a picture when a renderer gave one. */
export type ChartArt = { kind: 'vector'; drawing: ChartDrawing } | { kind: 'picture'; png: Uint8Array };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

export function chartArt(bytes: Uint8Array): ChartArt {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: 'picture', png: bytes };
  return { kind: 'vector', drawing: chartDrawingOf(bytes) };
}

export async function renderFigures(blocks: readonly Block[], renderChart: ChartRenderer): Promise<Map<Figure, ChartArt>> {
  const figures = figuresOf(blocks);
  const art = await Promise.all(
    figures.map(async (figure) => {
      try {
        return chartArt(await renderChart(figure.chart, { widthMm: figure.widthMm, heightMm: figure.heightMm }));
      } catch (cause) {
        throw new Error(`render/pdf: chart "${figure.chart.title}" could not be drawn: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      }
    }),
  );
  return new Map(figures.map((figure, i) => [figure, art[i] as ChartArt]));
}
