// Figure → the chart as a native Word chart (or, for a kind with no native form, its drawing as SVG with a PNG), with
// alt text, kept with its Caption-styled caption below it.

import { AlignmentType, ImageRun, ImportedXmlComponent, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Figure } from '../../model/types.js';
import { xmlText } from './charts/drawingml.js';
import { chartRelationshipId } from './chartParts.js';
import type { DocxBlock, FigureChart, RenderContext } from './context.js';
import { captionField } from './caption.js';
import { mmToPixels, textWidthMm } from './page.js';
import { runText } from './text.js';

/** The placed size: as the model asks, scaled down (keeping its shape) to the text width, as the PDF does. */
function placedSize(node: Figure): { width: number; height: number } {
  const scale = Math.min(1, textWidthMm / node.widthMm);
  return { width: mmToPixels(node.widthMm * scale), height: mmToPixels(node.heightMm * scale) };
}

const emuPerPixel = 9525;

interface AltText {
  id: number;
  name: string;
  title: string;
  description: string;
}

/** A chart placed in line with the text: a graphic frame whose c:chart points at the chart part. */
function inlineChart(relationshipId: string, size: { width: number; height: number }, alt: AltText): ParagraphChild {
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${Math.round(size.width * emuPerPixel)}" cy="${Math.round(size.height * emuPerPixel)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${alt.id}" name="${xmlText(alt.name)}" descr="${xmlText(alt.description)}" title="${xmlText(alt.title)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relationshipId}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing>`;
  return new TextRun({ children: [ImportedXmlComponent.fromXmlString(drawing)] });
}

function placeChart(chart: FigureChart, node: Figure, ctx: RenderContext, alt: AltText): ParagraphChild {
  const size = placedSize(node);
  const altText = { id: String(alt.id), name: alt.name, title: alt.title, description: alt.description };
  switch (chart.kind) {
    case 'native':
      ctx.nativeCharts.push(chart.chart);
      return inlineChart(chartRelationshipId(ctx.nativeCharts.length), size, alt);
    case 'svg':
      return new ImageRun({ type: 'svg', data: chart.svg, fallback: { type: 'png', data: chart.png }, transformation: size, altText });
    case 'png':
      return new ImageRun({ type: 'png', data: chart.png, transformation: size, altText });
  }
}

export function renderFigure(node: Figure, ctx: RenderContext): DocxBlock[] {
  const chart = ctx.charts.get(node);
  // renderDocx prepares every figure before walking the tree; a miss here is a bug in this renderer, not in the input.
  if (chart === undefined) throw new Error(`render/docx: no chart was prepared for figure "${node.chart.title}"`);
  ctx.figureCount += 1;
  const alt = { id: ctx.nextDrawingId(), name: `Figure ${ctx.figureCount}`, title: runText(node.chart.title), description: runText(node.alt) };
  // keepLines too: LibreOffice otherwise lets a tall picture's line split from its caption at a page foot.
  const placed = new Paragraph({ alignment: AlignmentType.CENTER, keepNext: node.caption !== null, keepLines: true, children: [placeChart(chart, node, ctx, alt)] });
  if (node.caption === null) return [placed];
  return [placed, new Paragraph({ style: 'Caption', children: captionField('Figure', ++ctx.figureCaptionCount, node.caption) })];
}
