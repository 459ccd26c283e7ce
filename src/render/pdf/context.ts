// Layout state while a Document is drawn: the cursor, the text frame, page breaks, and which structure element
// the content being drawn belongs to (every mark on a page is either tagged content or an artifact).
import type { Block, Figure, HouseStyle, TableOfContents } from '../../model/types.js';
import type { ChartArt } from './charts.js';
import type { HeadingEntry } from './headings.js';
import { fontChains, fontSetKey, segmentText, type ChartFaces, type FontChains, type FontFace, type Segment } from './fonts.js';
import type { PdfDocument, StructElement, StructureElementOptions } from './pdfkit.js';
import { PAGE, SPACING } from './layout.js';
import { drawTextRun } from './textRun.js';

/** A structure element and its type, which pdfkit keeps only inside its dictionary. */
export interface StructNode {
  el: StructElement;
  type: string;
}

/** The column content is drawn in; `indent` is the hanging column for paragraph numbers. */
export interface Frame {
  left: number;
  width: number;
  indent: number;
}

export interface HeadingMark {
  level: 1 | 2 | 3;
  title: string;
  pageIndex: number;
  y: number;
}

/** A contents entry's link, added after layout because the page it points to may not exist yet. */
export interface PendingTocLink {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  targetPageIndex: number;
  link: StructNode;
  text: string;
}

export type RenderBlocks = (blocks: readonly Block[], ctx: RenderContext, parent: StructNode) => void;

/** Structure options pdfkit accepts beyond its published typings (table header scope). */
export interface StructOptions {
  alt?: string;
  lang?: string;
  title?: string;
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: [number, number, number, number];
}

export interface ContextOptions {
  charts: ReadonlyMap<Figure, ChartArt>;
  /** Page indexes of headings from a previous layout, in document order, for the table of contents. */
  headingPages: readonly number[] | null;
  tocEntries: ReadonlyMap<TableOfContents, readonly HeadingEntry[]>;
  renderBlocks: RenderBlocks;
  /** Lay out without drawing charts, for the first pass that only finds page numbers. */
  measureOnly: boolean;
  /** The council's font, colours and logo (the built-in style when the config gives none). */
  style: HouseStyle;
}

type PageBreakListener = (event: 'leave' | 'enter', ctx: RenderContext) => void;

/** Widths by font set, face and size, then text (nested, so a lookup builds no key string). */
const widthCaches = new Map<string, Map<FontFace, Map<number, Map<string, number>>>>();
/** How many widths the caches hold; all are dropped past a limit, as a bound on memory in a long month-end run. */
let cachedWidths = 0;

function widthsFor(fontKey: string, face: FontFace, size: number): Map<string, number> {
  let byFace = widthCaches.get(fontKey);
  if (byFace === undefined) widthCaches.set(fontKey, (byFace = new Map()));
  let bySize = byFace.get(face);
  if (bySize === undefined) byFace.set(face, (bySize = new Map()));
  let widths = bySize.get(size);
  if (widths === undefined) bySize.set(size, (widths = new Map()));
  return widths;
}

export class RenderContext {
  readonly pdf: PdfDocument;
  readonly options: ContextOptions;
  readonly top = PAGE.margin.top;
  readonly bottom = PAGE.height - PAGE.margin.bottom;
  y = PAGE.margin.top;
  pageIndex = 0;
  frame: Frame;
  /** Inside list items and boxes paragraphs sit closer together. */
  compact = false;
  /** Nesting of lists being drawn: bullets change per level. */
  listDepth = 0;
  /** Figures drawn so far: names each chart's image resource. */
  figureCount = 0;
  readonly headings: HeadingMark[] = [];
  readonly pendingTocLinks: PendingTocLink[] = [];
  /** The pdfkit font names chart text is drawn in (Liberation Sans, beside a council's own font). */
  readonly chartFaces: ChartFaces;
  /** Names the font set in the width cache: the same word measures differently in another font. */
  private readonly fontKey: string;
  private open: { node: StructNode; pageIndex: number } | null = null;
  private chains: FontChains | null = null;
  private readonly pageBreakListeners: PageBreakListener[] = [];

  constructor(pdf: PdfDocument, options: ContextOptions, numbered: boolean, chartFaces: ChartFaces = { normal: 'regular', bold: 'bold' }) {
    this.pdf = pdf;
    this.options = options;
    this.chartFaces = chartFaces;
    this.fontKey = fontSetKey(options.style.font.files);
    const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
    this.frame = { left: PAGE.margin.left, width, indent: numbered ? SPACING.numberColumn : 0 };
  }

  blocks(blocks: readonly Block[], parent: StructNode): void {
    this.options.renderBlocks(blocks, this, parent);
  }

  // ---- structure ----

  struct(type: string, parent: StructNode, options: StructOptions = {}): StructNode {
    const el = this.pdf.struct(type, options as StructureElementOptions);
    parent.el.add(el);
    return { el, type };
  }

  /** Makes what is drawn next part of `node`, opening a marked-content sequence only when the owner or page changed. */
  content(node: StructNode): void {
    if (this.open !== null && this.open.node === node && this.open.pageIndex === this.pageIndex) return;
    this.closeContent();
    const marked = this.pdf.markStructureContent(node.type);
    node.el.add(marked);
    this.open = { node, pageIndex: this.pageIndex };
  }

