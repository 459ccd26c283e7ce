// Running header and footer ("Page X of Y") on every page, drawn after layout as pagination artifacts.
import type { PageFurniture } from '../../model/types.js';
import type { RenderContext } from './context.js';
import { charsThatFit } from './lines.js';
import { COLOUR, PAGE, SMALL } from './layout.js';

export function pageLabel(page: number, of: number): string {
  return `Page ${page} of ${of}`;
}

/** Shortens text with an ellipsis until it fits; running heads are one line. Linear in the text's length. */
export function fitText(ctx: RenderContext, text: string, width: number): string {
  if (ctx.widthOf(text, 'regular', SMALL.size) <= width) return text;
  const measure = (t: string): number => ctx.widthOf(t, 'regular', SMALL.size);
  const chars = [...text];
  const count = charsThatFit(chars, 0, width - measure('\u2026'), measure);
  return `${chars.slice(0, count).join('').trimEnd()}\u2026`;
}

export function drawFurniture(ctx: RenderContext, furniture: PageFurniture): void {
  const { start, count } = ctx.pdf.bufferedPageRange();
  const left = PAGE.margin.left;
  const right = PAGE.width - PAGE.margin.right;
  const header = furniture.header === null ? null : fitText(ctx, furniture.header, right - left);
  // The footer leaves room for the widest page label ("Page 10 of 12").
  const widestLabel = ctx.widthOf(pageLabel(count, count), 'regular', SMALL.size);
  const footer = furniture.footer === null ? null : fitText(ctx, furniture.footer, right - left - widestLabel - 18);
  for (let i = start; i < start + count; i += 1) {
    ctx.pdf.switchToPage(i);
    const label = pageLabel(i + 1, count);
    const labelWidth = ctx.widthOf(label, 'regular', SMALL.size);
    ctx.artifact('Pagination', () => {
      if (header !== null) {
        ctx.drawText(header, 'regular', SMALL.size, COLOUR.secondary, left, PAGE.headerY);
        const ruleY = PAGE.headerY + SMALL.lineHeight + 2;
        ctx.pdf.moveTo(left, ruleY).lineTo(right, ruleY).lineWidth(0.5).strokeColor(ctx.options.style.colours.accent).stroke();
      }
      if (footer !== null) {
        ctx.drawText(footer, 'regular', SMALL.size, COLOUR.secondary, left, PAGE.footerY);
      }
      ctx.drawText(label, 'regular', SMALL.size, COLOUR.secondary, right - labelWidth, PAGE.footerY);
    });
  }
}
