// Draws every figure's chart (PNG, via render/charts) before layout starts, all at once, since layout is synchronous.
import type { Figure } from '../../model/types.js';
import type { ChartRenderer } from '../charts/index.js';
import { figuresOf } from './headings.js';
import type { Block } from '../../model/types.js';

export type { ChartRenderer };

export async function renderFigures(blocks: readonly Block[], renderChart: ChartRenderer): Promise<Map<Figure, Uint8Array>> {
  const figures = figuresOf(blocks);
  const images = await Promise.all(
    figures.map(async (figure) => {
      try {
        return await renderChart(figure.chart, { widthMm: figure.widthMm, heightMm: figure.heightMm });
      } catch (cause) {
        throw new Error(`render/pdf: chart "${figure.chart.title}" could not be drawn: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      }
    }),
  );
  return new Map(figures.map((figure, i) => [figure, images[i] as Uint8Array]));
}
