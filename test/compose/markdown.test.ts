// Markdown → model: literal Markdown in, exact model out.
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/compose/markdown/index.js';
import {
  box, cell, column, emphasis, figure, heading, lineBreak, link, list, listItem, pageBreak, paragraph, row, strong,
  table, tableOfContents, text,
} from '../../src/model/builders.js';
import type { Figure } from '../../src/model/types.js';

const blocks = (md: string, figures: Figure[] = []) => markdownToBlocks(md, { figures, file: 'paper.md.hbs' });

describe('markdownToBlocks: blocks', () => {
  it.each<[string, string, ReturnType<typeof blocks>['blocks']]>([
    ['headings of three levels', '# One\n\n## Two\n\n### Three', [heading(1, 'One'), heading(2, 'Two'), heading(3, 'Three')]],
    ['a paragraph with bold, italic, a link and a hard break', 'A **b** _c_ [d](https://x.gov.uk)\\\ne', [
      paragraph([text('A '), strong('b'), text(' '), emphasis('c'), text(' '), link('https://x.gov.uk', 'd'), lineBreak(), text('e')]),
    ]],
    ['soft line breaks are spaces', 'one\ntwo\n  three', [paragraph('one two three')]],
    ['a bullet list', '- a\n- b', [list(false, ['a', 'b'])]],
    ['a numbered list starting at 3, nested bullets', '3. a\n   - b\n4. c', [
      list(true, [listItem([paragraph('a'), list(false, ['b'])]), 'c'], { start: 3 }),
    ]],
    ['*** is a page break', 'a\n\n***\n\nb', [paragraph('a'), pageBreak(), paragraph('b')]],
    ['<!-- pagebreak --> is a page break', 'a\n\n<!-- pagebreak -->\n\nb', [paragraph('a'), pageBreak(), paragraph('b')]],
    ['<!-- toc --> places the contents', '<!-- toc -->\n\n# A', [tableOfContents('Contents'), heading(1, 'A')]],
    ['<!-- toc: Index --> names it', '<!-- toc: Index -->', [tableOfContents('Index')]],
    ['a box with a title', '> [!box Recommendations]\n> To note **this** report.\n>\n> - one', [
      box('Recommendations', [paragraph([text('To note '), strong('this'), text(' report.')]), list(false, ['one'])]),
    ]],
    ['a box without a title', '> [!box]\n> Text', [box(null, [paragraph('Text')])]],
    ['a box title keeps escaped brackets', '> [!box Rec \\] x]\n> T', [box('Rec ] x', [paragraph('T')])]],
  ])('%s', (_name, md, expected) => {
    const result = blocks(md);
    expect(result.blocks).toEqual(expected);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('markdownToBlocks: tables', () => {
  it('reads the header row, alignment, widths and RAG cells (the word stays)', () => {
    const md = '<!-- widths: 3,1,1 -->\n| Indicator | Value | RAG |\n|:--|--:|:-:|\n| NI 68 | 64.7% | {rag:red} Red |\n| NI 59 | 80% | {rag:green} Green |';
    expect(blocks(md)).toEqual({
      blocks: [table({
        columns: [column('left', 3), column('right', 1), column('center', 1)],
        header: [row(['Indicator', 'Value', 'RAG'])],
        rows: [row(['NI 68', '64.7%', cell('Red', 'red')]), row(['NI 59', '80%', cell('Green', 'green')])],
      })],
      diagnostics: [],
    });
  });

  it('makes a key-value table with a caption, and pads short rows', () => {
    const md = '<!-- key-value -->\n<!-- caption: Front sheet \\<draft\\> -->\n| Report of | Director |\n|---|---|\n| Wards |';
    expect(blocks(md).blocks).toEqual([table({
      role: 'keyValue', caption: 'Front sheet <draft>', columns: [column(), column()],
      rows: [row(['Report of', 'Director']), row([cell('Wards'), cell([])])],
    })]);
  });

  it.each<[string, string, string]>([
    ['an escaped marker', '| A |\n|---|\n| \\{rag:red} Red |', '{rag:red} Red'],
    ['a marker not at the start', '| A |\n|---|\n| x {rag:red} |', 'x {rag:red}'],
    ['an unknown status', '| A |\n|---|\n| {rag:blue} x |', '{rag:blue} x'],
  ])('does not shade a cell for %s', (_name, md, words) => {
    const t = blocks(md).blocks[0];
    expect(t?.type === 'table' ? t.rows[0]?.cells[0] : null).toEqual(cell(words));
  });

  it.each<[string, string, string]>([
    ['the wrong number of widths', '<!-- widths: 1,2 -->\n| A |\n|---|\n| x |', 'warning: paper.md.hbs: <!-- widths --> gives 2 widths for a table of 1 columns; widths ignored ("| A | |---| | x |")'],
    ['widths that are not numbers', '<!-- widths: 1,x -->\n| A |\n|---|\n| x |', 'warning: paper.md.hbs: column widths "1,x" must be positive numbers separated by commas, e.g. <!-- widths: 3,1,1 --> ("<!-- widths: 1,x -->")'],
    ['a marker away from any table', '<!-- widths: 1 -->\n\ntext', 'warning: paper.md.hbs: a table marker (widths, key-value or caption) must come just before a table; ignored ("text")'],
  ])('warns about %s', async (_name, md, message) => {
    const { formatDiagnostic } = await import('../../src/diagnostics.js');
    expect(blocks(md).diagnostics.map(formatDiagnostic)).toEqual([message]);
  });
});

describe('markdownToBlocks: figures and unsupported content', () => {
  const chart = figure({ kind: 'rag-summary', title: 'RAG', groups: [] }, 'A chart.');

  it('places a registered chart as a figure, splitting the paragraph around it', () => {
    expect(blocks('Before ![](chart:0) after\n\n![](chart:0)', [chart]).blocks).toEqual([
      paragraph('Before'), chart, paragraph('after'), chart,
    ]);
  });

  it.each<[string, string, string[], ReturnType<typeof blocks>['blocks']]>([
    ['a chart number never registered', '![](chart:3)', ['unknown-figure'], []],
    ['an image from a URL', '![logo](https://x/logo.png)', ['unsupported-markdown'], []],
    ['a code block keeps its text', '    indented', ['unsupported-markdown'], [paragraph('indented')]],
    ['fenced code keeps its text', '```\nx = 1\n```', ['unsupported-markdown'], [paragraph('x = 1')]],
    ['raw HTML is left out', '<div>x</div>', ['unsupported-markdown'], []],
    ['a plain block quote is unboxed', '> quoted', ['unsupported-markdown'], [paragraph('quoted')]],
    ['inline code keeps its text', 'a `b` c', ['unsupported-markdown'], [paragraph('a b c')]],
    ['strikethrough keeps its text', 'a ~~b~~ c', ['unsupported-markdown'], [paragraph('a b c')]],
    ['a level-5 heading becomes level 3', '##### Deep', ['heading-depth'], [heading(3, 'Deep')]],
    ['a RAG marker outside a table', '{rag:red} Red', ['misplaced-rag-marker'], [paragraph('{rag:red} Red')]],
  ])('%s', (_name, md, codes, expected) => {
    const result = blocks(md);
    expect(result.blocks).toEqual(expected);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual(codes.map((c) => ['warning', c]));
  });

  it('strips characters XML cannot hold from every text', () => {
    expect(blocks('# A\u0001B\n\nC\u0000D\uFFFF').blocks).toEqual([heading(1, 'AB'), paragraph('C\uFFFDD')]);
  });
});

describe('markdownToBlocks: links', () => {
  it.each([
    ['https://www.example.gov.uk/papers', true],
    ['mailto:clerk@example.gov.uk', true],
    ['tel:+441234567890', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
  ])('[text](%s) is a link: %s', (url, kept) => {
    const result = blocks(`See [the papers](${url}).`);
    const expected = kept ? paragraph([text('See '), link(url, 'the papers'), text('.')]) : paragraph('See the papers.');
    expect(result.blocks).toEqual([expected]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(kept ? [] : ['unsafe-link']);
  });
});
