// Heading → H1/H2/H3: bold, numbered in the hanging column, kept on a page with the start of what follows.
import type { Heading } from '../../../model/types.js';
import { inlineRuns, plainText } from '../inline.js';
import { HEADING } from '../layout.js';
import { leadHeight } from '../keepWithNext.js';
import { TextTarget, drawLine, layoutLines } from '../textFlow.js';
import type { BlockHandler } from './types.js';
import { drawParagraphNumber, textColumn } from './numbering.js';

export const heading: BlockHandler<Heading> = (node, { ctx, parent, next, after }) => {
  const style = HEADING[node.level];
  const target = new TextTarget(ctx.struct(`H${node.level}`, parent), ctx);
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
