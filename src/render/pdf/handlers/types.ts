// Where a block is drawn: the layout state, the structure element it belongs to, and the block after it (for
// keep-with-next). Handlers are typed through model/visit's maps, so a missing node kind is a compile error.
import type { Block } from '../../../model/types.js';
import type { BlockHandlers as ModelBlockHandlers } from '../../../model/visit.js';
import type { RenderContext, StructNode } from '../context.js';

export interface Place {
  ctx: RenderContext;
  parent: StructNode;
  next: Block | undefined;
  /** The blocks either side of these two, for keeping a paragraph with its figure (keepWithNext.ts). */
  previous: Block | undefined;
  after: Block | undefined;
}

export type BlockHandlers = ModelBlockHandlers<void, Place>;
export type BlockHandler<T extends Block> = (node: T, place: Place) => void;
