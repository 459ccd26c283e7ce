// A GFM table → model table: header row, alignment, and our extras (widths, key-value role, caption, RAG cells).
import { cell, column, row, table } from '../../model/builders.js';
import type { Align, Table, TableRow } from '../../model/types.js';
import { warn, type ConvertContext } from './context.js';
import { inlinesOfCell } from './cell-inlines.js';
import type { TableMarker } from './markers.js';
import type { MdNode } from './parse.js';

/** Settings collected from the marker comments just before a table. */
export interface TableSettings {
  widths: number[] | null;
  keyValue: boolean;
  caption: string | null;
}

export function tableSettings(markers: readonly TableMarker[]): TableSettings {
  const settings: TableSettings = { widths: null, keyValue: false, caption: null };
  for (const marker of markers) {
    if (marker.kind === 'widths') settings.widths = marker.widths;
    else if (marker.kind === 'keyValue') settings.keyValue = true;
    else settings.caption = marker.caption;
  }
  return settings;
}

/** A header cell's alignment: markdown-it writes `text-align:right` as the cell's style. */
function alignOf(th: MdNode | undefined): Align {
  const align = /text-align:(left|center|right)/.exec(th?.token.attrGet('style') ?? '')?.[1];
  return (align as Align | undefined) ?? 'left';
}

export function toTable(node: MdNode, settings: TableSettings, context: ConvertContext): Table {
  // thead and tbody hold the rows; markdown-it gives every row as many cells as the header, padding short ones.
  const mdRows = node.children.flatMap((section) => section.children);
  const headerCells = mdRows[0]?.children ?? [];
  const width = headerCells.length;
  let widths = settings.widths;
  if (widths !== null && widths.length !== width) {
    warn(context, 'table-widths', `<!-- widths --> gives ${widths.length} widths for a table of ${width} columns; widths ignored`, node);
    widths = null;
  }
  const columns = headerCells.map((th, i) => column(alignOf(th), widths?.[i] ?? null));
  const rows: TableRow[] = mdRows.map((r) =>
    row(r.children.map((c) => {
      const { inlines, status } = inlinesOfCell(c, context);
      return cell(inlines, status);
    })),
  );
  const [first, ...rest] = rows;
  return table({
    role: settings.keyValue ? 'keyValue' : 'data',
    caption: settings.caption,
    columns,
    header: settings.keyValue || first === undefined ? [] : [first],
    rows: settings.keyValue ? rows : rest,
  });
}
