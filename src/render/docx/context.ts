// What every block handler may need while the tree is turned into docx objects: chart pictures and id counters.

import type { Paragraph, Table, TableOfContents } from 'docx';
import type { Block, Figure } from '../../model/types.js';

/** Chart pictures, drawn before the tree is walked so that handlers stay synchronous. */
export type ChartPictures = ReadonlyMap<Figure, Uint8Array>;

export interface RenderContext {
  readonly charts: ChartPictures;
  /** The paper's title (meta.title): the level-1 heading that repeats it is set in the Title style. */
  readonly paperTitle: string;
  /**
   * Where un-numbered paragraphs and lists start, in twips: 0 until the first numbered paragraph or heading, then the
   * number column, so continuation text lines up with numbered text as in the councils' own papers.
   */
  textIndent: number;
  /** Drawing ids must be unique in the document; the docx library's own counter is process-wide, so it is not reproducible. */
  nextDrawingId(): number;
  /** Each list is its own numbering instance, so that every ordered list starts from its own `start`. */
  nextListInstance(): number;
  /** Renders nested blocks (in a box or list item) through the same handler map, without an import cycle. */
  readonly renderBlocks: (blocks: readonly Block[]) => DocxBlock[];
  /** How many figures have been placed so far, for default picture names ("Figure 3"). */
  figureCount: number;
}

/** What a block becomes at the body level of the document. */
export type DocxBlock = Paragraph | Table | TableOfContents;


export function createContext(
  charts: ChartPictures,
  paperTitle: string,
  renderBlocks: (blocks: readonly Block[], ctx: RenderContext) => DocxBlock[],
): RenderContext {
  let drawingId = 0;
  let listInstance = 0;
  const ctx: RenderContext = {
    charts,
    paperTitle,
    textIndent: 0,
    nextDrawingId: () => ++drawingId,
    nextListInstance: () => ++listInstance,
    renderBlocks: (blocks) => renderBlocks(blocks, ctx),
    figureCount: 0,
  };
  return ctx;
}
