// The paper's Word styles: real, named paragraph styles a clerk can restyle; Liberation Sans 11 pt, en-GB throughout.

import { LineRuleType, UnderlineType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { textWidthTwips } from './page.js';

export const bodyFont = 'Liberation Sans';
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
function heading(level: 1 | 2 | 3, size: number, spaceBefore: number): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    uiPriority: 9,
    run: { font: bodyFont, size, bold: true, color: ink },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: spaceBefore, after: 120 } },
  };
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

export function paperStyles(lang: string): IStylesOptions {
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
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        uiPriority: 10,
        run: { font: bodyFont, size: 36, bold: true, color: ink },
        paragraph: { spacing: { after: 240 }, keepNext: true },
      },
      heading(1, 28, 360),
      heading(2, 24, 240),
      heading(3, bodySize, 200),
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
        run: { size: 20 },
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
        paragraph: { spacing: { before: 120, after: 120 } },
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
