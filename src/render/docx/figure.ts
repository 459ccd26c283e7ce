// Figure → the chart's PNG at its placed size, with alt text, kept with its Caption-styled caption below it.

import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Figure } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { mmToPixels, textWidthMm } from './page.js';
import { runText } from './text.js';

/** The placed size: as the model asks, scaled down (keeping its shape) to the text width, as the PDF does. */
function placedSize(node: Figure): { width: number; height: number } {
  const scale = Math.min(1, textWidthMm / node.widthMm);
  return { width: mmToPixels(node.widthMm * scale), height: mmToPixels(node.heightMm * scale) };
}

export function renderFigure(node: Figure, ctx: RenderContext): DocxBlock[] {
  const picture = ctx.charts.get(node);
  // renderDocx draws every figure before walking the tree; a miss here is a bug in this renderer, not in the input.
  if (picture === undefined) throw new Error(`render/docx: no chart picture was drawn for figure "${node.chart.title}"`);
  ctx.figureCount += 1;
  const image = new ImageRun({
    type: 'png',
    data: picture,
    transformation: placedSize(node),
    altText: {
      id: String(ctx.nextDrawingId()),
      name: `Figure ${ctx.figureCount}`,
      title: runText(node.chart.title),
      description: runText(node.alt),
    },
  });
  const placed = new Paragraph({ alignment: AlignmentType.CENTER, keepNext: node.caption !== null, children: [image] });
  if (node.caption === null) return [placed];
  return [placed, new Paragraph({ style: 'Caption', children: renderInlines([{ type: 'text', value: node.caption }]) })];
}
