// What converting one Markdown text needs to know: the source (for excerpts), the figures, where warnings go.
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { Figure } from '../../model/types.js';
import { sourceOf, type MdNode } from './parse.js';

export interface ConvertContext {
  /** The Markdown as parsed, quoted in warnings. */
  source: string;
  /** Its lines, split when a warning first quotes one. */
  lines?: readonly string[];
  /** Figures registered by the chart helper, by placeholder number. */
  figures: readonly Figure[];
  /** The template the Markdown came from, for diagnostics. */
  file: string;
  diagnostics: Diagnostic[];
}

/** Excerpt of the Markdown of a node, so a warning can be traced back to the template. */
function excerpt(context: ConvertContext, node: MdNode | null): string {
  if (node === null) return '';
  context.lines ??= context.source.split(/\r\n?|\n/);
  const text = sourceOf(node, context.lines).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? ` ("${text.slice(0, 57)}...")` : ` ("${text}")`;
}

export function warn(context: ConvertContext, code: string, message: string, node: MdNode | null): void {
  context.diagnostics.push(warning(code, `${message}${excerpt(context, node)}`, context.file === '' ? {} : { file: context.file }));
}
