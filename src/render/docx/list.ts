// List → paragraphs in the List Bullet / List Number styles, tied to numbering definitions; nested lists step in.

import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Block, List, ListItem } from '../../model/types.js';
import type { DocxBlock, RenderContext } from './context.js';
import { renderInlines } from './inline.js';
import { numberColumnTwips } from './numbered.js';
import { bulletList, deepestListLevel, orderedLevelFormat, orderedList } from './numbering.js';
import { listStepMm, mmToTwips } from './page.js';
import { runText } from './text.js';

const step = mmToTwips(listStepMm);

interface Placement {
  depth: number;
  /** Left edge of the outermost bullets, in twips. */
  base: number;
}

export function renderList(node: List, ctx: RenderContext): DocxBlock[] {
  if (node.number !== null) ctx.textIndent = numberColumnTwips;
  return renderListAt(node, ctx, { depth: 0, base: ctx.textIndent });
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
        ? labelledByHand(list.number, handLabel(list, level), children, style, textLeft)
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
 * "3.2<tab>•<tab>text": Word draws a list label before anything else in its paragraph, so a paragraph number cannot
 * precede it; the first item of a numbered list writes both as text instead, lined up with the items below it.
 */
function labelledByHand(
  number: string,
  label: string,
  children: ParagraphChild[],
  style: string,
  textLeft: number,
): Paragraph {
  return new Paragraph({
    style,
    numbering: false,
    indent: { left: textLeft, hanging: textLeft },
    tabStops: [{ type: TabStopType.LEFT, position: numberColumnTwips }],
    children: [new TextRun({ children: [runText(number), new Tab(), label, new Tab()] }), ...children],
  });
}
