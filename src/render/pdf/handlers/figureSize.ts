// A figure's placed size: its millimetre size, scaled down (aspect kept) to fit the frame's width and one page.
import type { Figure } from '../../../model/types.js';
import type { RenderContext } from '../context.js';
import { inlineRuns } from '../inline.js';
import type { Line } from '../lines.js';
import { SMALL, SPACING, mmToPt } from '../layout.js';
import { layoutLines } from '../textFlow.js';

export interface FigureSize {
  imageWidth: number;
  imageHeight: number;
  captionLines: Line[];
  /** Image, caption (as much as is kept with it) and the space after. */
  height: number;
}

export const CAPTION_GAP = 4;

export function figureSize(figure: Figure, ctx: RenderContext): FigureSize {
  const captionLines =
    figure.caption === null ? [] : layoutLines(ctx, inlineRuns([{ type: 'text', value: figure.caption }], { italic: true }), ctx.frame.width, SMALL.size);
  const captionHeight = captionLines.length === 0 ? 0 : CAPTION_GAP + captionLines.length * SMALL.lineHeight;
  const natural = { width: mmToPt(figure.widthMm), height: mmToPt(figure.heightMm) };
  // A caption longer than a third of a page (a title pasted as a paragraph) flows on below; the picture keeps its size.
  const keptCaption = Math.min(captionHeight, (ctx.bottom - ctx.top) / 3);
  const maxHeight = ctx.bottom - ctx.top - keptCaption - SPACING.paragraphAfter;
  const scale = Math.min(1, ctx.frame.width / natural.width, maxHeight / natural.height);
  const imageWidth = natural.width * scale;
  const imageHeight = natural.height * scale;
  return { imageWidth, imageHeight, captionLines, height: imageHeight + keptCaption + SPACING.paragraphAfter };
}
