// Table → a Word table on the page's text width: repeating header rows, rows that don't split, RAG cells shaded.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, Table as TableNode, TableCell as CellNode, TableColumn, TableRow as RowNode } from '../../model/types.js';
import type { DocxBlock } from './context.js';
import { renderInlines } from './inline.js';
import type { RunFormat } from './inline.js';
import { textWidthTwips } from './page.js';
import { ragShading } from './rag.js';
import { columnWidths } from './tableWidths.js';

/** Light grey behind header cells and key-value labels (GOV.UK grey-4). */
export const labelFill = 'F3F2F1';
const ruleColour = 'B1B4B6';

const alignment: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

type CellRole = 'header' | 'label' | 'body';

export function renderTable(node: TableNode): DocxBlock[] {
  const columns = gridColumns(node);
  const widths = columnWidths(columns, textWidthTwips);
  const rows = [
    ...(node.role === 'data' ? node.header.map((row) => renderRow(row, columns, widths, true)) : []),
    ...node.rows.map((row) => renderRow(row, columns, widths, false, node.role === 'keyValue')),
  ];
  const caption =
    node.caption === null
      ? []
      : [new Paragraph({ style: 'Caption', keepNext: true, children: renderInlines([{ type: 'text', value: node.caption }]) })];
  if (rows.length === 0) return caption;
  const table = new Table({
    rows,
    width: { size: textWidthTwips, type: WidthType.DXA },
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
  return [...caption, table];
}

/** Rows may hold more cells than the columns declare; the extra columns are left-aligned and share the width. */
function gridColumns(node: TableNode): TableColumn[] {
  const cellCount = Math.max(0, ...[...node.header, ...node.rows].map((row) => row.cells.length));
  const extra = Array.from({ length: Math.max(0, cellCount - node.columns.length) }, (): TableColumn => ({ align: 'left', width: null }));
  return [...node.columns, ...extra];
}

function renderRow(row: RowNode, columns: TableColumn[], widths: number[], isHeader: boolean, keyValue = false): TableRow {
  const cells = columns.map((column, index) => {
    const role: CellRole = isHeader ? 'header' : keyValue && index === 0 ? 'label' : 'body';
    return renderCell(row.cells[index], column.align, widths[index] ?? 0, role);
  });
  return new TableRow({ children: cells, cantSplit: true, ...(isHeader ? { tableHeader: true } : {}) });
}

function renderCell(cell: CellNode | undefined, align: Align, width: number, role: CellRole): TableCell {
  const status = role === 'header' ? null : (cell?.status ?? null);
  const rag = status === null ? null : ragShading[status];
  const format: RunFormat = rag !== null ? { bold: true, color: rag.text } : role === 'body' ? {} : { bold: true };
  const fill = rag?.fill ?? (role === 'body' ? null : labelFill);
  const inlines = cell?.children ?? [];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 57, bottom: 57, left: 85, right: 85 },
    ...(fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    children: [
      new Paragraph({
        style: 'Table',
        alignment: alignment[role === 'label' ? 'left' : align],
        children: renderInlines(inlines, format),
      }),
    ],
  });
}

