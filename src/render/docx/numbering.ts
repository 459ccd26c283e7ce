// Numbering definitions behind the List Bullet and List Number styles: one bullet list, one ordered list per start value.

import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { listStepMm, mmToTwips } from './page.js';

/** Word allows nine list levels; deeper nesting is drawn at the ninth. */
export const deepestListLevel = 8;

const step = mmToTwips(listStepMm);

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
