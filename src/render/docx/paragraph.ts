// Paragraph → a Normal paragraph, with its literal number and hanging indent when the paper numbers paragraphs.

import { Paragraph } from 'docx';
import type { Paragraph as ParagraphNode } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { numberLayout, numberPrefix } from './numbered.js';

export function renderParagraph(node: ParagraphNode, ctx: RenderContext): DocxBlock[] {
  return [
    new Paragraph({
      ...numberLayout(node.number, ctx),
      children: [...numberPrefix(node.number), ...renderInlines(node.children)],
    }),
  ];
}
