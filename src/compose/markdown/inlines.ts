// mdast phrasing content → model inlines: text, bold, italic, links and hard breaks; anything else warns.
import type { PhrasingContent } from 'mdast';
import { emphasis, lineBreak, link, strong, text } from '../../model/builders.js';
import type { Inline } from '../../model/types.js';
import { warn, type ConvertContext } from './context.js';
import { readRagMarker } from './markers.js';
import { startOffset } from './parse.js';

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

export function toInlines(nodes: readonly PhrasingContent[], context: ConvertContext): Inline[] {
  const out: Inline[] = [];
  const pushText = (value: string): void => {
    out.push(text(value));
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const offset = startOffset(node);
        if (offset !== null && readRagMarker(context.source.slice(offset, offset + 32)) !== null) {
          warn(context, 'misplaced-rag-marker', 'a {rag:...} marker only shades a table cell when it starts the cell', node);
        }
        pushText(softBreaks(node.value));
        break;
      }
      case 'strong':
        out.push(strong(toInlines(node.children, context)));
        break;
      case 'emphasis':
        out.push(emphasis(toInlines(node.children, context)));
        break;
      case 'link':
        out.push(link(node.url, toInlines(node.children, context)));
        break;
      case 'break':
        out.push(lineBreak());
        break;
      case 'inlineCode':
        warn(context, 'unsupported-markdown', 'inline code is not supported; its text is kept as plain text', node);
        pushText(node.value);
        break;
      case 'delete':
        warn(context, 'unsupported-markdown', 'strikethrough is not supported; its text is kept', node);
        out.push(...toInlines(node.children, context));
        break;
      case 'linkReference':
        out.push(...toInlines(node.children, context));
        break;
      case 'html':
        warn(context, 'unsupported-markdown', 'HTML inside a paragraph is not supported and is left out', node);
        break;
      case 'image':
      case 'imageReference':
        warn(context, 'unsupported-markdown', 'images are not supported here (only charts, on a line of their own); left out', node);
        break;
      case 'footnoteReference':
        warn(context, 'unsupported-markdown', 'footnotes are not supported; the reference is left out', node);
        break;
      default:
        warn(context, 'unsupported-markdown', `Markdown "${(node as { type: string }).type}" is not supported and is left out`, node);
    }
  }
  return mergeText(out);
}
