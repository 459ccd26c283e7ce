// A numbered caption, "Figure 3: ..." / "Table 2: ...", whose number is a SEQ field Word renumbers (cached result given).

import { TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { complexField } from './fields.js';
import { renderInlines } from './inline.js';

export function captionField(label: 'Figure' | 'Table', number: number, caption: string): ParagraphChild[] {
  return [
    new TextRun(`${label} `),
    ...complexField(`SEQ ${label} \\* ARABIC`, String(number)),
    new TextRun(': '),
    ...renderInlines([{ type: 'text', value: caption }]),
  ];
}
