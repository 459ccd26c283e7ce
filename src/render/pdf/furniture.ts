// Running header and footer ("Page X of Y") on every page, drawn after layout as pagination artifacts.
import type { PageFurniture } from '../../model/types.js';
import type { RenderContext } from './context.js';
import { substituteMissingGlyphs } from './fonts.js';
import { COLOUR, PAGE, SMALL } from './layout.js';

export function pageLabel(page: number, of: number): string {
  return `Page ${page} of ${of}`;
}

/** Shortens text with an ellipsis until it fits; running heads are one line. */
function fitText(ctx: RenderContext, text: string, width: number): string {
  if (ctx.widthOf(text, 'regular', SMALL.size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.widthOf(`${cut}\u2026`, 'regular', SMALL.size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}\u2026`;
}

export function drawFurniture(ctx: RenderContext, furniture: PageFurniture): void {
  const { start, count } = ctx.pdf.bufferedPageRange();
  const left = PAGE.margin.left;
  const right = PAGE.width - PAGE.margin.right;
  for (let i = start; i < start + count; i += 1) {
    ctx.pdf.switchToPage(i);
    const label = pageLabel(i + 1, count);
    const labelWidth = ctx.widthOf(label, 'regular', SMALL.size);
    ctx.artifact('Pagination', () => {
      if (furniture.header !== null) {
        ctx.drawText(fitText(ctx, substituteMissingGlyphs(furniture.header), right - left), 'regular', SMALL.size, COLOUR.secondary, left, PAGE.headerY);
        const ruleY = PAGE.headerY + SMALL.lineHeight + 2;
        ctx.pdf.moveTo(left, ruleY).lineTo(right, ruleY).lineWidth(0.5).strokeColor(ctx.options.style.colours.accent).stroke();
      }
      if (furniture.footer !== null) {
        ctx.drawText(fitText(ctx, substituteMissingGlyphs(furniture.footer), right - left - labelWidth - 18), 'regular', SMALL.size, COLOUR.secondary, left, PAGE.footerY);
      }
      ctx.drawText(label, 'regular', SMALL.size, COLOUR.secondary, right - labelWidth, PAGE.footerY);
    });
  }
}
