// Text hygiene for the model: what a run of inlines says in plain words, and the characters XML cannot hold.
import type { Inline } from './types.js';

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and newline, U+FFFE, U+FFFF) and UTF-16
 * surrogates that are not part of a pair. The docx library writes text straight into the XML, and Word and
 * LibreOffice then refuse the whole file, so every text value is cleaned as the model is built.
 */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML, '');
}

/** The words of a run of inlines, as a screen reader or a table of contents shows them. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'strong':
      case 'emphasis':
      case 'link':
        out += plainText(node.children);
        break;
      default: {
        const unknown: never = node;
        throw new Error(`plainText: unknown inline node type "${(unknown as { type: string }).type}"`);
      }
    }
  }
  return out;
}
