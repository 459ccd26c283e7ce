// Whether to lay the pages out in advance to pre-fill the contents' page numbers and the page count.

import type { Document } from '../../model/types.js';
import { visit } from '../../model/visit.js';

/**
 * `estimate`: lay the pages out with docx/layout so the contents and "of Y" carry page numbers when the file is first
 * opened (LibreOffice does not update a contents field itself). It costs about 3-7 ms per paragraph, seconds for a
 * 100-indicator pack. `word`: leave the numbers for Word to fill when it updates fields on opening.
 * `auto`: estimate only for a short paper with a contents list, where it costs well under half a second. Without a
 * contents list the estimate fills in only the cached "of Y", which Word and LibreOffice count afresh as they lay the
 * pages out, and it was about four fifths of the DOCX render time of every built-in paper (none has a contents list).
 */
export type PageNumbering = 'estimate' | 'word' | 'auto';

/** Paragraphs, headings, list items, table rows and figures the layout must place; measured: ~100 of them ≈ 0.3 s. */
export const shortPaperLimit = 120;

/**
 * The longest unbroken word the layout is asked to place. docx/layout breaks a word longer than its line one
 * character at a time, re-measuring the line so far for each: the cost grows with the square of the word's length
 * (a 2,500-character title took 6 s, 32,767 characters nearly three minutes). Past this length, even `estimate` leaves
 * the page numbers to Word, so the time stays linear in the text's length.
 */
export const longestEstimatedWord = 64;

export function layoutUnits(doc: Document): number {
  let units = 0;
  visit(doc, (node) => {
    if (['heading', 'paragraph', 'listItem', 'tableRow', 'figure'].includes(node.type)) units += 1;
  });
  return units;
}

/** Length of the longest run of non-space characters in the text the layout places (body, header and footer). */
export function longestWord(doc: Document): number {
  let longest = 0;
  const measure = (text: string | null): void => {
    if (text === null) return;
    let run = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      run = code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 ? 0 : run + 1;
      if (run > longest) longest = run;
    }
  };
  visit(doc, (node) => {
    if (node.type === 'text') measure(node.value);
    if (node.type === 'table' || node.type === 'figure') measure(node.caption);
    if (node.type === 'box' || node.type === 'toc') measure(node.title);
  });
  measure(doc.furniture.header);
  measure(doc.furniture.footer);
  return longest;
}

export function shouldEstimate(doc: Document, choice: PageNumbering): boolean {
  if (choice === 'word') return false;
  if (longestWord(doc) > longestEstimatedWord) return false;
  if (choice === 'estimate') return true;
  return hasContents(doc) && layoutUnits(doc) <= shortPaperLimit;
}

function hasContents(doc: Document): boolean {
  let found = false;
  visit(doc, (node) => {
    if (node.type === 'toc') found = true;
  });
  return found;
}
