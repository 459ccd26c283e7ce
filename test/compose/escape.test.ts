// Escaping: data never becomes Markdown structure, wherever a template puts it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/compose/escape.js';
import { markdownToBlocks } from '../../src/compose/markdown/index.js';
import { cell, heading, list, listItem, paragraph, row, text } from '../../src/model/builders.js';
import { plainText, stripIllegalXmlChars } from '../../src/model/text.js';
import type { Block, Inline } from '../../src/model/types.js';
import { composePaper } from '../../src/compose/index.js';
import { compose, noCharts, templatesDir } from './support.js';

/** What a reader should see: the input with whitespace runs as one space, trimmed, XML-illegal characters gone. */
const normalise = (s: string): string => stripIllegalXmlChars(s.replace(/\r\n?/g, '\n')).replace(/[ \t\n]+/g, ' ').trim();

const DANGEROUS: [string, string][] = [
  ['a heading marker', '# Not a heading'],
  ['a deeper heading marker', '### Also not'],
  ['a numbered line', '1. not a list'],
  ['a numbered line with a bracket', '2) not a list'],
  ['a bullet', '- not a list'],
  ['a plus bullet', '+ not a list'],
  ['a star bullet', '* not a list'],
  ['a block quote', '> not a quote'],
  ['a thematic break', '***'],
  ['a dash break', '---'],
  ['a setext underline', '==='],
  ['emphasis', '*a* _b_ **c** __d__'],
  ['a table pipe', 'a | b | c'],
  ['a link', '[text](https://example.com)'],
  ['an image', '![alt](chart:0)'],
  ['HTML', '<b>bold</b> <!-- pagebreak -->'],
  ['a backtick', 'use `code` here'],
  ['a backslash', 'C:\\path\\ and a trailing \\'],
  ['an entity', '&amp; &copy; &#35;'],
  ['our RAG marker', '{rag:red} Red'],
  ['our box marker', '[!box Evil]'],
  ['a strikethrough', '~~gone~~ ~x~'],
  ['a link reference', '[a]: https://example.com'],
  ['a footnote', 'x[^1]'],
  ['newlines and a heading on the next line', 'one\n# two\n\n- three'],
  ['a tab-indented code line', '\tcode'],
  ['a fenced code block', '```js\nx\n```'],
];

