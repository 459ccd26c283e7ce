// Paragraph → a Normal paragraph, or a Numbered Paragraph that Word numbers when the paper numbers paragraphs.

import { Paragraph } from 'docx';
import type { Paragraph as ParagraphNode } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { numbered } from './numbered.js';

export function renderParagraph(node: ParagraphNode, ctx: RenderContext): DocxBlock[] {
  const numbering = numbered(node.number, 1, ctx, 'paragraph');
  return [new Paragraph({ ...numbering.paragraph, ...(ctx.keepWithNext ? { keepNext: true } : {}), children: [...numbering.prefix, ...renderInlines(node.children)] })];
}
