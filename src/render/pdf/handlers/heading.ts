// Heading → H1/H2/H3: bold, numbered in the hanging column, kept on a page with the start of what follows.
import type { Heading } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns, plainText } from '../inline.js';
import { HEADING } from '../layout.js';
import { leadHeight } from '../keepWithNext.js';
import { TextTarget, drawLine, layoutLines } from '../textFlow.js';
import type { BlockHandler } from './types.js';
import { drawParagraphNumber, textColumn } from './numbering.js';

/** The tag level of the heading drawn last in each layout (a fresh context per layout pass starts the outline again). */
const lastTagLevel = new WeakMap<RenderContext, number>();

/**
 * The tag a heading gets: its model level, but never more than one below the heading before it, as the DOCX outline
 * does, so a template that skips a level (# then ###) does not leave a gap in the structure screen readers list.
 */
function tagLevel(node: Heading, ctx: RenderContext): 1 | 2 | 3 {
  const level = Math.min(node.level, (lastTagLevel.get(ctx) ?? 0) + 1) as 1 | 2 | 3;
  lastTagLevel.set(ctx, level);
  return level;
}

export const heading: BlockHandler<Heading> = (node, { ctx, parent, next, after }) => {
  // Drawn in the style of the model's level; tagged at the level that keeps the outline from skipping.
  const style = HEADING[node.level];
  const target = new TextTarget(ctx.struct(`H${tagLevel(node, ctx)}`, parent), ctx);
  // An unnumbered heading (the paper's title) stands at the margin; numbered ones hang their number.
  const column = node.number === null ? { x: ctx.frame.left, width: ctx.frame.width } : textColumn(ctx, node.number, style.size, 'bold');
  const lines = layoutLines(ctx, inlineRuns(node.children, { bold: true }), column.width, style.size);
  const height = lines.length * style.lineHeight + style.spaceAfter;

  const head = style.spaceBefore + height;
  ctx.ensureSpace(head + leadHeight(next, ctx, after, ctx.bottom - ctx.top - head));
  if (!ctx.atPageTop) ctx.y += style.spaceBefore;

  const title = plainText(node.children);
  ctx.headings.push({ level: node.level, title: node.number === null ? title : `${node.number} ${title}`, pageIndex: ctx.pageIndex, y: ctx.y });
  if (node.number !== null) drawParagraphNumber(ctx, node.number, 'bold', style.size, ctx.y, target.node);
  for (const line of lines) {
    // Only a heading longer than a page (a title pasted as one unbroken run) reaches the foot.
    if (ctx.y + style.lineHeight > ctx.bottom && !ctx.atPageTop) ctx.newPage();
    drawLine(ctx, line, { x: column.x, width: column.width, align: 'left', style, colour: ctx.options.style.colours.heading }, ctx.y, target);
    ctx.y += style.lineHeight;
  }
  target.finish();
  ctx.space(style.spaceAfter);
};
