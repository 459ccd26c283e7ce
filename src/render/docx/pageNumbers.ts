// Whether to lay the pages out in advance to pre-fill the contents' page numbers and the page count.

import type { Document } from '../../model/types.js';
import { visit } from '../../model/visit.js';

/**
 * `estimate`: lay the pages out with docx/layout so the contents and "of Y" carry page numbers when the file is first
 * opened (LibreOffice does not update a contents field itself). It costs about 3-7 ms per paragraph, seconds for a
 * 100-indicator pack. `word`: leave the numbers for Word to fill when it updates fields on opening.
 * `auto`: estimate only for short papers, where it costs well under half a second.
 */
export type PageNumbering = 'estimate' | 'word' | 'auto';

/** Paragraphs, headings, list items, table rows and figures the layout must place; measured: ~100 of them ≈ 0.3 s. */
export const shortPaperLimit = 120;

export function layoutUnits(doc: Document): number {
  let units = 0;
  visit(doc, (node) => {
    if (['heading', 'paragraph', 'listItem', 'tableRow', 'figure'].includes(node.type)) units += 1;
  });
  return units;
}

export function shouldEstimate(doc: Document, choice: PageNumbering): boolean {
  if (choice !== 'auto') return choice === 'estimate';
  return layoutUnits(doc) <= shortPaperLimit;
}