  closeContent(): void {
    if (this.open === null) return;
    this.pdf.endMarkedContent();
    this.open = null;
  }

  /** Rules, fills and running heads: drawn, but not read out. */
  artifact(type: 'Layout' | 'Pagination', draw: () => void): void {
    this.closeContent();
    this.pdf.markContent('Artifact', { type });
    draw();
    this.pdf.endMarkedContent();
  }

  // ---- pages ----

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    for (const listener of [...this.pageBreakListeners].reverse()) listener('leave', this);
    this.closeContent();
    this.pdf.addPage();
    this.pageIndex += 1;
    this.y = this.top;
    for (const listener of this.pageBreakListeners) listener('enter', this);
  }

  /** Starts a new page unless `height` fits below the cursor (or we are already at the top: nothing gains by breaking). */
  ensureSpace(height: number): void {
    if (height > this.remaining && !this.atPageTop) this.newPage();
  }

  /** Space after a block; dropped at a page foot rather than carried to the next page's top. */
  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  onPageBreak(listener: PageBreakListener): () => void {
    this.pageBreakListeners.push(listener);
    return () => {
      const i = this.pageBreakListeners.indexOf(listener);
      if (i >= 0) this.pageBreakListeners.splice(i, 1);
    };
  }

  withFrame<T>(frame: Frame, compact: boolean, draw: () => T): T {
    const saved = { frame: this.frame, compact: this.compact };
    this.frame = frame;
    this.compact = compact;
    try {
      return draw();
    } finally {
      this.frame = saved.frame;
      this.compact = saved.compact;
    }
  }

  // ---- text ----

  /** For each face, the fonts its text is set in: the paper's own, then fallbacks for characters it lacks. */
  private get fontChains(): FontChains {
    this.chains ??= fontChains(this.pdf);
    return this.chains;
  }

  /** The text split by the font that draws each character (one run when the paper's font has them all). */
  private segments(text: string, face: FontFace): Segment[] {
    return segmentText(text, this.fontChains[face]);
  }

  /**
   * Width of `text` in a face and size, each run measured in the font that draws it (so lines break where they are
   * drawn); cached per process because the same words recur across a paper.
   */
  widthOf(text: string, face: FontFace, size: number): number {
    let widths = widthsFor(this.fontKey, face, size);
    let width = widths.get(text);
    if (width === undefined) {
      const chain = this.fontChains[face];
      width = 0;
      for (const segment of this.segments(text, face)) width += this.pdf.font(chain[segment.font]?.name ?? face).fontSize(size).widthOfString(segment.text);
      if (cachedWidths >= 200_000) {
        widthCaches.clear();
        cachedWidths = 0;
        widths = widthsFor(this.fontKey, face, size);
      }
      widths.set(text, width);
      cachedWidths += 1;
    }
    return width;
  }

  /**
   * Draws one run at (x, y) = top-left, never wrapping or adding pages (we did the layout). Characters the face lacks
   * are set in a fallback font on the same baseline; a stand-in for a character no font has carries the original as
   * ActualText.
   */
  drawText(text: string, face: FontFace, size: number, colour: string, x: number, y: number, underline = false): void {
    const segments = this.segments(text, face);
    const only = segments[0];
    if (segments.length <= 1 && (only === undefined || (only.font === 0 && only.actual === null))) {
      drawTextRun(this.pdf.font(face).fontSize(size).fillColor(colour), text, x, y, { underline });
      return;
    }
    const chain = this.fontChains[face];
    const ascender = chain[0]?.ascender ?? 0;
    let left = x;
    for (const segment of segments) {
      if (segment.text === '') continue;
      const font = chain[segment.font] ?? { name: face, ascender };
      // pdfkit puts the baseline one ascender below y: shift so every font shares the paper font's baseline.
      const top = y + ((ascender - font.ascender) / 1000) * size;
      const draw = (): void => drawTextRun(this.pdf.font(font.name).fontSize(size).fillColor(colour), segment.text, left, top, { underline });
      if (segment.actual === null) draw();
      else withActualText(this.pdf, segment.actual, draw);
      left += this.pdf.widthOfString(segment.text);
    }
  }
}

/** UTF-16BE with a byte-order mark, as a PDF hex string: how a text string outside Latin-1 is written. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/**
 * Draws text marked with the characters it stands for (a Span with ActualText). The marks go inside the text object
 * pdfkit writes (around BT and ET, inside its own q/cm), not around the whole call: readers such as poppler place
 * the ActualText by the transformation current when the span ends, and outside pdfkit's q/Q that is the page's.
 */
export function withActualText(pdf: PdfDocument, actual: string, draw: () => void): void {
  const host = pdf as unknown as { addContent: (data: string) => unknown };
  const own = Object.getOwnPropertyDescriptor(host, 'addContent');
  const addContent = host.addContent;
  host.addContent = function (this: unknown, data: string): unknown {
    if (data === 'BT') addContent.call(this, `/Span <</ActualText ${pdfTextString(actual)}>> BDC`);
    const result = addContent.call(this, data);
    if (data === 'ET') addContent.call(this, 'EMC');
    return result;
  };
  try {
    draw();
  } finally {
    if (own === undefined) delete (host as { addContent?: unknown }).addContent;
    else Object.defineProperty(host, 'addContent', own);
  }
}
