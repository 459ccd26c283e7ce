// Markdown → model blocks: parse with markdown-it (CommonMark and GitHub tables), then convert node by node, collecting warnings.
import type { Diagnostic } from '../../diagnostics.js';
import type { Block, Figure } from '../../model/types.js';
import { toBlocks } from './blocks.js';
import { parseMarkdown } from './parse.js';

export interface MarkdownToBlocksOptions {
  /** Figures registered by the chart helper; `![](chart:N)` places figure N. */
  figures?: readonly Figure[];
  /** The template the Markdown came from, named in warnings. */
  file?: string;
}

export function markdownToBlocks(markdown: string, options: MarkdownToBlocksOptions = {}): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const blocks = toBlocks(parseMarkdown(markdown), {
    source: markdown,
    figures: options.figures ?? [],
    file: options.file ?? '',
    diagnostics,
  });
  return { blocks, diagnostics };
}
