// Numbering definitions: the paper's paragraph numbering, and behind the List Bullet and List Number styles one bullet
// list and one ordered list per start value.

import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { paragraphNumberingReference } from './numbered.js';
import { listStepMm, mmToTwips, numberColumnMm } from './page.js';

/** Word allows nine list levels; deeper nesting is drawn at the ninth. */
export const deepestListLevel = 8;

const step = mmToTwips(listStepMm);
const numberColumn = mmToTwips(numberColumnMm);

/** Indents of the definition itself, used if a clerk re-applies the list style; our paragraphs set their own. */
function levelIndent(level: number): NonNullable<ILevelsOptions['style']> {
  return { paragraph: { indent: { left: step * (level + 1), hanging: step } } };
}

const bulletGlyphs = ['\u2022', '\u2013', '\u25E6'] as const;

export const bulletList: NumberingDefinition = {
  reference: 'boardpack-bullet',
  levels: Array.from({ length: deepestListLevel + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bulletGlyphs[level % bulletGlyphs.length] ?? '\u2022',
    alignment: AlignmentType.LEFT,
    style: levelIndent(level),
  })),
};

/** Decimal, then letters, then roman numerals, as council papers nest "1.", "a)", "i." */
const orderedFormats = [
  { format: LevelFormat.DECIMAL, after: '.' },
  { format: LevelFormat.LOWER_LETTER, after: ')' },
  { format: LevelFormat.LOWER_ROMAN, after: '.' },
] as const;

export function orderedLevelFormat(level: number): (typeof orderedFormats)[number] {
  return orderedFormats[level % orderedFormats.length] ?? orderedFormats[0];
}

/** A list's `start` applies at whichever level the list sits, so every level of this definition starts there. */
export function orderedList(start: number): NumberingDefinition {
  return {
    reference: `boardpack-ordered-${start}`,
    levels: Array.from({ length: deepestListLevel + 1 }, (_, level) => ({
      level,
      format: orderedLevelFormat(level).format,
      text: `%${level + 1}${orderedLevelFormat(level).after}`,
      start,
      alignment: AlignmentType.LEFT,
      style: levelIndent(level),
    })),
  };
}

/**
 * The paper's own numbering, "3" and "3.2": level 1 linked to Heading 1, level 2 to the Numbered Paragraph style (and
 * carried by Heading 2 too), so that Word renumbers when a clerk inserts a section or a paragraph. The number hangs
 * in the number column, a tab before the text, as in the councils' printed papers.
 */
export const paragraphNumbering: NumberingDefinition = {
  reference: paragraphNumberingReference,
  levels: [
    { level: 0, text: '%1', linked: null },
    { level: 1, text: '%1.%2', linked: null },
  ].map(({ level, text, linked }) => ({
    level,
    format: LevelFormat.DECIMAL,
    text,
    alignment: AlignmentType.LEFT,
    style: { ...(linked === null ? {} : { style: linked }), paragraph: { indent: { left: numberColumn, hanging: numberColumn } } },
  })),
};
