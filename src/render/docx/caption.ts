// A numbered caption, "Figure 3: ..." / "Table 2: ...", whose number is a SEQ field Word renumbers (cached result given).

import { TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { complexField } from './fields.js';
import { renderInlines } from './inline.js';

/** A caption that already starts "Table 2:" (a hand-written one) gives the field its place instead of printing it twice. */
export function captionField(label: 'Figure' | 'Table', number: number, caption: string): ParagraphChild[] {
  const words = caption.replace(new RegExp(`^${label}\\s+\\d+\\s*[:.\u2013-]?\\s*`, 'i'), '');
  return [
    new TextRun(`${label} `),
    ...complexField(`SEQ ${label} \\* ARABIC`, String(number)),
    new TextRun(': '),
    ...renderInlines([{ type: 'text', value: words }]),
  ];
}
