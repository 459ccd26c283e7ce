// Paragraph numbers ("3.2") through Word's own multilevel numbering, tied to the Heading 1, Heading 2 and Numbered
// Paragraph styles, so that a paragraph inserted in Word renumbers the ones after it.

import { Tab, TextRun } from 'docx';
import type { IParagraphOptions, ParagraphChild } from 'docx';
import type { RenderContext } from './context.js';
import { mmToTwips, numberColumnMm } from './page.js';
import { runText } from './text.js';

export const numberColumnTwips = mmToTwips(numberColumnMm);

/** The style of a paragraph that Word numbers at the second level ("3.2"), as Heading 2 is. */
export const numberedParagraphStyle = 'NumberedParagraph';
export const paragraphNumberingReference = 'boardpack-paragraphs';

export interface Numbered {
  paragraph: Pick<IParagraphOptions, 'indent' | 'numbering' | 'style'>;
  /** Text before the paragraph's own: the number typed by hand, only when Word's count would differ from the model's. */
  prefix: ParagraphChild[];
}

/** Where Word's counters stand: the section ("3") and the item within it ("3.2"). */
export interface WordCounters {
  section: number;
  item: number;
}

/** The number Word will give the next paragraph at this level of the paper numbering. */
export function nextWordNumber(counters: WordCounters, level: 0 | 1): string {
  return level === 0 ? String(counters.section + 1) : `${counters.section}.${counters.item + 1}`;
}

function advance(counters: WordCounters, level: 0 | 1): void {
  if (level === 0) {
    counters.section += 1;
    counters.item = 0;
  } else counters.item += 1;
}

/**
 * How a top-level heading or paragraph carries its number. Word numbers it when the number Word would compute equals
 * the model's (always, for numbers from model/numbering.ts); otherwise the number is typed, with a tab, so a hand-made
 * tree still prints what it says. `kind` says whether the style itself is numbered (headings in a numbered paper), so
 * that an un-numbered heading must switch the style's numbering off.
 * The hanging indent is direct formatting too, so LibreOffice and Word place the number alike; once numbering has
 * started, un-numbered paragraphs line up with the numbered text.
 */
export function numbered(number: string | null, level: 0 | 1 | null, ctx: RenderContext, kind: 'heading' | 'paragraph'): Numbered {
  const styleNumbered = ctx.numbering && kind === 'heading' && level !== null;
  if (number === null) {
    const indent = ctx.textIndent === 0 || kind === 'heading' ? {} : { indent: { left: ctx.textIndent } };
    return { paragraph: { ...indent, ...(styleNumbered ? { numbering: false } : {}) }, prefix: [] };
  }
  ctx.textIndent = numberColumnTwips;
  const indent = { left: numberColumnTwips, hanging: numberColumnTwips };
  if (ctx.numbering && level !== null && nextWordNumber(ctx.counters, level) === number) {
    advance(ctx.counters, level);
    // A numbered paragraph also carries the numbering itself (the style's list, same level): LibreOffice ignores a
    // list given only by a paragraph style that is not a heading.
    const direct = kind === 'paragraph' ? { style: numberedParagraphStyle, numbering: { reference: paragraphNumberingReference, level } } : {};
    return { paragraph: { indent, ...direct }, prefix: [] };
  }
  return {
    paragraph: { indent, ...(styleNumbered ? { numbering: false } : {}) },
    prefix: [new TextRun({ children: [runText(number), new Tab()] })],
  };
}
