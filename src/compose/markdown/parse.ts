// Markdown text → mdast, with GitHub tables; the only place that calls the Markdown parser.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Where a node starts in the Markdown source; our markers are recognised only where written unescaped. */
export function startOffset(node: { position?: { start: { offset?: number | undefined } } | undefined }): number | null {
  return node.position?.start.offset ?? null;
}
