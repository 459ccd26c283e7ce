// PageBreak → the next block starts a new page (no blank page when we are already at the top of one).
import type { PageBreak } from '../../../model/types.js';
import type { BlockHandler } from './types.js';

export const pageBreak: BlockHandler<PageBreak> = (_node, { ctx }) => {
  if (!ctx.atPageTop) ctx.newPage();
};
