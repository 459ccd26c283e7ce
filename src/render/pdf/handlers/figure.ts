// Figure → Figure element with Alt text, the chart drawn as vectors (or a picture) scaled to the frame, and its caption
// below (a P: a Figure's own children are hidden behind its Alt).
import type { Figure } from '../../../model/types.js';
import { COLOUR, SMALL, SPACING } from '../layout.js';
import { TextTarget, drawLine } from '../textFlow.js';
import type { BlockHandler } from './types.js';
import { CAPTION_GAP, figureSize } from './figureSize.js';
import { placeableImage } from '../images.js';
import { drawChartVectors } from '../chartVectors.js';

export const figure: BlockHandler<Figure> = (node, { ctx, parent }) => {
  const size = figureSize(node, ctx);
  ctx.ensureSpace(size.height - SPACING.paragraphAfter);

  const x = ctx.frame.left;
  // BBox (PDF/UA wants it on figures) in top-down page coordinates: left, top, right, bottom.
  const bbox: [number, number, number, number] = [x, ctx.y, x + size.imageWidth, ctx.y + size.imageHeight];
  const element = ctx.struct('Figure', parent, { alt: node.alt, bbox });
  const art = ctx.options.charts.get(node);
  if (art === undefined) throw new Error(`render/pdf: figure "${node.chart.title}" has no rendered chart`);
  // The first pass only finds page numbers: the space is kept, nothing is drawn.
  if (!ctx.options.measureOnly) {
    ctx.content(element);
    ctx.figureCount += 1;
    const frame = { x, y: ctx.y, width: size.imageWidth, height: size.imageHeight };
    if (art.kind === 'vector') drawChartVectors(ctx.pdf, art.drawing, frame, { faces: ctx.chartFaces, accent: ctx.options.style.colours.accent });
    else ctx.pdf.image(placeableImage(art.png, `Chart${ctx.figureCount}`) as Buffer, frame.x, frame.y, { width: frame.width, height: frame.height });
  }
  ctx.y += size.imageHeight;

  if (size.captionLines.length > 0) {
    ctx.y += CAPTION_GAP;
    const caption = new TextTarget(ctx.struct('P', parent), ctx);
    for (const line of size.captionLines) {
      if (ctx.y + SMALL.lineHeight > ctx.bottom && !ctx.atPageTop) ctx.newPage();
      drawLine(ctx, line, { x, width: ctx.frame.width, align: 'left', style: SMALL, colour: COLOUR.secondary }, ctx.y, caption);
      ctx.y += SMALL.lineHeight;
    }
    caption.finish();
  }
  ctx.space(SPACING.paragraphAfter);
};
