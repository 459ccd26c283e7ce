// Every heading in document order (inside boxes and list items too), numbered by position: the table of contents
// names the headings after it, and looks up their pages by that position from the previous layout pass.
import type { Block, TableOfContents } from '../../model/types.js';
import { plainText } from './inline.js';

export interface HeadingEntry {
  /** Position among all headings, in the order they are drawn. */
  ordinal: number;
  level: 1 | 2 | 3;
  title: string;
}

/** Headings the contents list shows: levels 1 and 2, as a clerk's contents page does. */
export const TOC_LEVELS = 2;

function walk(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'box') walk(block.children, visit);
    if (block.type === 'list') for (const item of block.items) walk(item.children, visit);
  }
}

export function tocEntries(blocks: readonly Block[]): Map<TableOfContents, HeadingEntry[]> {
  const headings: HeadingEntry[] = [];
  const tocs: { toc: TableOfContents; after: number }[] = [];
  walk(blocks, (block) => {
    if (block.type === 'heading') {
      const title = plainText(block.children);
      headings.push({ ordinal: headings.length, level: block.level, title: block.number === null ? title : `${block.number} ${title}` });
    }
    if (block.type === 'toc') tocs.push({ toc: block, after: headings.length });
  });
  return new Map(tocs.map(({ toc, after }) => [toc, headings.slice(after).filter((h) => h.level <= TOC_LEVELS)]));
}

export function hasToc(blocks: readonly Block[]): boolean {
  let found = false;
  walk(blocks, (block) => {
    if (block.type === 'toc') found = true;
  });
  return found;
}

export function figuresOf(blocks: readonly Block[]): Extract<Block, { type: 'figure' }>[] {
  const figures: Extract<Block, { type: 'figure' }>[] = [];
  walk(blocks, (block) => {
    if (block.type === 'figure') figures.push(block);
  });
  return figures;
}

/** Whether any block carries a paragraph number: then body text starts after the number column throughout. */
export function usesNumbering(blocks: readonly Block[]): boolean {
  let found = false;
  walk(blocks, (block) => {
    if ((block.type === 'heading' || block.type === 'paragraph' || block.type === 'list') && block.number !== null) found = true;
  });
  return found;
}