describe('escapeMarkdown', () => {
  it.each(DANGEROUS)('keeps %s literal in a paragraph', (_name, value) => {
    const { blocks, diagnostics } = markdownToBlocks(`Says: ${escapeMarkdown(value)}`);
    expect(diagnostics).toEqual([]);
    expect(blocks.map(shape)).toEqual([`paragraph:${normalise(`Says: ${value}`)}`]);
  });

  it.each(DANGEROUS)('keeps %s literal at the start of a line', (_name, value) => {
    const { blocks } = markdownToBlocks(`${escapeMarkdown(value)}\n`);
    expect(blocks.map(shape)).toEqual([`paragraph:${normalise(value)}`]);
  });

  it.each<[string, string, ReturnType<typeof markdownToBlocks>['blocks']]>([
    ['emphasis stays text', '*a* _b_', [paragraph('*a* _b_')]],
    ['a Markdown link stays text', '[text](https://example.com)', [paragraph('[text](https://example.com)')]],
    ['a bare URL with escapable characters stays text, unescaped', 'see https://x.gov.uk/a_b?x=(1) now', [paragraph('see https://x.gov.uk/a_b?x=(1) now')]],
    ['an e-mail address stays text', 'a_officer@x.gov.uk', [paragraph('a_officer@x.gov.uk')]],
    ['a table row stays text', '| a | b |', [paragraph('| a | b |')]],
  ])('exact model: %s', (_name, value, expected) => {
    expect(markdownToBlocks(escapeMarkdown(value)).blocks).toEqual(expected);
  });

  it.each(DANGEROUS)('keeps %s literal in a heading, a list item and a table cell', (_name, value) => {
    const e = escapeMarkdown(value);
    const { blocks } = markdownToBlocks(`## ${e}\n\n- ${e}\n\n| A |\n|---|\n| ${e} |\n`);
    const words = normalise(value);
    expect(blocks.map(shape)).toEqual([`heading:${words}`, `list:${words}`, `table:${words}`]);
  });

  it('property: any string through {{x}} renders to one paragraph whose text is the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const { blocks } = markdownToBlocks(escapeMarkdown(value));
        const expected = normalise(value).replace(/\u0000/g, '');
        if (expected === '') return blocks.length === 0;
        expect(blocks.map(shape)).toEqual([`paragraph:${expected}`]);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('property: Markdown-heavy strings between two paragraphs stay one paragraph', () => {
    const alphabet = fc.constantFrom(...'#*_-+>|[]()!`\\<>{}~&:=.1 \n\tab'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (value) => {
        const { blocks } = markdownToBlocks(`Before\n\n${escapeMarkdown(value)}\n\nAfter`);
        const expected = normalise(value);
        expect(blocks.map(shape)).toEqual(['paragraph:Before', ...(expected === '' ? [] : [`paragraph:${expected}`]), 'paragraph:After']);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Inline content with no structure, as words with whitespace runs as one space. */
function words(inlines: Inline[]): string {
  return inlines.every((i) => i.type === 'text') ? plainText(inlines).replace(/[ \t\n]+/g, ' ').trim() : '(structure)';
}

/** A block as `type:its words`. */
function shape(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return `${block.type}:${words(block.children)}`;
    case 'list': {
      const first = block.items[0]?.children[0];
      return `list:${block.items.length === 1 && first?.type === 'paragraph' ? words(first.children) : '?'}`;
    }
    case 'table':
      return `table:${block.rows.length === 1 && block.rows[0]?.cells.length === 1 ? words(block.rows[0].cells[0]?.children ?? []) : '?'}`;
    default:
      return block.type;
  }
}

describe('escaping in templates', () => {
  it('property: any string through {{x}} in a real template renders to a paragraph whose text is the input', () => {
    const dir = templatesDir({ 'paper.md.hbs': '---\ntitle: T\n---\nBefore\n\n{{x}}\n\nAfter\n' });
    const alphabet = fc.oneof(fc.constantFrom(...'#*_-+>|[]()!`\\<>{}~&:=.1 \n\t\r\u0000\uFFFF\uD800'.split('')), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (x) => {
        const { document, diagnostics } = composePaper({ templateName: 'paper', templatesDirs: [dir], context: { date: '2010-01-12', x }, charts: noCharts });
        expect(diagnostics).toEqual([]);
        const expected = normalise(x);
        expect(document.children.map(shape)).toEqual(['paragraph:Before', ...(expected === '' ? [] : [`paragraph:${expected}`]), 'paragraph:After']);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes {{x}}, {{{x}}} and helper arguments alike; helper-built Markdown passes through', () => {
    const { document, diagnostics } = compose('{{x}}\n\n{{{x}}}\n\n| A |\n|---|\n| {{rag "red"}} {{x}} |\n', { x: '# *a* | b' });
    expect(diagnostics).toEqual([]);
    expect(document.children).toEqual([
      paragraph('# *a* | b'),
      paragraph('# *a* | b'),
      expect.objectContaining({ rows: [row([cell('Red # *a* | b', 'red')])] }),
    ]);
  });

  it('commentary keeps paragraphs, bullets and line breaks, and escapes everything inline', () => {
    const notes = 'Performance *improved*.\n1. Still one paragraph\n\n- First | action\n- # Second\n\n> Not a quote';
    const { document, diagnostics } = compose('{{commentary notes}}', { notes });
    expect(diagnostics).toEqual([]);
    expect(document.children).toEqual([
      paragraph([text('Performance *improved*.'), { type: 'break' }, text('1. Still one paragraph')]),
      list(false, [listItem([paragraph('First | action')]), listItem([paragraph('# Second')])]),
      paragraph('> Not a quote'),
    ]);
  });

  it('commentary takes a list of Commentary entries as separate paragraphs', () => {
    const { document } = compose('{{commentary notes}}', { notes: [{ text: 'One' }, { text: '' }, { text: 'Two' }] });
    expect(document.children).toEqual([paragraph('One'), paragraph('Two')]);
  });

  it('an object where text is expected is an error at its line', () => {
    const { diagnostics } = compose('\n{{x}}', { x: { a: 1 } });
    expect(diagnostics.map((d) => [d.code, d.where.line, d.message])).toEqual([
      ['template-error', 5, 'this gives an object, not text: use {{#each}} or name one of its fields'],
    ]);
  });

  it('strips characters XML cannot hold from data', () => {
    const { document } = compose('# {{x}}\n\n{{x}}', { x: 'a\u0000b\u0007c\uFFFF' });
    expect(document.children).toEqual([heading(1, 'abc'), paragraph('abc')]);
  });
});
