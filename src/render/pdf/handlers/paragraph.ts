// Paragraph → P: body text, its paragraph number ("3.2") in the hanging column.
import type { Block, Paragraph } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns } from '../inline.js';
import { BODY, COLOUR, SPACING } from '../layout.js';
import { figureKeep } from '../keepWithNext.js';
import { TextTarget, flowLines, layoutLines, type KeepTail } from '../textFlow.js';
import type { BlockHandler } from './types.js';
import { drawParagraphNumber, textColumn } from './numbering.js';

export const paragraph: BlockHandler<Paragraph> = (node, { ctx, parent, previous, next }) => {
  const target = new TextTarget(ctx.struct('P', parent), ctx);
  const column = textColumn(ctx, node.number, BODY.size);
  const lines = layoutLines(ctx, inlineRuns(node.children), column.width, BODY.size);
  const tail = keepWithFigure(ctx, lines.length, next, previous?.type === 'heading');
  flowLines(ctx, lines, { x: column.x, width: column.width, align: 'left', style: BODY, colour: COLOUR.text }, target, (y) => {
    if (node.number !== null) drawParagraphNumber(ctx, node.number, 'regular', BODY.size, y, target.node);
  }, tail);
  target.finish();
  ctx.space(paragraphSpacing(ctx));
};

/**
 * A paragraph followed by a figure keeps the figure on its page (the figure is what the paragraph describes): the
 * whole paragraph moves on with it when both fit on one page, unless a heading just above would be left behind;
 * otherwise its last lines go with the figure. Returns what flowLines must keep together at the paragraph's end.
 */
function keepWithFigure(ctx: RenderContext, lineCount: number, next: Block | undefined, afterHeading: boolean): KeepTail | undefined {
  const keep = figureKeep(next, ctx, paragraphSpacing(ctx));
  if (keep === 0) return undefined;
  const whole = lineCount * BODY.lineHeight + keep;
  if (whole <= ctx.remaining) return undefined;
  if (whole <= ctx.bottom - ctx.top && !afterHeading) {
    ctx.ensureSpace(whole);
    return undefined;
  }
  const lines = Math.min(lineCount, SPACING.keepWithNextLines);
  return lines * BODY.lineHeight + keep <= ctx.bottom - ctx.top ? { lines, extra: keep } : undefined;
}

export function paragraphSpacing(ctx: RenderContext): number {
  return ctx.compact ? SPACING.compactAfter : SPACING.paragraphAfter;
}
