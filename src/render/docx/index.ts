// render/docx: a Document tree → DOCX bytes (docx library), with real Word styles, accessible and reproducible.

import { Document as WordDocument, PageOrientation } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Document, Figure } from '../../model/types.js';
import type { ChartRenderer } from '../charts/index.js';
import { collect } from '../../model/visit.js';
import { createContext } from './context.js';
import type { ChartPictures, FigureChart } from './context.js';
import { nativeChart } from './charts/index.js';
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
  const charts = await prepareCharts(collect(doc, 'figure'), options.renderChart);
  const ctx = createContext(charts, doc.meta.title, renderBlocks);
  const body = renderBlocks(doc.children, ctx);
  const hasToc = collect(doc, 'toc').length > 0;
  const estimate = shouldEstimate(doc, options.pageNumbers ?? 'auto');
  const header = paperHeader(doc.furniture);
  const { meta } = doc;
  const file = new WordDocument({
    title: runText(meta.title),
    ...(meta.subject === null ? {} : { subject: runText(meta.subject) }),
    creator: runText(meta.author ?? 'boardpack'),
    lastModifiedBy: runText(meta.author ?? 'boardpack'),
    keywords: runText(meta.keywords.join(', ')),
    revision: 1,
    styles: paperStyles(meta.language),
    // updateFields asks Word to refresh the contents on opening; estimated page numbers fill it in for other readers.
    ...(hasToc ? { features: { updateFields: true } } : {}),
    ...(estimate ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(pageWidthMm), height: mmToTwips(pageHeightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwips(marginMm),
              bottom: mmToTwips(marginMm),
              left: mmToTwips(marginMm),
              right: mmToTwips(marginMm),
              header: mmToTwips(headerFooterDistanceMm),
              footer: mmToTwips(headerFooterDistanceMm),
            },
          },
        },
        ...(header === undefined ? {} : { headers: { default: header } }),
        footers: { default: paperFooter(doc.furniture) },
        children: body,
      },
    ],
  });
  return reproducible(withChartParts(await compileParts(file), ctx.nativeCharts), meta.date);
}

/** Every figure's chart, prepared before the walk so the handlers stay synchronous. */
async function prepareCharts(figures: Figure[], renderChart: ChartRenderer | undefined): Promise<ChartPictures> {
  if (figures.length === 0) return new Map();
  const charts = await import('../charts/index.js');
  const tools = { draw: renderChart ?? charts.renderChart, native: nativeChart, picture: charts.renderChartPng, readAxis: (svg: Uint8Array) => charts.readChartSvg(svg).valueAxis };
  const prepared = await Promise.all(figures.map((figure) => prepareFigureChart(figure, tools)));
  return new Map(figures.map((figure, index) => [figure, prepared[index] as FigureChart]));
}
