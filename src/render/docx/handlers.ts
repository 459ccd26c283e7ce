// The handler map over every Block type, and the walk that turns a list of blocks into docx body content.

import { Paragraph, Table } from 'docx';
import type { Block } from '../../model/types.js';
import { dispatchBlock } from '../../model/visit.js';
import type { BlockHandlers } from '../../model/visit.js';
import { renderBox } from './box.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderFigure } from './figure.js';
import { renderHeading } from './heading.js';
import { renderList } from './list.js';
import { renderPageBreak } from './pageBreak.js';
import { renderParagraph } from './paragraph.js';
import { renderTable } from './table.js';
import { renderToc } from './toc.js';

/** One handler per block type: the compiler rejects this map when the model gains a type it lacks. */
export const blockHandlers: BlockHandlers<DocxBlock[], RenderContext> = {
  heading: renderHeading,
  paragraph: renderParagraph,
  list: renderList,
  table: renderTable,
  figure: renderFigure,
  box: renderBox,
  pageBreak: renderPageBreak,
  toc: renderToc,
};

export function renderBlocks(blocks: readonly Block[], ctx: RenderContext): DocxBlock[] {
  return blocks.flatMap((block, index) => {
    // A paragraph that introduces a chart is kept on the chart's page (Word's "keep with next").
    ctx.keepWithNext = block.type === 'paragraph' && blocks[index + 1]?.type === 'figure';
    const rendered = dispatchBlock(blockHandlers, block, ctx);
    ctx.keepWithNext = false;
    return rendered[rendered.length - 1] instanceof Table ? [...rendered, tableSpacer()] : rendered;
  });
}

/**
 * A small empty paragraph after each table: Word and LibreOffice merge two tables that touch into one, and text
 * straight after a table would otherwise sit on its bottom border.
 */
function tableSpacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 12 } });
}
