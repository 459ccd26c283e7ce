// render/pdf: Document → tagged, accessible, reproducible PDF bytes (pdfkit). Charts are laid out first (render/charts),
// then the blocks are laid out by one handler per node type; a paper with a contents list is laid out twice, the
// first pass only finding each heading's page. Outline, running heads and contents links are added last.
import type { Document } from '../../model/types.js';
import { renderChart } from '../charts/index.js';
import type { ChartRenderer } from './charts.js';
import { renderFigures } from './charts.js';
import type { ContextOptions } from './context.js';
import { RenderContext } from './context.js';
import { collectBytes, createPdfDocument } from './document.js';
import { drawFurniture } from './furniture.js';
import { drawLogo } from './logo.js';
import { renderBlocks } from './handlers/index.js';
import { tocEntries, usesNumbering } from './headings.js';
import { addOutline } from './outline.js';

export interface PdfDependencies {
  renderChart: ChartRenderer;
}

/** Layouts run until the contents list's page numbers agree with where the headings land (two, at most three). */
const MAX_PASSES = 3;

function layout(doc: Document, options: ContextOptions): RenderContext {
  const { pdf, chartFaces } = createPdfDocument(doc.meta, doc.style.font.files);
  const ctx = new RenderContext(pdf, options, usesNumbering(doc.children), chartFaces);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const parent = { el: root, type: 'Document' };
  drawLogo(ctx, doc.style.logo, parent);
  ctx.blocks(doc.children, parent);
  ctx.closeContent();
  return ctx;
}

function addTocLinks(ctx: RenderContext): void {
  for (const link of ctx.pendingTocLinks) {
    ctx.pdf.switchToPage(link.pageIndex);
    // pdfkit takes a page index for an internal link, though its typings only allow a URL.
    ctx.pdf.link(link.x, link.y, link.width, link.height, link.targetPageIndex as unknown as string, {
      structParent: link.link.el,
      Contents: new String(`${link.text}, page ${link.targetPageIndex + 1}`),
    } as object);
    // Ended while its page is current: pdfkit takes the annotation reference's page from the current page.
    link.link.el.end();
  }
}

export async function renderPdfWith(doc: Document, dependencies: PdfDependencies): Promise<Uint8Array> {
  const charts = await renderFigures(doc.children, dependencies.renderChart);
  const entries = tocEntries(doc.children);
  const base = { charts, tocEntries: entries, renderBlocks, style: doc.style };

  let ctx = layout(doc, { ...base, headingPages: null, measureOnly: entries.size > 0 });
  for (let pass = 2; entries.size > 0 && pass <= MAX_PASSES; pass += 1) {
    const headingPages = ctx.headings.map((h) => h.pageIndex);
    ctx = layout(doc, { ...base, headingPages, measureOnly: false });
    if (samePages(ctx.headings.map((h) => h.pageIndex), headingPages)) break;
  }

  addTocLinks(ctx);
  addOutline(ctx.pdf, ctx.headings);
  drawFurniture(ctx, doc.furniture);
  const bytes = collectBytes(ctx.pdf);
  ctx.pdf.end();
  return bytes;
}

function samePages(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((page, i) => page === b[i]);
}

/** The paper as PDF bytes: A4, tagged for screen readers, its fonts embedded, byte-identical for the same input. */
export async function renderPdf(doc: Document): Promise<Uint8Array> {
  return renderPdfWith(doc, { renderChart });
}
