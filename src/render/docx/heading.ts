// Heading → a paragraph in the Heading 1-3 style (which carries the outline level) or Title, with its literal number.

import { Paragraph } from 'docx';
import type { Heading } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { plainText } from '../../model/text.js';
import { renderInlines } from './inline.js';
import { numberLayout, numberPrefix } from './numbered.js';

export function renderHeading(node: Heading, ctx: RenderContext): DocxBlock[] {
  return [
    new Paragraph({
      style: isPaperTitle(node, ctx) ? 'Title' : `Heading${node.level}`,
      // An un-numbered heading stays at the margin: it starts a part (appendix, background papers), not a paragraph.
      ...(node.number === null ? {} : numberLayout(node.number, ctx)),
      children: [...numberPrefix(node.number), ...renderInlines(node.children)],
    }),
  ];
}

/**
 * The model has no title node: templates open with a level-1 heading repeating the paper's title. In the Title style it
 * stays out of the outline and the contents, as a title should.
 */
function isPaperTitle(node: Heading, ctx: RenderContext): boolean {
  return node.level === 1 && node.number === null && plainText(node.children).trim() === ctx.paperTitle.trim();
}
