// PageBreak → a paragraph holding a page break.

import { PageBreak, Paragraph } from 'docx';
import type { DocxBlock } from './context.js';

export function renderPageBreak(): DocxBlock[] {
  return [new Paragraph({ children: [new PageBreak()] })];
}
