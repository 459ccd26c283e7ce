// TableOfContents → TOC of TOCI: each heading after it with its page number, linked to its page. Page numbers
// come from the previous layout pass; the links are added once every page exists (see index.ts).
import type { TableOfContents } from '../../../model/types.js';
import type { RenderContext, StructNode } from '../context.js';
import { inlineRuns } from '../inline.js';
import type { Line } from '../lines.js';
import { BODY, COLOUR, HEADING, SPACING } from '../layout.js';
import { TextTarget, drawLine, layoutLines } from '../textFlow.js';
import type { BlockHandler } from './types.js';

const PAGE_COLUMN = 36;
const LEVEL_INDENT = 18;

export const toc: BlockHandler<TableOfContents> = (node, { ctx, parent }) => {
  const entries = ctx.options.tocEntries.get(node) ?? [];
  const tocNode = ctx.struct('TOC', parent);
  const titleStyle = HEADING[2];
  const titleLines = layoutLines(ctx, inlineRuns([{ type: 'text', value: node.title }], { bold: true }), ctx.frame.width, titleStyle.size);
  ctx.ensureSpace(titleLines.length * titleStyle.lineHeight + titleStyle.spaceAfter + 3 * BODY.lineHeight);
  // The title is a styled P, not a heading: it must not number itself into the outline or the contents.
  const title = new TextTarget(ctx.struct('P', tocNode), ctx);
  for (const line of titleLines) {
    drawLine(ctx, line, { x: ctx.frame.left, width: ctx.frame.width, align: 'left', style: titleStyle, colour: COLOUR.text }, ctx.y, title);
    ctx.y += titleStyle.lineHeight;
  }
  title.finish();
  ctx.y += titleStyle.spaceAfter;

  const topLevel = Math.min(...entries.map((e) => e.level));
  for (const entry of entries) drawEntry(ctx, tocNode, entry.title, entry.level - topLevel, entry.ordinal);
  ctx.space(SPACING.paragraphAfter);
};

/** A contents entry runs to three lines at most; a longer heading (one pasted as a paragraph) ends in an ellipsis. */
const MAX_ENTRY_LINES = 3;

function entryLines(ctx: RenderContext, text: string, face: { bold?: boolean }, width: number): Line[] {
  const lines = layoutLines(ctx, inlineRuns([{ type: 'text', value: text }], face), width, BODY.size);
  if (lines.length <= MAX_ENTRY_LINES) return lines;
  const kept = lines.slice(0, MAX_ENTRY_LINES).reduce((sum, line) => sum + line.fragments.reduce((n, f) => n + [...f.text].length, 0), 0);
  // Two characters fewer than the lines held leaves room for the ellipsis (a character can be wider than another).
  const cut = [...text].slice(0, Math.max(1, kept - 2)).join('').trimEnd();
  return layoutLines(ctx, inlineRuns([{ type: 'text', value: `${cut}\u2026` }], face), width, BODY.size).slice(0, MAX_ENTRY_LINES);
}

/** `depth` 0 is the shallowest heading level listed. */
function drawEntry(ctx: RenderContext, tocNode: StructNode, text: string, depth: number, ordinal: number): void {
  const x = ctx.frame.left + depth * LEVEL_INDENT;
  const width = ctx.frame.width - depth * LEVEL_INDENT - PAGE_COLUMN;
  const face = depth === 0 ? { bold: true } : {};
  const lines = entryLines(ctx, text, face, width);
  const pageIndex = ctx.options.headingPages?.[ordinal] ?? null;
  const pageLabel = pageIndex === null ? '' : String(pageIndex + 1);

  ctx.ensureSpace(lines.length * BODY.lineHeight);
  const item = ctx.struct('TOCI', tocNode);
  const link = ctx.struct('Link', item);
  const target = new TextTarget(link, ctx);
  const top = ctx.y;
  for (const line of lines) {
    drawLine(ctx, line, { x, width, align: 'left', style: BODY, colour: COLOUR.text }, ctx.y, target);
    ctx.y += BODY.lineHeight;
  }
  if (pageLabel !== '') {
    ctx.content(link);
    const labelWidth = ctx.widthOf(pageLabel, 'regular', BODY.size);
    ctx.drawText(pageLabel, 'regular', BODY.size, COLOUR.text, ctx.frame.left + ctx.frame.width - labelWidth, ctx.y - BODY.lineHeight);
  }
  target.finish();
  if (pageIndex !== null) {
    ctx.pendingTocLinks.push({ pageIndex: ctx.pageIndex, x, y: top, width: ctx.frame.width - (x - ctx.frame.left), height: ctx.y - top, targetPageIndex: pageIndex, link, text });
  }
  ctx.y += 2;
}
