// List → paragraphs in the List Bullet / List Number styles, tied to numbering definitions; nested lists step in.

import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Block, List, ListItem } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { numberColumnTwips, numbered as paperNumber } from './numbered.js';
import type { Numbered } from './numbered.js';
import { bulletList, deepestListLevel, orderedLevelFormat, orderedList } from './numbering.js';
import { listStepMm, mmToTwips } from './page.js';

const step = mmToTwips(listStepMm);

interface Placement {
  depth: number;
  /** Left edge of the outermost bullets, in twips. */
  base: number;
}

export function renderList(node: List, ctx: RenderContext): DocxBlock[] {
  const base = node.number !== null ? numberColumnTwips : ctx.textIndent;
  return renderListAt(node, ctx, { depth: 0, base });
}

function renderListAt(list: List, ctx: RenderContext, at: Placement): DocxBlock[] {
  const level = Math.min(at.depth, deepestListLevel);
  const textLeft = at.base + (level + 1) * step;
  const numbered = list.number !== null && at.depth === 0;
  // A numbered list writes its first label by hand (see labelledByHand), so Word's count starts at the second item.
  const definition = list.ordered ? orderedList(numbered ? list.start + 1 : list.start) : bulletList;
  const numbering = { reference: definition, level, instance: ctx.nextListInstance() };
  const style = list.ordered ? 'ListNumber' : 'ListBullet';

  return list.items.flatMap((item, index) => {
    const [first, ...rest] = leadingParagraph(item);
    const children = first === undefined ? [] : renderInlines(first.children);
    const lead =
      numbered && index === 0 && list.number !== null
        ? labelledByHand(paperNumber(list.number, 1, ctx, 'paragraph'), handLabel(list, level), children, style, textLeft)
        : new Paragraph({ style, numbering, indent: { left: textLeft, hanging: step }, children });
    return [lead, ...rest.flatMap((block) => renderItemBlock(block, ctx, { depth: at.depth + 1, base: at.base }, textLeft))];
  });
}

/** The item's first paragraph carries the bullet; an item that opens with another block gets an empty one. */
function leadingParagraph(item: ListItem): [Extract<Block, { type: 'paragraph' }> | undefined, ...Block[]] {
  const [first, ...rest] = item.children;
  if (first?.type === 'paragraph') return [first, ...rest];
  return [undefined, ...item.children];
}

function renderItemBlock(block: Block, ctx: RenderContext, nested: Placement, textLeft: number): DocxBlock[] {
  if (block.type === 'list') return renderListAt(block, ctx, nested);
  if (block.type === 'paragraph' && block.number === null) {
    return [new Paragraph({ indent: { left: textLeft }, children: renderInlines(block.children) })];
  }
  return ctx.renderBlocks([block]);
}

function handLabel(list: List, level: number): string {
  return list.ordered ? `${list.start}${orderedLevelFormat(level).after}` : (bulletList.levels[level]?.text ?? '\u2022');
}

/**
 * "3.2<tab>•<tab>text": a paragraph has one Word label, so the first item of a numbered list is a Numbered Paragraph
 * (Word numbers it "3.2") whose bullet is written as text, lined up with the items below it.
 */
function labelledByHand(number: Numbered, label: string, children: ParagraphChild[], style: string, textLeft: number): Paragraph {
  return new Paragraph({
    style,
    // Typed by hand (Word's count would differ): no list label from the List style either.
    ...(number.prefix.length > 0 ? { numbering: false } : {}),
    ...number.paragraph,
    indent: { left: textLeft, hanging: textLeft },
    tabStops: [{ type: TabStopType.LEFT, position: numberColumnTwips }],
    children: [...number.prefix, new TextRun({ children: [label, new Tab()] }), ...children],
  });
}
