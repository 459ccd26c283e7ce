// Complex fields (PAGE, NUMPAGES, HYPERLINK) written by hand so each carries a cached result readers can show as-is.

import { ImportedXmlComponent, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { runText } from './text.js';

type RunFormat = Omit<IRunOptions, 'children' | 'text' | 'break'>;

function fieldChar(kind: 'begin' | 'separate' | 'end'): ImportedXmlComponent {
  return new ImportedXmlComponent('w:fldChar', { 'w:fldCharType': kind });
}

function instruction(code: string): ImportedXmlComponent {
  const element = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  element.push(` ${code} `);
  return element;
}

/**
 * The five runs of a complex field. The docx library's PageNumber writes no result between `separate` and `end`,
 * and some readers (older Word, previewers, text extractors) then show nothing; we write the result we expect.
 */
export function complexField(code: string, cachedResult: ParagraphChild[] | string, format: RunFormat = {}): ParagraphChild[] {
  const result =
    typeof cachedResult === 'string' ? [new TextRun({ ...format, text: runText(cachedResult) })] : cachedResult;
  return [
    new TextRun({ ...format, children: [fieldChar('begin')] }),
    new TextRun({ ...format, children: [instruction(code)] }),
    new TextRun({ ...format, children: [fieldChar('separate')] }),
    ...result,
    new TextRun({ ...format, children: [fieldChar('end')] }),
  ];
}

/** Field instructions quote their argument; a quote or backslash inside it is escaped with a backslash. */
export function quoteFieldArgument(value: string): string {
  return `"${runText(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
