// The hanging column: paragraph numbers sit at the frame's left edge, the text starts after them.
import type { RenderContext, StructNode } from '../context.js';
import type { FontFace } from '../fonts.js';
import { COLOUR } from '../layout.js';

const GAP = 8;

/** Where a block's text starts: after the frame's number column, widened if a long number ("12.10.3") needs it. */
export function textColumn(ctx: RenderContext, number: string | null, size: number, face: FontFace = 'regular'): { x: number; width: number } {
  const { left, width, indent } = ctx.frame;
  const needed = number === null ? 0 : ctx.widthOf(number, face, size) + GAP;
  const column = Math.max(indent, needed);
  return { x: left + column, width: width - column };
}

export function drawParagraphNumber(ctx: RenderContext, number: string, face: FontFace, size: number, y: number, owner: StructNode): void {
  ctx.content(owner);
  // The trailing space keeps "3.2" apart from the first word when the text is extracted.
  ctx.drawText(`${number} `, face, size, COLOUR.text, ctx.frame.left, y);
}
