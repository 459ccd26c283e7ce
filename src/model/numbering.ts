// Council paragraph numbering, as published papers do it: "3" for a section, "3.1" for its paragraphs and
// sub-headings alike ("3.1 This indicator...", "3.2 Definition", "3.3 Rationale").
import { plainText } from './text.js';
import type { Block, Document } from './types.js';

/**
 * Numbers the top level of a paper, returning a new tree:
 * - a level-1 heading that repeats the paper's title (meta.title) is the title: never numbered, no section;
 * - level-1 headings count 1, 2, 3 ...;
 * - level-2 headings and the paragraphs standing directly under a level-1 heading share the second counter,
 *   so a section reads 3.1 (paragraph), 3.2 Definition (heading), 3.3 Rationale;
 * - a list continues the paragraph before it ("Other authorities identified the following: - ..."), so it takes
 *   a number only when it opens the section's text straight after the heading;
 * - paragraphs and lists under a level-2 heading are not numbered (its heading carries the number), nor are
 *   level-3 headings, anything before the first level-1 heading, or anything inside a box, table or list;
 * - a level-3 heading does not change which section the paragraphs after it belong to.
 * Numbers already on top-level blocks are replaced, so numbering twice gives the same result.
 */
export function numberParagraphs(doc: Document): Document {
  const paperTitle = doc.meta.title.trim();
  let section = 0;
  let item = 0;
  let underSubheading = false;
  let previous: Block['type'] | null = null;

  const numbered = (block: Block): Block => {
    const after = previous;
    previous = block.type;
    switch (block.type) {
      case 'heading':
        // The paper's title, repeated as its first-level heading, is a title and no section.
        if (block.level === 1 && plainText(block.children).trim() === paperTitle) return { ...block, number: null };
        if (block.level === 1) {
          section += 1;
          item = 0;
          underSubheading = false;
          return { ...block, number: String(section) };
        }
        if (block.level === 2 && section > 0) {
          item += 1;
          underSubheading = true;
          return { ...block, number: `${section}.${item}` };
        }
        return { ...block, number: null };
      case 'list':
        if (section > 0 && !underSubheading && after === 'heading') {
          item += 1;
          return { ...block, number: `${section}.${item}` };
        }
        return { ...block, number: null };
      case 'paragraph':
        if (section > 0 && !underSubheading) {
          item += 1;
          return { ...block, number: `${section}.${item}` };
        }
        return { ...block, number: null };
      default:
        return block;
    }
  };

  return { ...doc, children: doc.children.map(numbered) };
}
