// A table cell's content: the `{rag:red}` marker at its start (written unescaped) becomes the cell's status.
import type { Inline, Status } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { toInlines } from './inlines.js';
import { readRagMarker } from './markers.js';
import type { MdNode } from './parse.js';

export function inlinesOfCell(cell: MdNode, context: ConvertContext): { inlines: Inline[]; status: Status | null } {
  const [first, ...rest] = cell.children;
  const marker = first?.type === 'text' ? readRagMarker(first.source) : null;
  if (first === undefined || marker === null) return { inlines: toInlines(cell.children, context), status: null };
  // The marker holds no escapes, so it is the same length as written and as read; the rest is not checked again.
  const remainder: MdNode = { ...first, value: first.value.slice(marker.length), source: '' };
  return { inlines: toInlines([remainder, ...rest], context), status: marker.status };
}
