// mdast phrasing content → model inlines: text, bold, italic, links and hard breaks; anything else warns.
import type { Link, PhrasingContent } from 'mdast';
import { emphasis, lineBreak, link, strong, text } from '../../model/builders.js';
import type { Inline } from '../../model/types.js';
import { plainText } from '../../model/text.js';
import { warn, type ConvertContext } from './context.js';
import { readRagMarker, unescapeMarkdown } from './markers.js';
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

/**
 * A bare URL or e-mail address that GFM turned into a link (an autolink literal). It stays text: such links
 * skip backslash escapes, so escaped data would keep its backslashes. Templates write links as [text](url).
 */
/** Link targets a council paper may carry. */
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

function isAutolinkLiteral(node: Link, context: ConvertContext): boolean {
  const offset = startOffset(node);
  // Without a position the link came from GFM's e-mail/URL pass over already-unescaped text.
  return offset === null || (context.source[offset] !== '[' && context.source[offset] !== '<');
}

function autolinkText(node: Link, context: ConvertContext): string {
  const start = startOffset(node);
  const end = node.position?.end.offset;
  if (start === null || end === undefined) return plainText(toInlines(node.children, context));
  let raw = context.source.slice(start, end);
  // `https://x\)`: the URL swallowed the backslash of an escape whose character went to the next text.
  if ((/\\+$/.exec(raw)?.[0].length ?? 0) % 2 === 1) raw = raw.slice(0, -1);
  return unescapeMarkdown(raw);
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
        if (isAutolinkLiteral(node, context)) pushText(autolinkText(node, context));
        else if (!SAFE_LINK.test(node.url)) {
          // A published paper links only to web pages, e-mail and phone numbers; `javascript:` or `file:` stays text.
          warn(context, 'unsafe-link', `the link to "${node.url}" is not a web, e-mail or telephone address; its text is kept without the link`, node);
          out.push(...toInlines(node.children, context));
        } else out.push(link(node.url, toInlines(node.children, context)));
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
