// composePaper end to end with literal templates: metadata, numbering, contents, figures, council overrides.
import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../src/model/builders.js';
import { composePaper, type ChartFactory } from '../../src/compose/index.js';
import { figure, heading, list, paragraph, tableOfContents } from '../../src/model/builders.js';
import type { ChartSpec } from '../../src/model/types.js';
import { compose, templatesDir } from './support.js';

const ragChart: ChartSpec = { kind: 'rag-summary', title: 'RAG by theme', groups: [{ label: 'Housing', red: 1, amber: 0, green: 2, notRated: 0 }] };
const fakeCharts: ChartFactory = (kind, hash) =>
  kind === 'rag-summary'
    ? { spec: ragChart, alt: `RAG summary${hash['id'] === undefined ? '' : ` for ${String(hash['id'])}`}`, caption: 'Figure 1' }
    : { severity: 'error', code: 'unknown-chart', message: `no ${kind} chart`, where: {} };

describe('composePaper', () => {
  it('builds metadata and page furniture from front matter that uses Handlebars; the date is the context\'s', () => {
    const front = [
      'title: "{{council}} Performance Report"',
      'subject: Quarter {{this.quarter}}',
      'author: "{{author.name}}"',
      'keywords: [performance, "{{council}}"]',
      'header: "{{committee}} – {{date date}}"',
      'footer: "{{council}} *draft*"',
    ].join('\n');
    const result = compose('Body', { council: 'Wirral & <Co>', quarter: 3, author: { name: 'A. Officer' }, committee: 'Cabinet' }, { front });
    expect(result.diagnostics).toEqual([]);
    expect(result.document).toEqual({
      type: 'document',
      meta: {
        title: 'Wirral & <Co> Performance Report', subject: 'Quarter 3', author: 'A. Officer',
        keywords: ['performance', 'Wirral & <Co>'], language: 'en-GB', date: '2010-01-12',
      },
      furniture: { header: 'Cabinet – 12 January 2010', footer: 'Wirral & <Co> *draft*' },
      style: defaultHouseStyle,
      children: [paragraph('Body')],
    });
  });

  it('numbers paragraphs when the front matter says so, exactly as the seeds do', () => {
    const body = 'Preamble\n\n# Executive Summary\n\nThis report.\n\n# Introduction\n\nThis indicator.\n\n## Definition\n\nThe calculation.\n\n## Rationale\n\n# Next\n\n- a\n- b';
    const numbered = compose(body, {}, { front: 'title: T\nnumbering: true' }).document.children;
    expect(numbered).toEqual([
      paragraph('Preamble'),
      heading(1, 'Executive Summary', '1'),
      paragraph('This report.', '1.1'),
      heading(1, 'Introduction', '2'),
      paragraph('This indicator.', '2.1'),
      heading(2, 'Definition', '2.2'),
      paragraph('The calculation.'),
      heading(2, 'Rationale', '2.3'),
      heading(1, 'Next', '3'),
      list(false, ['a', 'b'], { number: '3.1' }),
    ]);
    const plain = compose(body, {}, { front: 'title: T\nnumbering: false' }).document.children;
    expect(plain.every((b) => !('number' in b) || b.number === null)).toBe(true);
  });

  it.each<[string, string, string, string[]]>([
    ['toc: true puts contents before the first section', 'title: T\ntoc: true', 'Front\n\n# A', ['paragraph', 'toc', 'heading']],
    ['toc: true keeps a marker where the template put it', 'title: T\ntoc: true', '# A\n\n<!-- toc -->', ['heading', 'toc']],
    ['no toc without asking', 'title: T', '# A', ['heading']],
  ])('%s', (_name, front, body, types) => {
    expect(compose(body, {}, { front }).document.children.map((b) => b.type)).toEqual(types);
  });

  it('places charts as figures with the factory\'s alt text, caption and default size; sizes and captions can be set', () => {
    const { document, diagnostics } = compose('Intro {{chart "rag-summary"}} after\n\n{{chart "rag-summary" id="X" caption="Mine" width=120 height=60}}', {}, { charts: fakeCharts });
    expect(diagnostics).toEqual([]);
    expect(document.children).toEqual([
      paragraph('Intro'),
      figure(ragChart, 'RAG summary', { caption: 'Figure 1', widthMm: 160, heightMm: 80 }),
      paragraph('after'),
      figure(ragChart, 'RAG summary for X', { caption: 'Mine', widthMm: 120, heightMm: 60 }),
    ]);
  });

  it('a council\'s own partial or paper replaces the built-in one of the same name; others still come from built-in', () => {
    const builtIn = templatesDir({
      'paper.md.hbs': '---\ntitle: Built-in\n---\n{{> front-sheet}}\n\n{{> contact}}',
      'partials/front-sheet.md.hbs': 'Built-in front sheet for {{council}}',
      'partials/contact.md.hbs': 'Built-in contact',
    });
    const council = templatesDir({ 'partials/front-sheet.md.hbs': 'Our own front sheet for {{council}}' });
    const run = (dirs: string[]) => composePaper({ templateName: 'paper', templatesDirs: dirs, context: { date: '2010-01-12', council: 'Wirral' }, charts: fakeCharts });
    expect(run([builtIn]).document.children).toEqual([paragraph('Built-in front sheet for Wirral'), paragraph('Built-in contact')]);
    expect(run([council, builtIn]).document.children).toEqual([paragraph('Our own front sheet for Wirral'), paragraph('Built-in contact')]);
    const councilPaper = templatesDir({ 'paper.md.hbs': '---\ntitle: Ours\n---\n{{> contact}}' });
    expect(run([councilPaper, builtIn]).document).toMatchObject({ meta: { title: 'Ours' }, children: [paragraph('Built-in contact')] });
  });

  it.each<[string, string, Record<string, string>, string]>([
    ['a partial file without a final newline still ends its line', '{{> a}}\nNext line', { a: 'From a' }, 'From a\nNext line'],
    ['a partial file with a final newline gets no blank line', '{{> a}}\nNext line', { a: 'From a\n' }, 'From a\nNext line'],
    ['a partial inside a sentence stays inline', 'Say {{> a}} now', { a: 'hello' }, 'Say hello now'],
    ['partials ending a partial give one newline', '{{> a}}\n| x |', { a: '| h |\n|---|\n{{> b}}', b: '| r |' }, '| h |\n|---|\n| r |\n| x |'],
  ])('%s', (_name, body, partials, expected) => {
    expect(compose(body, {}, { partials }).document.children).toEqual(compose(expected).document.children);
  });

  it('partials indented under a list item stay inside it', () => {
    const { document } = compose('- Item\n\n  {{> more}}', {}, { partials: { more: 'More text\n' } });
    expect(document.children).toEqual([list(false, [{ type: 'listItem', children: [paragraph('Item'), paragraph('More text')] }])]);
  });

  it('is deterministic: the same input gives the same model', () => {
    const make = () => JSON.stringify(compose('# A\n\n{{chart "rag-summary"}}', {}, { charts: fakeCharts, front: 'title: T\nnumbering: true\ntoc: true' }).document);
    expect(make()).toBe(make());
    expect(JSON.parse(make()).children[0]).toEqual(tableOfContents());
  });
});
