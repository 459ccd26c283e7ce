// A table cell's content: the `{rag:red}` marker at its start (written unescaped) becomes the cell's status.
import type { PhrasingContent } from 'mdast';
import type { Inline, Status } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { toInlines } from './inlines.js';
import { readRagMarker } from './markers.js';
import { startOffset } from './parse.js';

export function inlinesOfCell(children: readonly PhrasingContent[], context: ConvertContext): { inlines: Inline[]; status: Status | null } {
  const [first, ...rest] = children;
  const offset = first?.type === 'text' ? startOffset(first) : null;
  const marker = offset === null ? null : readRagMarker(context.source.slice(offset, offset + 32));
  if (first?.type !== 'text' || marker === null) return { inlines: toInlines(children, context), status: null };
  // The marker holds no escapes, so it is the same length in the source and in the parsed value.
  const remainder: PhrasingContent = { type: 'text', value: first.value.slice(marker.length) };
  return { inlines: toInlines([remainder, ...rest], context), status: marker.status };
}
