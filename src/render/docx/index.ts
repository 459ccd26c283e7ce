// render/docx: a Document tree → DOCX bytes (docx library), with real Word styles, accessible and reproducible.

import { Document as WordDocument, PageOrientation } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { readFileSync } from 'node:fs';
import './attributes.js';
import type { ChartSpec, Document, Figure, HouseStyle } from '../../model/types.js';
import type { ChartRenderer, ValueAxis } from '../charts/index.js';
import { collect } from '../../model/visit.js';
import { createContext } from './context.js';
import type { ChartPictures, DocxBlock, FigureChart } from './context.js';
import { logoParagraph } from './logo.js';
import { paragraphNumbering } from './numbering.js';
import { withTableStyle } from './tableStyle.js';
import { withReproducibleFontKeys } from './fontKeys.js';
import { nativeChart, type ChartLook } from './charts/index.js';
import { prepareFigureChart } from './figureChart.js';
import { withChartParts } from './chartParts.js';
import { paperFooter, paperHeader } from './furniture.js';
import { renderBlocks } from './handlers.js';
import { compileParts, coreDate, reproducible } from './package.js';
import { shouldEstimate } from './pageNumbers.js';
import type { PageNumbering } from './pageNumbers.js';

export type { PageNumbering } from './pageNumbers.js';
import { headerFooterDistanceMm, marginMm, mmToTwips, pageHeightMm, pageWidthMm } from './page.js';
import { paperStyles } from './styles.js';
import { runText } from './text.js';

/** Draws a chart (SVG, or a caller's PNG) at its placed size; `renderChart` from render/charts unless a caller supplies one. */
export type { ChartRenderer };

export interface RenderDocxOptions {
  renderChart?: ChartRenderer;
  /** Pre-filled page numbers for the contents and page count; `auto` (default) estimates them for short papers. */
  pageNumbers?: PageNumbering;
}

export async function renderDocx(doc: Document, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  coreDate(doc.meta.date); // fail before any drawing if the date cannot be stamped into the file
  const charts = await prepareCharts(collect(doc, 'figure'), options.renderChart, { accent: doc.style.colours.accent });
  const numbered = paperIsNumbered(doc);
  const estimate = shouldEstimate(doc, options.pageNumbers ?? 'auto');
  const ctx = createContext(charts, doc.meta.title, doc.style, numbered, renderBlocks, estimate);
  const body = [...logoParagraph(doc.style, ctx), ...renderBlocks(doc.children, ctx)];
  const hasToc = collect(doc, 'toc').length > 0;
  const header = paperHeader(doc.furniture);
  const footer = paperFooter(doc.furniture);
  const { meta } = doc;
  const styles = paperStyles(meta.language, { style: doc.style, numbered });
  const file = new WordDocument({
    title: runText(meta.title),
    ...(meta.subject === null ? {} : { subject: runText(meta.subject) }),
    creator: runText(meta.author ?? 'boardpack'),
    lastModifiedBy: runText(meta.author ?? 'boardpack'),
    keywords: runText(meta.keywords.join(', ')),
    revision: 1,
    styles,
    ...(numbered ? { numbering: { config: [paragraphNumbering] } } : {}),
    ...embeddedFonts(doc.style),
    // updateFields asks Word to refresh the contents on opening; estimated page numbers fill it in for other readers.
    ...(hasToc ? { features: { updateFields: true } } : {}),
    ...(estimate ? { pageNumbers: estimatePageNumbers } : {}),
    sections: sections(body, ctx.landscape).map(({ landscape, children }) => ({
      properties: { page: pageProperties(landscape) },
      ...(header === undefined ? {} : { headers: { default: header } }),
      footers: { default: footer },
      children,
    })),
  });
  // The styles part follows from its options alone, and is the largest part of a short paper: written once per build.
  const parts = withReproducibleFontKeys(withTableStyle(await compileParts(file, [{ input: file.Styles, key: JSON.stringify(styles) }]), doc.style));
  return reproducible(withChartParts(parts, ctx.nativeCharts), meta.date);
}

/** Whether any top-level block carries a paragraph number: the heading styles are then tied to Word numbering. */
function paperIsNumbered(doc: Document): boolean {
  return doc.children.some((block) => 'number' in block && block.number !== null);
}

/** Runs of body content, each portrait or landscape: a wide table (and its caption) gets a landscape section. */
function sections(body: DocxBlock[], landscape: ReadonlySet<DocxBlock>): { landscape: boolean; children: DocxBlock[] }[] {
  const runs: { landscape: boolean; children: DocxBlock[] }[] = [];
  for (const block of body) {
    const wide = landscape.has(block);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.landscape === wide) last.children.push(block);
    else runs.push({ landscape: wide, children: [block] });
  }
  return runs.length === 0 ? [{ landscape: false, children: [] }] : runs;
}

function pageProperties(landscape: boolean) {
  const margin = mmToTwips(marginMm);
  const [width, height] = landscape ? [pageHeightMm, pageWidthMm] : [pageWidthMm, pageHeightMm];
  return {
    // docx swaps width and height itself for a landscape page, so the size is always given portrait.
    size: { width: mmToTwips(Math.min(width, height)), height: mmToTwips(Math.max(width, height)), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: margin, bottom: margin, left: margin, right: margin, header: mmToTwips(headerFooterDistanceMm), footer: mmToTwips(headerFooterDistanceMm) },
  };
}

/** The council's font files, embedded when the house style asks (docx obfuscates them as Word does, .odttf). */
function embeddedFonts(style: HouseStyle): { fonts?: { name: string; data: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer }[] } {
  const files = style.font.files;
  if (!style.font.embedInDocx || files === null) return {};
  return {
    fonts: [
      { name: style.font.name, data: readFileSync(files.regular), bold: readFileSync(files.bold), italic: readFileSync(files.italic), boldItalic: readFileSync(files.boldItalic) },
    ],
  };
}

/** Every figure's chart, prepared before the walk so the handlers stay synchronous. */
async function prepareCharts(figures: Figure[], renderChart: ChartRenderer | undefined, look: ChartLook): Promise<ChartPictures> {
  if (figures.length === 0) return new Map();
  const charts = await import('../charts/index.js');
  const tools = { draw: renderChart ?? charts.renderChart, native: (spec: ChartSpec, scale: ValueAxis | null) => nativeChart(spec, scale, look), picture: charts.renderChartPng, readAxis: (svg: Uint8Array) => charts.chartDrawingOf(svg).valueAxis };
  const prepared = await Promise.all(figures.map((figure) => prepareFigureChart(figure, tools)));
  return new Map(figures.map((figure, index) => [figure, prepared[index] as FigureChart]));
}
