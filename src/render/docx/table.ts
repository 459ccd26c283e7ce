// Table → a Word table in the Paper Table style on the page's text width: repeating header rows, rows that don't
// split, RAG cells shaded; a wide one on a landscape page. A key-value block (front sheet) becomes labelled paragraphs.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  TextRun,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, Table as TableNode, TableCell as CellNode, TableColumn, TableRow as RowNode } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { captionField } from './caption.js';
import { renderInlines } from './inline.js';
import type { RunFormat } from './inline.js';
import { landscapeTextWidthTwips, textWidthTwips } from './page.js';
import { ragShading } from './rag.js';
import { cellMargins, headerColours, paperTableStyle, ruleColour } from './tableStyle.js';
import { columnWidths } from './tableWidths.js';

/** A table of this many columns or more (the appendix scorecard) is set on a landscape page. */
export const wideTableColumns = 7;


const alignment: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

type CellRole = 'header' | 'body';
interface HeaderColours {
  fill: string;
  text: string;
}

/** A data table with rows, of wideTableColumns columns or more: set on a landscape page. */
export function isWide(node: TableNode): boolean {
  return node.role === 'data' && node.rows.length + node.header.length > 0 && gridColumns(node).length >= wideTableColumns;
}

export function renderTable(node: TableNode, ctx: RenderContext): DocxBlock[] {
  if (node.role === 'keyValue') return renderKeyValue(node, ctx);
  const columns = gridColumns(node);
  const wide = isWide(node);
  const width = wide ? landscapeTextWidthTwips : textWidthTwips;
  const widths = columnWidths(columns, width);
  const header = headerColours(ctx.style);
  const rows = [
    ...node.header.map((row) => renderRow(row, columns, widths, header, true)),
    ...node.rows.map((row) => renderRow(row, columns, widths, header, false)),
  ];
  // A table with no rows is not drawn (Word cannot open one): its caption stands alone, un-numbered.
  if (rows.length === 0) return node.caption === null ? [] : [new Paragraph({ style: 'Caption', children: renderInlines([{ type: 'text', value: node.caption }]) })];
  const caption =
    node.caption === null
      ? []
      : [new Paragraph({ style: 'Caption', keepNext: true, children: captionField('Table', ++ctx.tableCount, node.caption) })];
  const table = new Table({
    rows,
    style: paperTableStyle,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
      left: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
      right: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: ruleColour },
    },
  });
  const blocks = [...caption, table];
  if (wide) blocks.forEach((block) => ctx.landscape.add(block));
  return blocks;
}

/**
 * A front sheet's label/value block as labelled paragraphs ("Committee<tab>Cabinet", the label in bold): Word's
 * Accessibility Checker asks every table for a header row, which a label/value block has none of. A hanging indent
 * as wide as the label column keeps the values lined up as in a table; the PDF keeps its table with row headers.
 */
function renderKeyValue(node: TableNode, ctx: RenderContext): DocxBlock[] {
  const columns = gridColumns(node);
  const available = textWidthTwips - ctx.textIndent;
  const widths = columnWidths(columns, available);
  const labelWidth = columns.length > 1 ? (widths[0] ?? 0) : 0;
  const stops = widths.slice(0, -1).reduce<number[]>((at, w) => [...at, (at[at.length - 1] ?? ctx.textIndent) + w], []);
  const caption =
    node.caption === null ? [] : [new Paragraph({ style: 'Caption', keepNext: true, children: renderInlines([{ type: 'text', value: node.caption }]) })];
  const rows = node.rows.map((row, index) => {
    const [label, ...values] = row.cells;
    const valueRuns = values.flatMap((cell) => [new TextRun({ children: [new Tab()] }), ...renderInlines(cell.children)]);
    return new Paragraph({
      keepNext: index < node.rows.length - 1,
      keepLines: true,
      spacing: { after: index === node.rows.length - 1 ? 160 : 60 },
      indent: { left: ctx.textIndent + labelWidth, hanging: labelWidth },
      tabStops: stops.map((position) => ({ type: TabStopType.LEFT, position })),
      children: [...renderInlines(label?.children ?? [], { bold: true }), ...valueRuns],
    });
  });
  return [...caption, ...rows];
}

/** Rows may hold more cells than the columns declare; the extra columns are left-aligned and share the width. */
function gridColumns(node: TableNode): TableColumn[] {
  const cellCount = Math.max(0, ...[...node.header, ...node.rows].map((row) => row.cells.length));
  const extra = Array.from({ length: Math.max(0, cellCount - node.columns.length) }, (): TableColumn => ({ align: 'left', width: null }));
  return [...node.columns, ...extra];
}

function renderRow(row: RowNode, columns: TableColumn[], widths: number[], header: HeaderColours, isHeader: boolean): TableRow {
  const cells = columns.map((column, index) => renderCell(row.cells[index], column.align, widths[index] ?? 0, isHeader ? 'header' : 'body', header));
  return new TableRow({ children: cells, cantSplit: true, ...(isHeader ? { tableHeader: true } : {}) });
}

function renderCell(cell: CellNode | undefined, align: Align, width: number, role: CellRole, header: HeaderColours): TableCell {
  const status = role === 'header' ? null : (cell?.status ?? null);
  const rag = status === null ? null : ragShading[status];
  // The header fill is written on the cells too: LibreOffice and older readers ignore a table style's first-row look.
  const format: RunFormat = rag !== null ? { bold: true, color: rag.text } : role === 'body' ? {} : { bold: true, color: header.text };
  const fill = rag?.fill ?? (role === 'body' ? null : header.fill);
  const inlines = cell?.children ?? [];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { ...cellMargins },
    ...(fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    children: [
      new Paragraph({
        style: 'Table',
        alignment: alignment[align],
        children: renderInlines(inlines, format),
      }),
    ],
  });
}

