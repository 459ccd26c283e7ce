// The handler map over every Block type, and the walk that turns a list of blocks into docx body content.

import { Paragraph } from 'docx';
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
import { isTableBlock, isWide, renderTable } from './table.js';
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

/**
 * Blocks that open a wide table's landscape page: the headings straight before it go with it (else a heading is left
 * alone at the foot of the portrait page), and a page break straight before it is dropped (the section starts a page).
 */
function leadsIntoLandscape(blocks: readonly Block[]): Set<number> {
  const leading = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.type !== 'table' || !isWide(block)) return;
    for (let at = index - 1; at >= 0; at -= 1) {
      const before = blocks[at];
      if (before?.type !== 'heading' && before?.type !== 'pageBreak') break;
      leading.add(at);
    }
  });
  return leading;
}

export function renderBlocks(blocks: readonly Block[], ctx: RenderContext): DocxBlock[] {
  const leading = leadsIntoLandscape(blocks);
  return blocks.flatMap((block, index) => {
    if (leading.has(index)) {
      if (block.type === 'pageBreak') return [];
      const opening = dispatchBlock(blockHandlers, block, ctx);
      opening.forEach((part) => ctx.landscape.add(part));
      return opening;
    }
    // A paragraph that introduces a chart is kept on the chart's page (Word's "keep with next").
    ctx.keepWithNext = block.type === 'paragraph' && blocks[index + 1]?.type === 'figure';
    const rendered = dispatchBlock(blockHandlers, block, ctx);
    ctx.keepWithNext = false;
    const last = rendered[rendered.length - 1];
    if (!isTableBlock(last)) return rendered;
    // The spacer stays in a landscape table's section: on its own it would make a blank portrait page.
    const spacer = tableSpacer();
    if (ctx.landscape.has(last)) ctx.landscape.add(spacer);
    return [...rendered, spacer];
  });
}

/**
 * A small empty paragraph after each table: Word and LibreOffice merge two tables that touch into one, and text
 * straight after a table would otherwise sit on its bottom border.
 */
function tableSpacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 12 } });
}
