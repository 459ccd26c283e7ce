// A GFM table → model table: header row, alignment, and our extras (widths, key-value role, caption, RAG cells).
import type { PhrasingContent, Table as MdTable, TableCell as MdTableCell } from 'mdast';
import { cell, column, row, table } from '../../model/builders.js';
import type { Table, TableCell, TableRow } from '../../model/types.js';
import { warn, type ConvertContext } from './context.js';
import { inlinesOfCell } from './cell-inlines.js';
import type { TableMarker } from './markers.js';

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

function toCell(node: MdTableCell | undefined, context: ConvertContext): TableCell {
  if (node === undefined) return cell([]);
  const { inlines, status } = inlinesOfCell(node.children as PhrasingContent[], context);
  return cell(inlines, status);
}

export function toTable(node: MdTable, settings: TableSettings, context: ConvertContext): Table {
  const width = Math.max(node.align?.length ?? 0, ...node.children.map((r) => r.children.length));
  let widths = settings.widths;
  if (widths !== null && widths.length !== width) {
    warn(context, 'table-widths', `<!-- widths --> gives ${widths.length} widths for a table of ${width} columns; widths ignored`, node);
    widths = null;
  }
  const columns = Array.from({ length: width }, (_, i) => column(node.align?.[i] ?? 'left', widths?.[i] ?? null));
  // GFM lets a row have fewer cells than the header; renderers get a full grid.
  const rows: TableRow[] = node.children.map((r) => row(Array.from({ length: width }, (_, i) => toCell(r.children[i], context))));
  const [first, ...rest] = rows;
  return table({
    role: settings.keyValue ? 'keyValue' : 'data',
    caption: settings.caption,
    columns,
    header: settings.keyValue || first === undefined ? [] : [first],
    rows: settings.keyValue ? rows : rest,
  });
}
