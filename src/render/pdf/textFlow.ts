// Draws broken lines into the page as tagged content: plain words belong to the block's element, linked words
// to a Link element with a real URI annotation; lines flow onto new pages as the cursor reaches the foot.
import type { Link } from '../../model/types.js';
import type { RenderContext, StructNode } from './context.js';
import type { Align } from '../../model/types.js';
import type { Line } from './lines.js';
import { breakLines } from './lines.js';
import type { Run } from './inline.js';
import type { TextStyle } from './layout.js';
import { COLOUR, SPACING } from './layout.js';

/**
 * A block's structure element, and the Link elements made inside it: one per link in the model and page. A Link
 * element is ended before its page is left, because pdfkit writes each annotation reference (OBJR) with the page
 * that is current when the element is ended; ending it later would point the reference at the wrong page.
 */
export class TextTarget {
  readonly node: StructNode;
  private readonly links = new Map<Link, StructNode>();
  private readonly stopListening: () => void;
  constructor(node: StructNode, ctx: RenderContext) {
    this.node = node;
    this.stopListening = ctx.onPageBreak((event) => {
      if (event === 'leave') this.endLinks();
    });
  }
  linkNode(link: Link, ctx: RenderContext): StructNode {
    let node = this.links.get(link);
    if (node === undefined) {
      node = ctx.struct('Link', this.node);
      this.links.set(link, node);
    }
    return node;
  }
  /** Call when the block is drawn. */
  finish(): void {
    this.endLinks();
    this.stopListening();
  }
  private endLinks(): void {
    for (const node of this.links.values()) node.el.end();
    this.links.clear();
  }
}

export interface LineBox {
  x: number;
  width: number;
  align: Align;
  style: TextStyle;
  colour: string;
}

export function layoutLines(ctx: RenderContext, runs: readonly Run[], width: number, size: number): Line[] {
  return breakLines(runs, width, (text, face) => ctx.widthOf(text, face, size));
}

/** `target` null draws inside an artifact (a repeated table header): no tags, no link annotations. */
export function drawLine(ctx: RenderContext, line: Line, box: LineBox, y: number, target: TextTarget | null): void {
  const start = box.align === 'right' ? box.x + box.width - line.width : box.align === 'center' ? box.x + (box.width - line.width) / 2 : box.x;
  for (const fragment of line.fragments) {
    const x = start + fragment.x;
    if (target === null) {
      ctx.drawText(fragment.text, fragment.face, box.style.size, fragment.link === null ? box.colour : COLOUR.link, x, y, fragment.link !== null);
      continue;
    }
    if (fragment.link === null) {
      ctx.content(target.node);
      ctx.drawText(fragment.text, fragment.face, box.style.size, box.colour, x, y);
      continue;
    }
    const linkNode = target.linkNode(fragment.link, ctx);
    ctx.content(linkNode);
    ctx.drawText(fragment.text, fragment.face, box.style.size, COLOUR.link, x, y, true);
    const url = fragment.link.url;
    ctx.pdf.link(x, y, fragment.width, box.style.lineHeight, url, {
      structParent: linkNode.el,
      // Screen readers announce an annotation by its Contents (PDF/UA 7.18.5).
      Contents: new String(`${fragment.text.trim()} (${url})`),
    } as object);
  }
}

/** The last `lines` lines of a block go to a page with room for `extra` points below them (the figure that follows). */
export interface KeepTail {
  lines: number;
  extra: number;
}

/**
 * Draws lines from the cursor down, starting a new page whenever the next line would cross the foot. Before the
 * first line it keeps `SPACING.orphanLines` lines together so a paragraph never starts with one line alone.
 */
export function flowLines(ctx: RenderContext, lines: readonly Line[], box: LineBox, target: TextTarget, firstLine?: (y: number) => void, tail?: KeepTail): void {
  ctx.ensureSpace(Math.min(lines.length, SPACING.orphanLines) * box.style.lineHeight);
  const tailStart = tail === undefined ? -1 : lines.length - tail.lines;
  lines.forEach((line, i) => {
    if (i === tailStart && tail !== undefined) ctx.ensureSpace(tail.lines * box.style.lineHeight + tail.extra);
    if (ctx.y + box.style.lineHeight > ctx.bottom && !ctx.atPageTop) ctx.newPage();
    if (i === 0 && firstLine !== undefined) firstLine(ctx.y);
    drawLine(ctx, line, box, ctx.y, target);
    ctx.y += box.style.lineHeight;
  });
}
