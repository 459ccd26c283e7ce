// renderPdf end to end on a representative paper, checked with the tools a reader's software uses.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cabinetPaper, LONG_CELL_SENTENCE } from './fixtures.js';
import { pdfinfo, pdftotext, qdf, run, writePdf } from './tools.js';

let file = '';
let pages = 0;
let structure = '';

beforeAll(async () => {
  file = writePdf('cabinet-paper', await renderPdf(cabinetPaper()));
  pages = Number(pdfinfo(file)['Pages']);
  structure = qdf(file);
});

describe('renderPdf: the file', () => {
  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });

  it.each([
    ['Tagged', 'yes'],
    ['Page size', '595.28 x 841.89 pts (A4)'],
    ['Title', 'Quarter 3 2024/25 Performance Report'],
    ['Author', 'Wirral Council, Performance and Intelligence'],
    ['PDF version', '1.7'],
    ['CreationDate', 'Sun Jan 12 00:00:00 2025 UTC'],
  ])('pdfinfo %s is %s', (field, value) => {
    expect(pdfinfo(file)[field]).toBe(value);
  });

  it('spans several pages (the long table)', () => {
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  it('embeds every font, Liberation Sans and (for the ✓ it lacks) DejaVu Sans where installed', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/LiberationSans|DejaVuSans/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/); // emb, sub, uni
    }
  });

  it('shows the title in the title bar, in British English, opening the outline', () => {
    expect(structure).toMatch(/\/DisplayDocTitle true/);
    expect(structure).toMatch(/\/Lang \(en-GB\)/);
    expect(structure).toMatch(/\/PageMode \/UseOutlines/);
    expect(structure).toMatch(/\/Marked true/);
    expect(structure).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  });
});

describe('renderPdf: the text', () => {
  it('reads headings and paragraphs in document order', () => {
    const text = pdftotext(file).replace(/\s+/g, ' ');
    const order = [
      'Quarter 3 2024/25 Performance Report',
      'Meeting Cabinet',
      'Contents',
      '1 Executive summary',
      '1.1 This report presents',
      'Recommendations',
      'Cabinet is asked to:',
      '2 Background',
      '2.2 Positive forces',
      'signposting at first contact',
      '3 Performance by indicator',
      '3.1 Indicators at a glance',
      'Figure 1: NI 68',
      '3.2 All indicators',
      'Table 1: Council Plan indicators',
      'NI 100',
      'NI 68',
      'NI 145',
      '4 Contact',
    ];
    let at = -1;
    for (const phrase of order) {
      const next = text.indexOf(phrase, at + 1);
      expect(next, `"${phrase}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  // ✓ is drawn in DejaVu Sans, or as √ in Liberation Sans where DejaVu is not installed; it extracts as ✓ either way.
  it.each(['≥', 'Ł', '£', '–', '’', '▲', '▼', '✓'])('keeps the character %s', (char) => {
    expect(pdftotext(file)).toContain(char);
  });

  it('numbers every page "Page X of Y" in the footer, with the header text', () => {
    for (let page = 1; page <= pages; page += 1) {
      const text = pdftotext(file, page);
      expect(text).toContain(`Page ${page} of ${pages}`);
      expect(text).toContain('Cabinet – 12 January 2025');
    }
  });

  it('repeats the table header row on every page the table reaches', () => {
    const tablePages = Array.from({ length: pages }, (_, i) => i + 1).filter((page) => /NI 1\d\d|weekly case audits/.test(pdftotext(file, page)));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const page of tablePages) expect(pdftotext(file, page), `page ${page}`).toMatch(/Ref\s+Indicator\s+Value\s+Target\s+Status/);
  });

  it('splits a cell taller than a page across pages without losing a word', () => {
    // Take out what each page adds around the cell (running heads, the repeated header row) to join the cell up again.
    const text = pdftotext(file)
      .replace(/Quarter 3 2024\/25 Performance Report\s+Page \d+ of \d+\s+\f?Cabinet – 12 January 2025\s+Ref\s+Indicator\s+Value\s+Target\s+Status/g, ' ')
      .replace(/\s+/g, ' ');
    const sentence = LONG_CELL_SENTENCE.trim();
    expect(text.split(sentence).length - 1).toBe(40);
  });

  it('lists the headings with their pages in the contents', () => {
    const contents = pdftotext(file, 1, true);
    const contactPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => /4\.1\s+Report author/.test(pdftotext(file, page)));
    expect(contactPage).toBeGreaterThan(1);
    expect(contents).toMatch(new RegExp(`4 Contact\\s+${contactPage}\\b`));
    expect(contents).toMatch(/1 Executive summary\s+1\b/);
  });
});

describe('renderPdf: the structure', () => {
  it.each(['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Caption', 'Figure', 'Link', 'TOC', 'TOCI', 'Div'])(
    'has %s elements',
    (type) => {
      expect(structure).toMatch(new RegExp(`/S /${type}\\b`));
    },
  );

  it('gives the figure its alt text and a bounding box', () => {
    expect(structure).toMatch(/\/Alt \(Line chart: referrals going on to initial assessment rose/);
    expect(structure).toMatch(/\/BBox \[/);
  });

  it('draws the chart as vectors: no image, its words real text inside the Figure', () => {
    expect(run('pdfimages', ['-list', file]).trim().split('\n').slice(2)).toEqual([]);
    const text = pdftotext(file);
    for (const words of ['NI 68 Referrals going on to initial assessment', '58.2%', '69.0%', 'Red (R)', 'Amber (A)', 'Q1 2023/24']) {
      expect(text).toContain(words);
    }
    // The chart's text sits in the Figure's marked content, so it reads out as the Alt, not twice.
    const figureContent = /\/Figure <<\s*\/MCID \d+\s*>> BDC([\s\S]*?)EMC/.exec(structure)?.[1] ?? '';
    expect(figureContent).toMatch(/BT[\s\S]*Tj|TJ/);
  });

  it('marks table headers with their scope', () => {
    expect(structure).toMatch(/\/Scope \/Column/);
    expect(structure).toMatch(/\/Scope \/Row/);
  });

  it('marks running heads and repeated table headers as pagination artifacts', () => {
    const artifacts = structure.match(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/g) ?? [];
    expect(artifacts.length).toBeGreaterThanOrEqual(pages + 2);
  });

  it('makes the link a real URI annotation inside a Link element', () => {
    expect(structure).toMatch(/\/URI \(https:\/\/www\.wirral\.gov\.uk\/performance\)/);
    expect(structure).toMatch(/\/Type \/OBJR/);
  });

  it('bookmarks the headings, nested by level', () => {
    const outline = execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' });
    const lines = outline.split('\n').filter((l) => l.trim() !== '');
    const depthOf = (title: string): number => {
      const line = lines.find((l) => l.includes(title));
      expect(line, title).toBeDefined();
      // mutool prints an open/closed mark, then one tab per level, then the title.
      return /^\S?(\t+)/.exec(line ?? '')?.[1]?.length ?? -1;
    };
    expect(depthOf('3.1 Indicators at a glance')).toBeGreaterThan(depthOf('3 Performance by indicator'));
    expect(depthOf('3 Performance by indicator')).toBeGreaterThan(depthOf('Quarter 3 2024/25 Performance Report'));
  });
});
