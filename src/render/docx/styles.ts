// The paper's Word styles: real, named paragraph and table styles a clerk can restyle, in the council's house style
// (its font, 11 pt, heading colour, en-GB throughout), the headings and numbered paragraphs tied to Word numbering.

import { LineRuleType, UnderlineType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { HouseStyle } from '../../model/types.js';
import { numberedParagraphStyle } from './numbered.js';
import { paragraphNumbering } from './numbering.js';
import { textWidthTwips } from './page.js';
import { tableTextHalfPoints } from './tableStyle.js';

/** What the styles need to know of the paper: its house style and whether it numbers paragraphs. */
export interface StyleChoices {
  style: HouseStyle;
  numbered: boolean;
}

/** `#1d70b8` → `1D70B8`, as Word writes colours. */
export const wordColour = (hex: string): string => hex.replace(/^#/, '').toUpperCase();
/** Half-points: 11 pt body text, the councils' house style. */
const bodySize = 22;
const ink = '0B0C0C';

/** The paper's language for Latin and East Asian text; right-to-left text keeps Word's default. */
function language(tag: string): { value: string; eastAsia: string } {
  return { value: tag, eastAsia: tag };
}

/**
 * Headings carry an outline level (0 for Heading 1): without it LibreOffice and screen readers treat a heading as a
 * plain paragraph, and Word's navigation pane and the TOC field miss it.
 */
function heading(level: 1 | 2 | 3, size: number, spaceBefore: number, choices: StyleChoices): IParagraphStyleOptions {
  // Heading 1 is numbered "3", Heading 2 "3.2" on the paragraphs' counter; Heading 3 is never numbered.
  const numbering = choices.numbered && level < 3 ? { numbering: { reference: paragraphNumbering.reference, level: level - 1 } } : {};
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: level < 3 && choices.numbered ? numberedParagraphStyle : 'Normal',
    quickFormat: true,
    uiPriority: 9,
    run: { font: choices.style.font.name, size, bold: true, color: wordColour(choices.style.colours.heading) },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: spaceBefore, after: 120 }, ...numbering },
  };
}

/** A paragraph Word numbers "3.2": the second level of the paper numbering, shared with Heading 2. */
function numberedParagraph(choices: StyleChoices): IParagraphStyleOptions[] {
  if (!choices.numbered) return [];
  return [
    {
      id: numberedParagraphStyle,
      name: 'Numbered Paragraph',
      basedOn: 'Normal',
      next: numberedParagraphStyle,
      quickFormat: true,
      uiPriority: 10,
      paragraph: { numbering: { reference: paragraphNumbering.reference, level: 1 } },
    },
  ];
}

function tocLevel(level: 1 | 2 | 3): IParagraphStyleOptions {
  return {
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    run: level === 1 ? { bold: true } : {},
    paragraph: {
      indent: { left: (level - 1) * 284 },
      spacing: { before: level === 1 ? 120 : 0, after: 60 },
      rightTabStop: textWidthTwips,
    },
  };
}

export function paperStyles(lang: string, choices: StyleChoices): IStylesOptions {
  const bodyFont = choices.style.font.name;
  return {
    default: {
      document: {
        run: { font: bodyFont, size: bodySize, color: ink, language: language(lang) },
        // lineRule must be explicit: LibreOffice reads a bare w:line as exact, which clips pictures to one line.
        paragraph: { spacing: { before: 0, after: 160, line: 264, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: bodyFont, size: bodySize, language: language(lang) },
      },
      heading(1, 28, 360, choices),
      heading(2, 24, 240, choices),
      heading(3, bodySize, 200, choices),
      {
        // The paper's title: a real Heading 1 (outline level 0, in the contents and navigation), set larger.
        id: 'PaperTitle',
        name: 'Paper Title',
        basedOn: 'Heading1',
        next: 'Normal',
        quickFormat: true,
        uiPriority: 9,
        run: { size: 36 },
        paragraph: { spacing: { before: 0, after: 240 }, ...(choices.numbered ? { numbering: false as const } : {}) },
      },
      ...numberedParagraph(choices),
      {
        id: 'ListBullet',
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'ListNumber',
        name: 'List Number',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Table',
        name: 'Table',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: tableTextHalfPoints },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        uiPriority: 35,
        run: { size: 20, bold: true, color: ink },
        paragraph: { spacing: { before: 120, after: 120 }, keepLines: true },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        run: { size: 28, bold: true },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      tocLevel(1),
      tocLevel(2),
      tocLevel(3),
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18, color: '505A5F' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, color: '505A5F' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      {
        id: 'Hyperlink',
        name: 'Hyperlink',
        uiPriority: 99,
        run: { color: '1D70B8', underline: { type: UnderlineType.SINGLE } },
      },
    ],
  };
}
