// Table → a Word table in the Paper Table style on the page's text width: repeating header rows, rows that don't
// split, RAG cells shaded; a wide one on a landscape page. A key-value block (front sheet) becomes labelled paragraphs.
// The table is planned once (widths, fills, formats) and written as XML (tableXml.ts), or built from docx objects
// where docx must read it (pages laid out in advance, a link in a cell): the same bytes either way.

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
import { tableXml, writableInlines, type CellPlan, type RowPlan, type TablePlan } from './tableXml.js';
import { PrewrittenXml } from './xmlWriter.js';

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
  const plan = tablePlan(node, headerColours(ctx.style));
  // A table with no rows (or no columns, so no cells) is not drawn (Word cannot open one): its caption stands alone, un-numbered.
  if (plan.rows.length === 0 || plan.widths.length === 0) return node.caption === null ? [] : [new Paragraph({ style: 'Caption', children: renderInlines([{ type: 'text', value: node.caption }]) })];
  const caption =
    node.caption === null
      ? []
      : [new Paragraph({ style: 'Caption', keepNext: true, children: captionField('Table', ++ctx.tableCount, node.caption) })];
  // Written as XML, unless the pages are laid out in advance (docx/layout reads docx objects) or a cell holds a link.
  const written = !docxTablesOnly && !ctx.layoutInAdvance && plan.rows.every((row) => row.cells.every((cell) => writableInlines(cell.inlines)));
  const table = written ? new PrewrittenTable(tableXml(plan)) : docxTable(plan);
  const blocks = [...caption, table];
  if (isWide(node)) blocks.forEach((block) => ctx.landscape.add(block));
  return blocks;
}

let docxTablesOnly = false;

/** Tests only: every table built from docx objects (true), to compare with the tables written as XML (false, the default). */
export function useDocxTables(only: boolean): void {
  docxTablesOnly = only;
}

/** A table written as XML (tableXml.ts): a body block that is a table, as handlers.ts needs to know. */
export class PrewrittenTable extends PrewrittenXml {}

/** Whether a body block is a table, however it was made. */
export const isTableBlock = (block: DocxBlock | undefined): block is Table | PrewrittenTable => block instanceof Table || block instanceof PrewrittenTable;

/** Widths, fills, alignment and text formats of every cell: what both ways of writing the table place. */
function tablePlan(node: TableNode, header: HeaderColours): TablePlan {
  const columns = gridColumns(node);
  const width = isWide(node) ? landscapeTextWidthTwips : textWidthTwips;
  const widths = columnWidths(columns, width);
  const rowPlan = (row: RowNode, isHeader: boolean): RowPlan => ({
    header: isHeader,
    cells: columns.map((column, index) => cellPlan(row.cells[index], column.align, widths[index] ?? 0, isHeader ? 'header' : 'body', header)),
  });
  return { width, widths, rows: [...node.header.map((row) => rowPlan(row, true)), ...node.rows.map((row) => rowPlan(row, false))] };
}

function cellPlan(cell: CellNode | undefined, align: Align, width: number, role: CellRole, header: HeaderColours): CellPlan {
  const status = role === 'header' ? null : (cell?.status ?? null);
  const rag = status === null ? null : ragShading[status];
  // The header fill is written on the cells too: LibreOffice and older readers ignore a table style's first-row look.
  const format: RunFormat = rag !== null ? { bold: true, color: rag.text } : role === 'body' ? {} : { bold: true, color: header.text };
  return { width, fill: rag?.fill ?? (role === 'body' ? null : header.fill), align, inlines: cell?.children ?? [], format };
}

/** The same table as docx objects. */
function docxTable(plan: TablePlan): Table {
  return new Table({
    rows: plan.rows.map((row) => new TableRow({ children: row.cells.map(docxCell), cantSplit: true, ...(row.header ? { tableHeader: true } : {}) })),
    style: paperTableStyle,
    width: { size: plan.width, type: WidthType.DXA },
    columnWidths: plan.widths,
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
}

function docxCell(cell: CellPlan): TableCell {
  return new TableCell({
    width: { size: cell.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { ...cellMargins },
    ...(cell.fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } }),
    children: [new Paragraph({ style: 'Table', alignment: alignment[cell.align], children: renderInlines(cell.inlines, cell.format) })],
  });
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
