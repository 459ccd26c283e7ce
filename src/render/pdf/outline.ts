// The bookmark outline: one entry per heading, nested by level, each opening its page at the heading.
import type { HeadingMark } from './context.js';
import type { PdfDocument } from './pdfkit.js';
import { PAGE } from './layout.js';

interface OutlineItem {
  addItem(title: string, options?: object): OutlineItem;
}

export function addOutline(pdf: PdfDocument, headings: readonly HeadingMark[]): void {
  // Open ancestors by level; a heading hangs under the nearest shallower one (an H3 straight after an H1 goes under it).
  const open: { level: number; item: OutlineItem }[] = [{ level: 0, item: pdf.outline as unknown as OutlineItem }];
  for (const heading of headings) {
    while ((open[open.length - 1]?.level ?? 0) >= heading.level) open.pop();
    const parent = open[open.length - 1]?.item ?? (pdf.outline as unknown as OutlineItem);
    // pdfkit's XYZ destination takes `left` as a distance from the right edge and `top` from the top.
    const item = parent.addItem(heading.title, { pageNumber: heading.pageIndex, fit: false, top: heading.y, left: PAGE.width, zoom: 0, expanded: true });
    open.push({ level: heading.level, item });
  }
}
