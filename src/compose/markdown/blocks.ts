// Markdown blocks → model blocks: headings, paragraphs, lists, tables, boxes, figures, page breaks, contents.
import { box, heading, list, listItem, pageBreak, paragraph, tableOfContents } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { warn, type ConvertContext } from './context.js';
import { toInlines } from './inlines.js';
import { readBoxMarker, readChartUrl, readMarker, type TableMarker } from './markers.js';
import type { MdNode } from './parse.js';
import { tableSettings, toTable } from './table.js';

/** The figure number of a chart placeholder, `![](chart:0)`; null for anything else. */
function chartNumber(node: MdNode): number | null {
  if (node.type !== 'image' || node.token.meta?.reference === true) return null;
  return readChartUrl(node.token.attrGet('src') ?? '');
}

/**
 * A paragraph, split around chart placeholders: `![](chart:0)` becomes the figure registered under 0, the
 * words on either side stay paragraphs.
 */
function paragraphBlocks(node: MdNode, context: ConvertContext): Block[] {
  const out: Block[] = [];
  let run: MdNode[] = [];
  const flush = (): void => {
    const inlines = toInlines(run, context);
    const blank = inlines.every((i) => i.type === 'text' && i.value.trim() === '');
    if (!blank) out.push(paragraph(trimEdges(inlines)));
    run = [];
  };
  for (const child of node.children) {
    const chart = chartNumber(child);
    if (chart === null) {
      run.push(child);
      continue;
    }
    flush();
    const figure = context.figures[chart];
    if (figure === undefined) warn(context, 'unknown-figure', `there is no chart number ${chart}`, child);
    else out.push(figure);
  }
  flush();
  return out;
}

/** Spaces left at a paragraph's edges once a chart is cut out of it. */
function trimEdges(inlines: ReturnType<typeof toInlines>): ReturnType<typeof toInlines> {
  const out = [...inlines];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out.filter((i) => i.type !== 'text' || i.value !== '');
}

/** `> [!box Title]` makes a box; any other block quote keeps its content, unboxed, with a warning. */
function blockquoteBlocks(node: MdNode, context: ConvertContext): Block[] {
  const [first, ...rest] = node.children;
  const firstText = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : null;
  // The marker as written at the start of the paragraph, so an escaped `\[!box` never matches.
  const marker = first === undefined || firstText === null ? null : readBoxMarker(first.source.slice(0, 400));
  if (first === undefined || firstText === null || marker === null) {
    warn(context, 'unsupported-markdown', 'a block quote is not a box (start it with [!box Title]); its content is kept unboxed', node);
    return toBlocks(node.children, context);
  }
  // The title may hold escapes, so cut the marker from the parsed value by its first line, not by length.
  const newline = firstText.value.indexOf('\n');
  const remainder = newline === -1 ? '' : firstText.value.slice(newline + 1);
  const titleLine = newline === -1 ? firstText.value : firstText.value.slice(0, newline);
  const title = (readBoxMarker(titleLine)?.title ?? marker.title) || null;
  // What follows the marker line is text as read, never checked for markers again.
  const remainderText: MdNode = { ...firstText, value: remainder, source: '' };
  const firstParagraph: MdNode = { ...first, children: [...(remainder === '' ? [] : [remainderText]), ...first.children.slice(1)] };
  const children = firstParagraph.children.length > 0 ? [firstParagraph, ...rest] : rest;
  return [box(title, toBlocks(children, context))];
}

/** Converts a run of sibling blocks; marker comments apply to what follows them. */
export function toBlocks(nodes: readonly MdNode[], context: ConvertContext): Block[] {
  const out: Block[] = [];
  let pendingTable: TableMarker[] = [];
  for (const node of nodes) {
    if (pendingTable.length > 0 && node.type !== 'table' && node.type !== 'html_block') {
      warn(context, 'table-marker', 'a table marker (widths, key-value or caption) must come just before a table; ignored', node);
      pendingTable = [];
    }
    switch (node.type) {
      case 'heading': {
        const depth = Number(node.token.tag.slice(1));
        if (depth > 3) warn(context, 'heading-depth', `a level-${depth} heading is shown as level 3 (papers use three levels)`, node);
        out.push(heading(Math.min(depth, 3) as 1 | 2 | 3, toInlines(node.children, context)));
        break;
      }
      case 'paragraph':
        out.push(...paragraphBlocks(node, context));
        break;
      case 'bullet_list':
      case 'ordered_list':
        out.push(list(node.type === 'ordered_list', node.children.map((item) => listItem(toBlocks(item.children, context))), { start: Number(node.token.attrGet('start') ?? 1) }));
        break;
      case 'table':
        out.push(toTable(node, tableSettings(pendingTable), context));
        pendingTable = [];
        break;
      case 'hr':
        out.push(pageBreak());
        break;
      case 'blockquote':
        out.push(...blockquoteBlocks(node, context));
        break;
      case 'html_block': {
        const marker = readMarker(node.value);
        if (marker === null) warn(context, 'unsupported-markdown', 'raw HTML is not supported and is left out', node);
        else if (marker.kind === 'pageBreak') out.push(pageBreak());
        else if (marker.kind === 'toc') out.push(tableOfContents(marker.title));
        else if (marker.kind === 'invalid') warn(context, 'table-widths', marker.message, node);
        else pendingTable.push(marker);
        break;
      }
      case 'code_block':
      case 'fence':
        warn(context, 'unsupported-markdown', 'a code block is not supported; its text is kept as a paragraph (was a line indented by four spaces?)', node);
        out.push(paragraph(node.value));
        break;
      case 'definition':
        break;
      default:
        warn(context, 'unsupported-markdown', `Markdown "${node.type}" is not supported and is left out`, node);
    }
  }
  if (pendingTable.length > 0) warn(context, 'table-marker', 'a table marker at the end of the paper has no table to apply to; ignored', null);
  return out;
}
