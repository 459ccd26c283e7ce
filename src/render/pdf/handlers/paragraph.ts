// Paragraph → P: body text, its paragraph number ("3.2") in the hanging column.
import type { Paragraph } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns } from '../inline.js';
import { BODY, COLOUR, SPACING } from '../layout.js';
import { TextTarget, flowLines, layoutLines } from '../textFlow.js';
import type { BlockHandler } from './types.js';
import { drawParagraphNumber, textColumn } from './numbering.js';

export const paragraph: BlockHandler<Paragraph> = (node, { ctx, parent }) => {
  const target = new TextTarget(ctx.struct('P', parent), ctx);
  const column = textColumn(ctx, node.number, BODY.size);
  const lines = layoutLines(ctx, inlineRuns(node.children), column.width, BODY.size);
  flowLines(ctx, lines, { x: column.x, width: column.width, align: 'left', style: BODY, colour: COLOUR.text }, target, (y) => {
    if (node.number !== null) drawParagraphNumber(ctx, node.number, 'regular', BODY.size, y, target.node);
  });
  target.finish();
  ctx.space(paragraphSpacing(ctx));
};

export function paragraphSpacing(ctx: RenderContext): number {
  return ctx.compact ? SPACING.compactAfter : SPACING.paragraphAfter;
}
