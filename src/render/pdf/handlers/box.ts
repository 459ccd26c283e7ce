// Box → Div: a bordered panel (the recommendations box) in the house accent, with a bold title; its border follows
// it across pages.
import type { Box } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns } from '../inline.js';
import { BODY, COLOUR, SPACING } from '../layout.js';
import { TextTarget, flowLines, layoutLines } from '../textFlow.js';
import type { BlockHandler } from './types.js';

const BORDER_WIDTH = 1;

function drawBorder(ctx: RenderContext, left: number, width: number, top: number, bottom: number): void {
  ctx.artifact('Layout', () => {
    ctx.pdf.save().lineWidth(BORDER_WIDTH).strokeColor(ctx.options.style.colours.accent).rect(left, top, width, bottom - top).stroke().restore();
  });
}

export const box: BlockHandler<Box> = (node, { ctx, parent }) => {
  const pad = SPACING.boxPadding;
  const left = ctx.frame.left + ctx.frame.indent;
  const width = ctx.frame.width - ctx.frame.indent;
  const inner = { left: left + pad, width: width - 2 * pad, indent: 0 };
  const titleLines = node.title === null ? [] : layoutLines(ctx, inlineRuns([{ type: 'text', value: node.title }], { bold: true }), inner.width, BODY.size);

  ctx.ensureSpace(2 * pad + (titleLines.length + SPACING.orphanLines) * BODY.lineHeight);
  const element = ctx.struct('Div', parent);
  let segmentTop = ctx.y;
  const stopFollowing = ctx.onPageBreak((event, c) => {
    if (event === 'leave') drawBorder(c, left, width, segmentTop, c.bottom);
    else segmentTop = c.y;
  });
  try {
    ctx.y += pad;
    ctx.withFrame(inner, true, () => {
      if (titleLines.length > 0) {
        const title = new TextTarget(ctx.struct('P', element), ctx);
        flowLines(ctx, titleLines, { x: inner.left, width: inner.width, align: 'left', style: BODY, colour: COLOUR.text }, title);
        title.finish();
        ctx.y += SPACING.compactAfter;
      }
      ctx.blocks(node.children, element);
    });
    ctx.y = Math.min(ctx.y - SPACING.compactAfter + pad, ctx.bottom);
  } finally {
    stopFollowing();
  }
  drawBorder(ctx, left, width, segmentTop, ctx.y);
  ctx.space(SPACING.paragraphAfter);
};
