// The handler map: one function per Block type; the mapped type makes a missing one a compile error.
import { dispatchBlock } from '../../../model/visit.js';
import type { RenderBlocks } from '../context.js';
import { box } from './box.js';
import { figure } from './figure.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { pageBreak } from './pageBreak.js';
import { paragraph } from './paragraph.js';
import { table } from './table.js';
import { toc } from './toc.js';
import type { BlockHandlers } from './types.js';

export const blockHandlers: BlockHandlers = { heading, paragraph, list, table, figure, box, pageBreak, toc };

export const renderBlocks: RenderBlocks = (blocks, ctx, parent) => {
  blocks.forEach((block, i) => dispatchBlock(blockHandlers, block, { ctx, parent, previous: blocks[i - 1], next: blocks[i + 1], after: blocks[i + 2] }));
};
