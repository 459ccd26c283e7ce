// Table of contents → its title and a TOC field over Heading 1-3, pre-filled with the headings and estimated pages.

import { Paragraph, TableOfContents } from 'docx';
import type { TableOfContents as TocNode } from '../../model/types.js';
import type { DocxBlock } from './context.js';
import { renderInlines } from './inline.js';
import { runText } from './text.js';

export function renderToc(node: TocNode): DocxBlock[] {
  // The title is not a Heading: the contents would otherwise list itself.
  const title = new Paragraph({ style: 'TOCHeading', children: renderInlines([{ type: 'text', value: node.title }]) });
  return [title, new TableOfContents(runText(node.title), { hyperlink: true, headingStyleRange: '1-3' })];
}
