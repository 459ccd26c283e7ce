// How much of the block after a heading must fit on the heading's page, so a heading is never stranded at the foot,
// and how much room a figure needs below the paragraph that introduces it (the two stay on one page).
import type { Block } from '../../model/types.js';
import type { RenderContext } from './context.js';
import { inlineRuns } from './inline.js';
import { BODY, HEADING, SPACING, TABLE_TEXT } from './layout.js';
import { layoutLines } from './textFlow.js';
import { figureSize } from './handlers/figureSize.js';

const lines = (n: number, lineHeight: number = BODY.lineHeight): number => n * lineHeight;

/** The room a figure takes below a paragraph with `spacing` after it; 0 when `next` is not a figure. */
export function figureKeep(next: Block | undefined, ctx: RenderContext, spacing: number): number {
  return next?.type === 'figure' ? spacing + figureSize(next, ctx).height - SPACING.paragraphAfter : 0;
}

/**
 * `block`'s first lines (or all of it, with `after` when that is the figure it introduces, if they fit in `room`,
 * the page below the heading).
 */
export function leadHeight(block: Block | undefined, ctx: RenderContext, after?: Block, room = Number.POSITIVE_INFINITY): number {
  if (block === undefined) return 0;
  const keep = SPACING.keepWithNextLines;
  switch (block.type) {
    case 'paragraph': {
      const count = layoutLines(ctx, inlineRuns(block.children), ctx.frame.width - ctx.frame.indent, BODY.size).length;
      const withFigure = lines(count) + figureKeep(after, ctx, ctx.compact ? SPACING.compactAfter : SPACING.paragraphAfter);
      return after?.type === 'figure' && withFigure <= room ? withFigure : lines(Math.min(count, keep));
    }
    case 'heading':
      return HEADING[block.level].spaceBefore + HEADING[block.level].lineHeight + lines(keep);
    case 'list':
    case 'toc':
      return lines(keep);
    case 'box':
      return 2 * SPACING.boxPadding + lines(keep + 1);
    case 'table':
      // Caption, header row and a first row of a couple of lines.
      return (block.caption === null ? 0 : BODY.lineHeight) + (block.header.length + 2) * (TABLE_TEXT.lineHeight + 2 * SPACING.cellPadding);
    case 'figure':
      return figureSize(block, ctx).height;
    case 'pageBreak':
      return 0;
  }
}
