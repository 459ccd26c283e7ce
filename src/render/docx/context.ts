// What every block handler may need while the tree is turned into docx objects: the figures' charts and id counters.

import type { Paragraph, Table, TableOfContents } from 'docx';
import type { PrewrittenXml } from './xmlWriter.js';
import type { Block, Figure, HouseStyle } from '../../model/types.js';
import type { NativeChart } from './charts/index.js';
import type { WordCounters } from './numbered.js';

/** A figure's chart, prepared before the tree is walked so that handlers stay synchronous. */
export type FigureChart =
  | { kind: 'native'; chart: NativeChart }
  /** A kind with no native Word form: the shared drawing as SVG, with a PNG for readers without SVG. */
  | { kind: 'svg'; svg: Uint8Array; png: Uint8Array }
  /** A picture a caller's renderer supplied. */
  | { kind: 'png'; png: Uint8Array };

export type ChartPictures = ReadonlyMap<Figure, FigureChart>;

export interface RenderContext {
  readonly charts: ChartPictures;
  /** The paper's title (meta.title): the level-1 heading that repeats it is set in the Paper Title style (a Heading 1). */
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
  /** The council's house style: font, colours, logo. */
  readonly style: HouseStyle;
  /** Blocks set on a landscape page (a wide table and its caption); the renderer puts each run of them in its own section. */
  readonly landscape: Set<DocxBlock>;
  /** Figures with a caption so far: the cached result of each caption's SEQ Figure field. */
  figureCaptionCount: number;
  /** Set by the walk when the next block is a figure: the paragraph introducing a chart stays on its page. */
  keepWithNext: boolean;
  /** Tables with a caption so far: the cached result of each caption's SEQ Table field. */
  tableCount: number;
  /** Whether the paper numbers its paragraphs: the Heading 1, Heading 2 and Numbered Paragraph styles then carry Word numbering. */
  readonly numbering: boolean;
  /** Where Word's paragraph numbering stands, to check each model number against the one Word will compute. */
  readonly counters: WordCounters;
  /** The outline level of the last heading placed (0 before any), so levels never skip. */
  headingLevel: number;
  /** How many figures have been placed so far, for default picture names ("Figure 3"). */
  figureCount: number;
  /** Native charts placed so far, in order: chart N is word/charts/chartN.xml, added to the package after compiling. */
  readonly nativeCharts: NativeChart[];
  /** The pages are laid out in advance (docx/layout, for the contents' page numbers): it reads docx objects only. */
  readonly layoutInAdvance: boolean;
}

/** What a block becomes at the body level of the document: docx objects, or a table written as XML (tableXml.ts). */
export type DocxBlock = Paragraph | Table | TableOfContents | PrewrittenXml;


export function createContext(
  charts: ChartPictures,
  paperTitle: string,
  style: HouseStyle,
  numbering: boolean,
  renderBlocks: (blocks: readonly Block[], ctx: RenderContext) => DocxBlock[],
  layoutInAdvance = false,
): RenderContext {
  let drawingId = 0;
  let listInstance = 0;
  const ctx: RenderContext = {
    charts,
    paperTitle,
    textIndent: 0,
    style,
    landscape: new Set(),
    tableCount: 0,
    figureCaptionCount: 0,
    keepWithNext: false,
    numbering,
    counters: { section: 0, item: 0 },
    headingLevel: 0,
    nextDrawingId: () => ++drawingId,
    nextListInstance: () => ++listInstance,
    renderBlocks: (blocks) => renderBlocks(blocks, ctx),
    figureCount: 0,
    nativeCharts: [],
    layoutInAdvance,
  };
  return ctx;
}
