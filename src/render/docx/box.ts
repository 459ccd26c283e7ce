// Box → a one-cell bordered table holding its blocks, its title in bold, e.g. the recommendations panel.

import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Box } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { textWidthTwips } from './page.js';

export function renderBox(node: Box, ctx: RenderContext): DocxBlock[] {
  // The frame is drawn in the house accent colour (checked at 3:1 against white when the config is read).
  const frame = { style: BorderStyle.SINGLE, size: 12, color: ctx.style.colours.accent.replace(/^#/, '').toUpperCase() } as const;
  const title =
    node.title === null
      ? []
      : [new Paragraph({ keepNext: true, children: renderInlines([{ type: 'strong', children: [{ type: 'text', value: node.title }] }]) })];
  // A box is read on its own: its text starts at the box edge, not in the paper's number column.
  const outerIndent = ctx.textIndent;
  ctx.textIndent = 0;
  const body = ctx.renderBlocks(node.children);
  ctx.textIndent = outerIndent;
  const children = endWithParagraph([...title, ...body]);
  const cell = new TableCell({
    width: { size: textWidthTwips, type: WidthType.DXA },
    margins: { top: 113, bottom: 57, left: 170, right: 170 },
    children: asCellContent(children),
  });
  return [
    new Table({
      rows: [new TableRow({ children: [cell] })],
      width: { size: textWidthTwips, type: WidthType.DXA },
      columnWidths: [textWidthTwips],
      borders: { top: frame, bottom: frame, left: frame, right: frame },
    }),
  ];
}

/** Word requires a table cell to end with a paragraph, and an empty cell still needs one. */
export function endWithParagraph(blocks: DocxBlock[]): DocxBlock[] {
  const last = blocks[blocks.length - 1];
  return last instanceof Paragraph ? blocks : [...blocks, new Paragraph({})];
}

/**
 * A cell holds the same block-level content as the body (a TOC's structured document tag included), but the docx
 * library types cell children as paragraphs and tables only.
 */
function asCellContent(blocks: DocxBlock[]): (Paragraph | Table)[] {
  return blocks as (Paragraph | Table)[];
}
