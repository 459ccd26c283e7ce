// Paragraph numbers ("3.2") as literal text, a tab and a hanging indent, so they survive a clerk restyling the paper.

import { Tab, TextRun } from 'docx';
import type { IParagraphOptions, ParagraphChild } from 'docx';
import type { RenderContext } from './context.js';
import { mmToTwips, numberColumnMm } from './page.js';
import { runText } from './text.js';

type Layout = Pick<IParagraphOptions, 'indent'>;

export const numberColumnTwips = mmToTwips(numberColumnMm);

/** The number and the tab that carries the text to the number column; nothing when the paragraph has no number. */
export function numberPrefix(number: string | null): ParagraphChild[] {
  if (number === null) return [];
  return [new TextRun({ children: [runText(number), new Tab()] })];
}

/**
 * Direct indentation, not part of a style: a numbered paragraph keeps its hanging number whatever style it is given.
 * The hanging indent doubles as the tab stop the number's tab jumps to. Once numbering has started, un-numbered
 * paragraphs line up with the numbered text.
 */
export function numberLayout(number: string | null, ctx: RenderContext): Layout {
  if (number === null) return ctx.textIndent === 0 ? {} : { indent: { left: ctx.textIndent } };
  ctx.textIndent = numberColumnTwips;
  return { indent: { left: numberColumnTwips, hanging: numberColumnTwips } };
}
