// Inline nodes (text, strong, emphasis, links, line breaks) → docx runs.

import { TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Inline } from '../../model/types.js';
import { complexField, quoteFieldArgument } from './fields.js';
import { runText } from './text.js';

/** Formatting inherited from the enclosing nodes or imposed by the container (a RAG cell's white bold text). */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Hex without '#'. */
  color?: string;
  /** A character style id; set to `Hyperlink` inside a link. */
  style?: string;
}

export function renderInlines(nodes: readonly Inline[], format: RunFormat = {}): ParagraphChild[] {
  return nodes.flatMap((node) => renderInline(node, format));
}

function renderInline(node: Inline, format: RunFormat): ParagraphChild[] {
  switch (node.type) {
    case 'text': {
      const text = runText(node.value);
      return text === '' ? [] : [new TextRun({ ...format, text })];
    }
    case 'strong':
      return renderInlines(node.children, { ...format, bold: true });
    case 'emphasis':
      return renderInlines(node.children, { ...format, italics: true });
    case 'break':
      return [new TextRun({ ...format, break: 1 })];
    case 'link':
      return renderLink(node.url, node.children, format);
  }
}

/**
 * A HYPERLINK field rather than w:hyperlink: the docx library gives each w:hyperlink a random relationship id,
 * which would make the file differ on every run. The link's words are the field's result.
 */
function renderLink(url: string, children: readonly Inline[], format: RunFormat): ParagraphChild[] {
  const linkFormat: RunFormat = { ...format, style: 'Hyperlink' };
  const words: readonly Inline[] = children.length > 0 ? children : [{ type: 'text', value: url }];
  // A link inside a link cannot be followed separately: keep its words only.
  if (format.style === 'Hyperlink') return renderInlines(words, format);
  const shown = renderInlines(words, linkFormat);
  return complexField(`HYPERLINK ${quoteFieldArgument(url)}`, shown.length > 0 ? shown : url, linkFormat);
}
