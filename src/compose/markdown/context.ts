// What converting one Markdown text needs to know: the source (for markers), the figures, where warnings go.
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { Figure } from '../../model/types.js';

export interface ConvertContext {
  /** The Markdown as parsed; markers are checked against it so escaped data never matches. */
  source: string;
  /** Figures registered by the chart helper, by placeholder number. */
  figures: readonly Figure[];
  /** The template the Markdown came from, for diagnostics. */
  file: string;
  diagnostics: Diagnostic[];
}

/** Excerpt of the Markdown around a node, so a warning can be traced back to the template. */
function excerpt(context: ConvertContext, node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const text = context.source.slice(start, end).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? ` ("${text.slice(0, 57)}...")` : ` ("${text}")`;
}

export function warn(
  context: ConvertContext,
  code: string,
  message: string,
  node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined },
): void {
  context.diagnostics.push(warning(code, `${message}${excerpt(context, node)}`, context.file === '' ? {} : { file: context.file }));
}
