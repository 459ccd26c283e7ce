// Heading → a paragraph in the Heading 1-3 style (which carries the outline level), numbered by Word's numbering.

import { Paragraph } from 'docx';
import type { Heading } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { plainText } from '../../model/text.js';
import { renderInlines } from './inline.js';
import { numbered } from './numbered.js';

export function renderHeading(node: Heading, ctx: RenderContext): DocxBlock[] {
  const title = isPaperTitle(node, ctx);
  const level = outlineLevel(node, ctx);
  const numbering = numbered(node.number, level === 1 ? 0 : level === 2 ? 1 : null, ctx, 'heading');
  return [
    new Paragraph({
      style: title ? 'PaperTitle' : `Heading${level}`,
      ...numbering.paragraph,
      children: [...numbering.prefix, ...renderInlines(node.children)],
    }),
  ];
}

/**
 * The level Word is given: the model's, but never more than one below the heading before it, so a paper's outline starts
 * at Heading 1 and never skips (Word's Accessibility Checker and screen readers' heading lists need that). The paper's
 * title is a level-1 heading in the Paper Title style (Heading 1, larger), so the scrutiny pack's front-sheet
 * sections (level 2) sit under it rather than opening the outline at level 2.
 */
function outlineLevel(node: Heading, ctx: RenderContext): 1 | 2 | 3 {
  const level = Math.min(node.level, ctx.headingLevel + 1) as 1 | 2 | 3;
  ctx.headingLevel = level;
  return level;
}

/** The model has no title node: templates open with a level-1 heading repeating the paper's title. */
function isPaperTitle(node: Heading, ctx: RenderContext): boolean {
  return node.level === 1 && node.number === null && plainText(node.children).trim() === ctx.paperTitle.trim();
}
