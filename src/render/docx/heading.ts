// Heading → a paragraph in the Heading 1-3 style (which carries the outline level), with its literal number.

import { Paragraph } from 'docx';
import type { Heading } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { numberLayout, numberPrefix } from './numbered.js';

export function renderHeading(node: Heading, ctx: RenderContext): DocxBlock[] {
  return [
    new Paragraph({
      style: `Heading${node.level}`,
      // An un-numbered heading stays at the margin: it starts a part (appendix, background papers), not a paragraph.
      ...(node.number === null ? {} : numberLayout(node.number, ctx)),
      children: [...numberPrefix(node.number), ...renderInlines(node.children)],
    }),
  ];
}
