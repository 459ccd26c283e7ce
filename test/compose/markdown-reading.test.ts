// Markdown → model, the readings that need care: markers only where a template wrote them (never from escaped data),
// and the places where markdown-it is set to read as the papers always have (tables, references, lists, excerpts).
import { describe, expect, it } from 'vitest';
import { escapeCommentary, escapeMarkdown } from '../../src/compose/escape.js';
import { markdownToBlocks } from '../../src/compose/markdown/index.js';
import { box, cell, column, figure, heading, lineBreak, link, list, listItem, paragraph, row, table, text } from '../../src/model/builders.js';
import { formatDiagnostic } from '../../src/diagnostics.js';

const chart = figure({ kind: 'rag-summary', title: 'RAG', groups: [] }, 'A chart.');
const read = (md: string) => {
  const { blocks, diagnostics } = markdownToBlocks(md, { figures: [chart], file: 'paper.md.hbs' });
  return { blocks, warnings: diagnostics.map(formatDiagnostic) };
};
const oneCell = (md: string) => table({ columns: [column()], header: [row(['A'])], rows: [row([md === '' ? cell([]) : cell(md)])] });

describe('markers are read only where the template wrote them', () => {
  it.each<[string, string, ReturnType<typeof read>['blocks']]>([
    ['{rag:red} at the start of a cell shades it', '| A |\n|---|\n| {rag:red} Red |', [table({ columns: [column()], header: [row(['A'])], rows: [row([cell('Red', 'red')])] })]],
    ['an escaped {rag:red} stays words', `| A |\n|---|\n| ${escapeMarkdown('{rag:red} Red')} |`, [oneCell('{rag:red} Red')]],
    ['{rag:red} written as an entity stays words', '| A |\n|---|\n| &#123;rag:red} Red |', [oneCell('{rag:red} Red')]],
    ['a marker after an escaped pipe in the cell stays words', `| A |\n|---|\n| ${escapeMarkdown('|')} {rag:red} |`, [oneCell('| {rag:red}')]],
    ['an escaped [!box stays a paragraph', `${escapeMarkdown('[!box Evil]')}\n`, [paragraph('[!box Evil]')]],
    ['an escaped ![](chart:0) stays words', `Before ${escapeMarkdown('![](chart:0)')} after`, [paragraph('Before ![](chart:0) after')]],
    ['![](chart:0) written by the template places the chart', 'Before ![](chart:0) after', [paragraph('Before'), chart, paragraph('after')]],
    ['an escaped marker comment stays words', escapeMarkdown('<!-- pagebreak -->'), [paragraph('<!-- pagebreak -->')]],
    ['a bare URL in data stays text, its escapes undone', `See ${escapeMarkdown('https://x.gov.uk/a_b?c=(1)&d=2')} now`, [paragraph('See https://x.gov.uk/a_b?c=(1)&d=2 now')]],
    ['an e-mail address in data stays text', escapeMarkdown('a_officer@x.gov.uk'), [paragraph('a_officer@x.gov.uk')]],
    ['a bare URL in a template stays text too (no linkify)', 'See https://x.gov.uk/page or www.x.gov.uk', [paragraph('See https://x.gov.uk/page or www.x.gov.uk')]],
    ['an escaped autolink stays text', escapeMarkdown('<https://x.gov.uk>'), [paragraph('<https://x.gov.uk>')]],
    ['a template autolink <https://x> is a link', 'See <https://x.gov.uk/a%20b>.', [paragraph([text('See '), link('https://x.gov.uk/a%20b', 'https://x.gov.uk/a%20b'), text('.')])]],
    ['an e-mail autolink is a mailto: link', '<clerk@x.gov.uk>', [paragraph([link('mailto:clerk@x.gov.uk', 'clerk@x.gov.uk')])]],
    ['a link URL keeps its escapes undone, not percent-encoded', '[the paper](https://x.gov.uk/\\(1\\)/é)', [paragraph([link('https://x.gov.uk/(1)/é', 'the paper')])]],
  ])('%s', (_name, md, expected) => {
    expect(read(md)).toEqual({ blocks: expected, warnings: [] });
  });
});

