// Markdown inline content → model inlines: text, bold, italic, links and hard breaks; anything else warns.
import { emphasis, lineBreak, link, strong, text } from '../../model/builders.js';
import type { Inline } from '../../model/types.js';
import { warn, type ConvertContext } from './context.js';
import { readRagMarker } from './markers.js';
import type { MdNode } from './parse.js';

/** A soft line break inside a paragraph is a space, as in every Markdown renderer. */
function softBreaks(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** Adjacent text runs merge so the model (and the tests) see one text node per run of plain words. */
function mergeText(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === 'text' && inline.value === '') continue;
    if (inline.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + inline.value);
    else out.push(inline);
  }
  return out;
}

/** Link targets a council paper may carry. A bare URL is never a link (no linkify): templates write [text](url). */
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

export function toInlines(nodes: readonly MdNode[], context: ConvertContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (readRagMarker(node.source) !== null) {
          warn(context, 'misplaced-rag-marker', 'a {rag:...} marker only shades a table cell when it starts the cell', node);
        }
        out.push(text(softBreaks(node.value)));
        break;
      case 'strong':
        out.push(strong(toInlines(node.children, context)));
        break;
      case 'em':
        out.push(emphasis(toInlines(node.children, context)));
        break;
      case 'link': {
        const url = node.token.attrGet('href') ?? '';
        // A link written by reference, `[text][ref]`, keeps its text only, as it always has.
        if (node.token.meta?.reference === true) out.push(...toInlines(node.children, context));
        else if (!SAFE_LINK.test(url)) {
          // A published paper links only to web pages, e-mail and phone numbers; `javascript:` or `file:` stays text.
          warn(context, 'unsafe-link', `the link to "${url}" is not a web, e-mail or telephone address; its text is kept without the link`, node);
          out.push(...toInlines(node.children, context));
        } else out.push(link(url, toInlines(node.children, context)));
        break;
      }
      case 'hardbreak':
        out.push(lineBreak());
        break;
      case 'code_inline':
        warn(context, 'unsupported-markdown', 'inline code is not supported; its text is kept as plain text', node);
        out.push(text(node.value));
        break;
      case 's':
        warn(context, 'unsupported-markdown', 'strikethrough is not supported; its text is kept', node);
        out.push(...toInlines(node.children, context));
        break;
      case 'html_inline':
        warn(context, 'unsupported-markdown', 'HTML inside a paragraph is not supported and is left out', node);
        break;
      case 'image':
        warn(context, 'unsupported-markdown', 'images are not supported here (only charts, on a line of their own); left out', node);
        break;
      default:
        warn(context, 'unsupported-markdown', `Markdown "${node.type}" is not supported and is left out`, node);
    }
  }
  return mergeText(out);
}
