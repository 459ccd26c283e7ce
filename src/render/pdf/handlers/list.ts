// List → L of LI (Lbl: the bullet or number; LBody: the item's blocks), nested lists indented one step further.
import type { List } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { BODY, COLOUR, SPACING } from '../layout.js';
import type { BlockHandler } from './types.js';
import { drawParagraphNumber, textColumn } from './numbering.js';
import { paragraphSpacing } from './paragraph.js';

const BULLETS = ['\u2022', '\u2013', '\u25E6'] as const;
const LABEL_GAP = 6;

/** Bullets change with depth: •, then –, then ◦. */
function labels(node: List, depth: number): string[] {
  return node.items.map((_, i) => (node.ordered ? `${node.start + i}.` : (BULLETS[depth % BULLETS.length] ?? '\u2022')));
}

function labelWidth(ctx: RenderContext, node: List, texts: readonly string[]): number {
  if (!node.ordered) return SPACING.listIndent;
  const widest = Math.max(...texts.map((t) => ctx.widthOf(t, 'regular', BODY.size)));
  return Math.max(SPACING.listIndent, widest + LABEL_GAP);
}

export const list: BlockHandler<List> = (node, { ctx, parent }) => {
  const listNode = ctx.struct('L', parent);
  const texts = labels(node, ctx.listDepth);
  const column = textColumn(ctx, node.number, BODY.size);
  const markerWidth = labelWidth(ctx, node, texts);
  const body = { left: column.x + markerWidth, width: column.width - markerWidth, indent: 0 };

  ctx.listDepth += 1;
  try {
    node.items.forEach((item, i) => {
      const itemNode = ctx.struct('LI', listNode);
      ctx.ensureSpace(SPACING.orphanLines * BODY.lineHeight);
      const label = ctx.struct('Lbl', itemNode);
      if (i === 0 && node.number !== null) drawParagraphNumber(ctx, node.number, 'regular', BODY.size, ctx.y, label);
      ctx.content(label);
      ctx.drawText(`${texts[i] ?? ''} `, 'regular', BODY.size, COLOUR.text, column.x, ctx.y);
      const itemBody = ctx.struct('LBody', itemNode);
      const top = ctx.y;
      ctx.withFrame(body, true, () => ctx.blocks(item.children, itemBody));
      // An empty item still takes its line, or the next label would print over this one.
      if (ctx.y === top) ctx.y += BODY.lineHeight;
    });
  } finally {
    ctx.listDepth -= 1;
  }
  if (ctx.listDepth === 0) ctx.space(paragraphSpacing(ctx) - SPACING.compactAfter);
};