describe('tables read as before', () => {
  it.each<[string, string, ReturnType<typeof read>['blocks']]>([
    ['an escaped pipe stays in its cell', `| A | B |\n|---|---|\n| ${escapeMarkdown('x | y')} | z |`, [
      table({ columns: [column(), column()], header: [row(['A', 'B'])], rows: [row(['x | y', 'z'])] }),
    ]],
    ['a backslash at the end of data written against a pipe ends the cell', `| A | B |\n|---|---|\n|${escapeMarkdown('x\\')}|${escapeMarkdown('y')}|`, [
      table({ columns: [column(), column()], header: [row(['A', 'B'])], rows: [row(['x\\', 'y'])] }),
    ]],
    ['a no-break space at a cell edge stays', '| A |\n|---|\n| \u00A0x\u00A0 |', [oneCell('\u00A0x\u00A0')]],
    ['alignment and inline formatting in cells', '| A | B | C |\n|:--|:-:|--:|\n| **b** | _i_ | [l](https://x.gov.uk) |', [
      table({
        columns: [column('left'), column('center'), column('right')],
        header: [row(['A', 'B', 'C'])],
        rows: [row([cell([{ type: 'strong', children: [text('b')] }]), cell([{ type: 'emphasis', children: [text('i')] }]), cell([link('https://x.gov.uk', 'l')])])],
      }),
    ]],
    ['a short row is padded', '| A | B |\n|---|---|\n| x |', [table({ columns: [column(), column()], header: [row(['A', 'B'])], rows: [row([cell('x'), cell([])])] })]],
    ['a line of dashes under a line with a pipe underlines a heading', `${escapeMarkdown('a | b')}\n---`, [heading(2, 'a | b')]],
  ])('%s', (_name, md, expected) => {
    expect(read(md)).toEqual({ blocks: expected, warnings: [] });
  });
});

describe('other readings kept from before', () => {
  it.each<[string, string, ReturnType<typeof read>['blocks'], string[]]>([
    ['a link by reference keeps only its text', 'See [the papers][p].\n\n[p]: https://x.gov.uk', [paragraph('See the papers.')], []],
    ['an image by reference is no chart', '![][c]\n\n[c]: chart:0', [], [
      'warning: paper.md.hbs: images are not supported here (only charts, on a line of their own); left out ("![][c]")',
    ]],
    ['a link definition after a table marker is not a table', '<!-- key-value -->\n[p]: https://x.gov.uk\n| A |\n|---|\n| x |', [oneCell('x')], [
      'warning: paper.md.hbs: a table marker (widths, key-value or caption) must come just before a table; ignored ("[p]: https://x.gov.uk")',
    ]],
    ['a list goes on after an empty item and two blank lines', '1. a\n2.\n\n\n3. b', [list(true, [listItem([paragraph('a')]), listItem([]), listItem([paragraph('b')])])], []],
  ])('%s', (_name, md, expected, warnings) => {
    expect(read(md)).toEqual({ blocks: expected, warnings });
  });
});

// micromark read a bare URL as a link (kept as text) that ran on over the Markdown after it: a hard break's backslash,
// the `]` closing a box title, the `*` closing bold. markdown-it reads no bare URLs, so what follows one is read.
describe('Markdown right after a bare URL', () => {
  it.each<[string, string, ReturnType<typeof read>['blocks']]>([
    ['commentary keeps the line break after a line ending in a URL', escapeCommentary('See https://x.gov.uk/page\nNext line').markdown, [
      paragraph([text('See https://x.gov.uk/page'), lineBreak(), text('Next line')]),
    ]],
    ['a box title may hold a URL', '> [!box See https://x.gov.uk]\n> Text', [box('See https://x.gov.uk', [paragraph('Text')])]],
    ['bold ends after a URL', '**https://x.gov.uk/page**now', [paragraph([{ type: 'strong', children: [text('https://x.gov.uk/page')] }, text('now')])]],
  ])('%s', (_name, md, expected) => {
    expect(read(md)).toEqual({ blocks: expected, warnings: [] });
  });
});

describe('warnings quote the Markdown they are about', () => {
  it.each<[string, string, string]>([
    ['an unsafe link, as written', 'See [the \\*papers\\*](javascript:alert\\(1\\)) now', '("[the \\*papers\\*](javascript:alert\\(1\\))")'],
    ['inline code', 'a `b` c', '("`b`")'],
    ['inline HTML', 'a <br> b', '("<br>")'],
    ['strikethrough', 'a ~~b~~ c', '("~~b~~")'],
    ['a chart never registered', '![](chart:9)', '("![](chart:9)")'],
    ['a misplaced RAG marker, as its text', 'Status: **x**{rag:red} Red', '("{rag:red} Red")'],
    ['a heading in a box, without the quote marker', '> [!box T]\n> #### Deep', '("#### Deep")'],
    ['HTML in a list item, without the list marker', '- <div>x</div>', '("<div>x</div>")'],
    ['a table, all its lines', '<!-- widths: 1,2 -->\n| A |\n|---|\n| x |', '("| A | |---| | x |")'],
  ])('%s', (_name, md, quoted) => {
    const { warnings } = read(md);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.endsWith(quoted)).toBe(true);
  });
});
