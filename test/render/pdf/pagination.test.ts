// Page breaks: headings kept with what follows, paragraphs split without orphans, boxes and lists across pages.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../src/model/types.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import { renderPdfWith } from '../../../src/render/pdf/index.js';
import { h, p, t } from './fixtures.js';
import { pdfinfo, pdftotext, qdf, run, writePdf } from './tools.js';

const noCharts = { renderChart: (): Promise<Uint8Array> => Promise.reject(new Error('no charts in these papers')) };

function paper(children: Block[], title = 'Pagination test'): Document {
  return {
    type: 'document',
    style: defaultHouseStyle,
    meta: { title, subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
    furniture: { header: null, footer: null },
    children,
  };
}

async function pagesOf(name: string, doc: Document): Promise<{ file: string; pages: string[] }> {
  const file = writePdf(name, await renderPdfWith(doc, noCharts));
  const count = Number(pdfinfo(file)['Pages']);
  return { file, pages: Array.from({ length: count }, (_, i) => pdftotext(file, i + 1)) };
}

const filler = (n: number): Block[] => Array.from({ length: n }, (_, i) => p(null, t(`Filler paragraph number ${i + 1}.`)));

describe('keep with next', () => {
  // One-line paragraphs take 22.5 pt; about 31 fit a page. Sweep the heading across the foot of page 1.
  it.each([26, 27, 28, 29, 30, 31])('a heading after %i paragraphs stays with its first lines', async (n) => {
    const { pages } = await pagesOf(`keep-${n}`, paper([...filler(n), h(2, '9', 'Stranded heading'), p('9.1', t('Text after the heading, first line of the section.'))]));
    const page = pages.findIndex((text) => text.includes('Stranded heading'));
    expect(page).toBeGreaterThanOrEqual(0);
    expect(pages[page]).toContain('Text after the heading');
  });

  it('keeps a heading with a following heading and its paragraph', async () => {
    const { pages } = await pagesOf('keep-chain', paper([...filler(29), h(2, '3', 'Section'), h(3, '3.1', 'Subsection'), p('3.1.1', t('Body of the subsection.'))]));
    const page = pages.findIndex((text) => text.includes('Section'));
    expect(pages[page]).toContain('Subsection');
    expect(pages[page]).toContain('Body of the subsection.');
  });
});

describe('paragraphs across pages', () => {
  const long = 'The service has reviewed every referral received in the quarter and agreed a recovery plan with partners. '.repeat(30).trim();

  it('splits a long paragraph at a line, losing no words, with the running footer on each page', async () => {
    const doc = paper([...filler(25), p('5.1', t(long))]);
    const { pages, file } = await pagesOf('long-paragraph', { ...doc, furniture: { header: 'Scrutiny', footer: 'Footer text' } });
    expect(pages.length).toBe(2);
    const joined = pages.map((text) => text.replace(/Footer text\s+Page \d of \d|Scrutiny/g, '')).join(' ').replace(/\s+/g, ' ');
    expect(joined.split('agreed a recovery plan with partners.').length - 1).toBe(30);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });

  // After 31 one-line paragraphs exactly one line is left on page 1; after 30, two.
  it.each([
    [31, 0],
    [30, 2],
  ])('never leaves a single first line at the foot of a page (after %i paragraphs, %i lines on page 1)', async (n, linesOnFirstPage) => {
    const { pages } = await pagesOf(`orphan-${n}`, paper([...filler(n), p(null, t(long))]));
    const body = (pages[0] ?? '').split('\n').filter((l) => l.trim() !== '' && !/^Page \d+ of \d+$/.test(l.trim()));
    const start = body.findIndex((l) => l.includes('The service has reviewed'));
    expect(start < 0 ? 0 : body.length - start).toBe(linesOnFirstPage);
  });
});

describe('boxes and lists across pages', () => {
  it('draws a box that continues onto the next page, with its title and all its items', async () => {
    const items = Array.from({ length: 14 }, (_, i) => ({ type: 'listItem' as const, children: [p(null, t(`Recommendation ${i + 1}: note the position and agree the action plan.`))] }));
    const { pages, file } = await pagesOf('box-split', paper([...filler(22), { type: 'box', title: 'Recommendations', children: [{ type: 'list', ordered: true, start: 1, number: null, items }] }]));
    expect(pages.length).toBe(2);
    const all = pages.join('\n');
    for (let i = 1; i <= 14; i += 1) expect(all).toContain(`Recommendation ${i}:`);
    expect(all).toMatch(/14\.\s+Recommendation 14/);
    // Each page carries one border rectangle for its part of the box (drawn as a Layout artifact).
    const borders = qdf(file).match(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC\s+q\s+1 w/g) ?? [];
    expect(borders.length).toBe(2);
  });

  it('starts a new page at a page break, but never a blank one', async () => {
    const { pages } = await pagesOf('page-breaks', paper([{ type: 'pageBreak' }, p(null, t('First page text.')), { type: 'pageBreak' }, { type: 'pageBreak' }, p(null, t('Second page text.'))]));
    expect(pages.length).toBe(2);
    expect(pages[0]).toContain('First page text.');
    expect(pages[1]).toContain('Second page text.');
  });
});

describe('metadata', () => {
  it('escapes the title in the XMP packet but keeps it whole in the title bar', async () => {
    const title = 'Health & Wellbeing <Board> "Q3"';
    const { file } = await pagesOf('escaped-title', paper([p(null, t('Body.'))], title));
    expect(pdfinfo(file)['Title']).toBe(title);
    expect(qdf(file)).toContain('Health &amp; Wellbeing &lt;Board&gt; &quot;Q3&quot;');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });
});
