// The document part: Word-native paragraph numbers, tables (header rows, unsplit rows, RAG shading), lists, figures, links.

import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cabinetPaper, fakeChart } from './paper.fixture.js';
import { elements, part, readParts, textOf } from './parts.js';
import type { Parts } from './parts.js';
import { printedParagraphs } from './wordNumbers.js';

let parts: Parts = {};
let body = '';
beforeAll(async () => {
  parts = await readParts(await renderDocx(cabinetPaper(6), { renderChart: fakeChart }));
  body = part(parts, 'word/document.xml');
});

const paragraphs = (): string[] => elements(body, 'w:p');
const paragraphStartingWith = (text: string): string => {
  const found = paragraphs().filter((p) => textOf(p).startsWith(text));
  expect(found.length, `a paragraph starting "${text}"`).toBeGreaterThan(0);
  return found[0] ?? '';
};
const tables = (): string[] => elements(body, 'w:tbl');

describe('paragraph numbers', () => {
  const printed = (): { number: string | null; text: string }[] => printedParagraphs(parts);
  const printedStartingWith = (text: string): { number: string | null; text: string } => {
    const found = printed().find((p) => p.text.startsWith(text));
    expect(found, `a paragraph starting "${text}"`).toBeDefined();
    return found ?? { number: null, text: '' };
  };

  it.each([
    ['Executive summary', '1', 'Heading1'],
    ['This report presents', '1.1', 'NumberedParagraph'],
    ['Positive forces', '2.2', 'Heading2'],
  ])('"%s" is numbered %s by Word (no typed number), in the %s style, with a hanging indent', (start, number, styleId) => {
    expect(printedStartingWith(start).number).toBe(number);
    const p = paragraphs().find((xml) => textOf(xml).startsWith(start) && !/w:val="TOC\d"/.test(xml)) ?? '';
    expect(p).toContain(`<w:pStyle w:val="${styleId}"/>`);
    expect(p).toContain('<w:ind w:left="720" w:hanging="720"/>');
  });

  it('prints, in order, exactly the numbers the model gives (Word numbering or, where Word would differ, typed)', () => {
    const model = cabinetPaper(6).children.flatMap((b) => ('number' in b && b.number !== null ? [b.number] : []));
    const labels = printed().flatMap((p) => {
      if (p.number !== null && /^\d+(\.\d+)?$/.test(p.number)) return [p.number];
      const typed = /^(\d+(?:\.\d+)*)\t/.exec(p.text);
      return typed?.[1] === undefined ? [] : [typed[1]];
    });
    expect(labels).toEqual(model);
  });

  it('renumbers when a clerk inserts a paragraph: a new Numbered Paragraph after 1.1 is 1.2, and 1.2 becomes 1.3', () => {
    const xml = part(parts, 'word/document.xml');
    const first = paragraphs().find((p) => textOf(p).startsWith('This report presents')) ?? '';
    const inserted = '<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/></w:pPr><w:r><w:t>Inserted by a clerk</w:t></w:r></w:p>';
    const edited = { ...parts, 'word/document.xml': xml.replace(first, `${first}${inserted}`) };
    const after = printedParagraphs(edited);
    expect(after.find((p) => p.text === 'Inserted by a clerk')?.number).toBe('1.2');
    expect(after.find((p) => p.text.startsWith('Of 60 indicators'))?.number).toBe('1.3');
    expect(after.find((p) => p.text.startsWith('Background'))?.number).toBe('2');
  });

  it('ties Heading 1, Heading 2 and Numbered Paragraph to one multilevel list, "%1" then "%1.%2"', () => {
    const styles = part(parts, 'word/styles.xml');
    const numIdOf = (id: string): string | undefined =>
      new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:numId w:val="(\\d+)"/>`).exec(styles)?.[1];
    const numId = numIdOf('Heading1');
    expect(numId).toBeDefined();
    expect(numIdOf('Heading2')).toBe(numId);
    expect(numIdOf('NumberedParagraph')).toBe(numId);
    const numbering = part(parts, 'word/numbering.xml');
    expect(numbering).toContain('<w:lvlText w:val="%1"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2"/>');
  });

  it('sets a level-3 heading straight under a level 1 at level 2 (never skipping), numbered there by Word', () => {
    expect(printedStartingWith('All indicators').number).toBe('3.1');
    expect(paragraphs().find((xml) => textOf(xml).startsWith('All indicators') && !/w:val="TOC\d"/.test(xml))).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('lines un-numbered text up with numbered text once numbering has started', () => {
    expect(paragraphStartingWith('An un-numbered continuation')).toContain('<w:ind w:left="720"/>');
  });

  it('leaves paragraphs before the first number at the margin', () => {
    expect(paragraphStartingWith('Wirral Borough Council')).not.toContain('<w:ind');
  });

  it("numbers a numbered list's first item through Word, its first label typed, then lets Word count on", () => {
    const first = printedStartingWith('1.\tLack of resources');
    expect(first.number).toBe('2.3');
    const second = paragraphStartingWith('High caseloads');
    expect(second).toContain('<w:pStyle w:val="ListNumber"/>');
    expect(second).toContain('<w:numPr>');
  });
});

describe('lists', () => {
  it('puts bullets in the List Bullet style with numbering at level 0', () => {
    const p = paragraphStartingWith('Reduction in the numbers');
    expect(p).toContain('<w:pStyle w:val="ListBullet"/>');
    expect(p).toContain('<w:ilvl w:val="0"/>');
  });

  it('steps a nested list in one level', () => {
    const p = paragraphStartingWith('first nested step');
    expect(p).toContain('<w:pStyle w:val="ListNumber"/>');
    expect(p).toContain('<w:ilvl w:val="1"/>');
  });

  it('starts an ordered list at its own start value', () => {
    const numbering = part(parts, 'word/numbering.xml');
    const ordered3 = elements(numbering, 'w:abstractNum').find((xml) => xml.includes('<w:start w:val="3"/>'));
    expect(ordered3).toBeDefined();
    expect(ordered3).toContain('<w:numFmt w:val="lowerLetter"/>');
  });

  it('gives each ordered list its own numbering instance so it restarts', () => {
    const numIds = new Set(
      paragraphs()
        .filter((p) => p.includes('ListNumber') && p.includes('<w:numPr>'))
        .map((p) => /<w:numId w:val="(\d+)"/.exec(p)?.[1])
        // numId 0 is "no list": the hand-labelled first item of a numbered list.
        .filter((numId) => numId !== '0'),
    );
    expect(numIds.size).toBe(3);
  });
});

describe('data table', () => {
  const dataTable = (): string => tables().find((xml) => xml.includes('Indicator number 1 ')) ?? '';

  it('repeats its header row on each page and only the header row', () => {
    const rows = elements(dataTable(), 'w:tr');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('w:tblHeader'))).toBe(false);
  });

  it('keeps every row on one page', () => {
    const rows = elements(dataTable(), 'w:tr');
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('fills the 170 mm text width with columns in proportion to their weights', () => {
    const grid = [...dataTable().matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9638);
    expect(Math.abs((grid[1] ?? 0) - 4 * (grid[0] ?? 0))).toBeLessThanOrEqual(4);
    expect(dataTable()).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it.each([
    ['Red', 'D4351C'],
    ['Amber', 'B35C00'],
    ['Green', '00703C'],
  ])('shades a %s cell %s with white bold text that still says the status', (word, fill) => {
    const cell = elements(dataTable(), 'w:tc').find((tc) => textOf(tc) === word) ?? '';
    expect(cell).toContain(`w:fill="${fill}"`);
    expect(cell).toContain('<w:color w:val="FFFFFF"/>');
    expect(cell).toContain('<w:b/>');
  });

  it.each([
    ['60.0%', 'right'],
    ['Indicator number 1 of the corporate scorecard', 'left'],
    ['Red', 'center'],
  ])('aligns "%s" %s as its column says', (text, align) => {
    const cell = elements(dataTable(), 'w:tc').find((tc) => textOf(tc) === text) ?? '';
    expect(cell).toContain(`<w:jc w:val="${align}"/>`);
    expect(cell).toContain('<w:pStyle w:val="Table"/>');
  });

  it('has its caption above it, kept with it', () => {
    const caption = paragraphStartingWith('Table 1: Indicators');
    expect(caption).toContain('SEQ Table');
    expect(caption).toContain('<w:pStyle w:val="Caption"/>');
    expect(caption).toContain('<w:keepNext/>');
  });
});

describe('key-value table', () => {
  it('is labelled paragraphs, not a table, so Word\'s Accessibility Checker asks for no header row', () => {
    expect(tables().some((xml) => xml.includes('Report of'))).toBe(false);
  });

  it('sets each label in bold and its value after a tab, lined up by a hanging indent as wide as the label column', () => {
    const row = paragraphStartingWith('Report of');
    const [label, ...rest] = elements(row, 'w:r');
    expect(label).toContain('<w:b/>');
    expect(textOf(row)).toMatch(/^Report of\t\S/);
    expect(rest.join('')).not.toContain('<w:b/>');
    expect(row).toMatch(/<w:ind w:left="(\d+)" w:hanging="\1"\/>/);
  });
});

describe('figure', () => {
  it('carries alt text and a name on the drawing', () => {
    const docPr = /<wp:docPr [^>]*\/>/.exec(body)?.[0] ?? '';
    expect(docPr).toContain('id="1"');
    expect(docPr).toContain('name="Figure 1"');
    expect(docPr).toContain('title="NI 68 Referrals going on to initial assessment"');
    expect(docPr).toContain('descr="Line chart: referrals going on to initial assessment rose');
  });

  it('is placed at its size in millimetres (150 × 80 mm)', () => {
    expect(body).toContain('<wp:extent cx="5400000" cy="2880000"/>');
  });

  it('keeps the picture with its Caption-styled caption', () => {
    const picture = paragraphs().find((p) => p.includes('<w:drawing>')) ?? '';
    expect(picture).toContain('<w:keepNext/>');
    expect(paragraphStartingWith('Figure 1: NI 68')).toContain('<w:pStyle w:val="Caption"/>');
    expect(paragraphStartingWith('Figure 1: NI 68')).toContain('SEQ Figure');
  });
});

describe('box, page break, contents, links', () => {
  it('draws the box as a one-cell bordered table with a bold title', () => {
    const box = tables().find((xml) => xml.includes('Recommendations')) ?? '';
    expect(elements(box, 'w:tc')).toHaveLength(1);
    expect(box).toMatch(/<w:tblBorders>[\s\S]*w:val="single"/);
    expect(paragraphStartingWith('Recommendations')).toContain('<w:b/>');
  });

  it('breaks the page before the appendix', () => {
    expect(body).toMatch(/<w:br w:type="page"\/>[\s\S]*Appendix: background papers/);
  });

  it('writes a TOC field over headings 1-3, pre-filled with entries and page numbers', () => {
    expect(body).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(body).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/);
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('writes a link as a HYPERLINK field showing the link words in the Hyperlink style', () => {
    expect(body).toContain('HYPERLINK &quot;https://www.wirral.gov.uk/&quot;');
    const p = paragraphStartingWith('An un-numbered continuation');
    expect(textOf(p)).toContain('the council website.');
    expect(p).toContain('<w:rStyle w:val="Hyperlink"/>');
  });
});

describe('page and furniture', () => {
  it('is A4 portrait with 2 cm margins', () => {
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
  });

  it('puts the committee and date in the header', () => {
    const header = Object.entries(parts).find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1] ?? '';
    expect(textOf(header)).toBe('Cabinet – 12 January 2025');
  });

  it('writes "Page X of Y" as PAGE and NUMPAGES fields with cached results (the page count estimated)', () => {
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> PAGE <\/w:instrText>[\s\S]*?separate[\s\S]*?<w:t xml:space="preserve">1<\/w:t>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText>[\s\S]*?separate[\s\S]*?<w:t xml:space="preserve">3<\/w:t>/);
    expect(textOf(footer)).toBe('Corporate Performance Report Q3\tPage 1 of 3');
  });

  it('records title, subject, author, keywords and the paper\'s date as document properties', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Corporate Performance Report Quarter 3 2024/25</dc:title>');
    expect(core).toContain('<dc:subject>Quarterly performance scorecard</dc:subject>');
    expect(core).toContain('<dc:creator>Corporate Performance Team</dc:creator>');
    expect(core).toContain('<cp:keywords>performance, cabinet, Q3 2024/25</cp:keywords>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-12T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-12T00:00:00Z</dcterms:modified>');
  });
});

describe('the paper title', () => {
  it('sets the level-1 heading that repeats meta.title as a real Heading 1 (Paper Title), un-numbered', () => {
    const title = paragraphs().find((p) => textOf(p).startsWith('Corporate Performance Report Quarter 3 2024/25') && !/w:val="TOC\d"/.test(p)) ?? '';
    expect(title).toContain('<w:pStyle w:val="PaperTitle"/>');
    expect(title).toContain('<w:numId w:val="0"/>');
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="PaperTitle"[^]*?<w:basedOn w:val="Heading1"\/>/);
    const inContents = (p: string): boolean => /w:val="TOC\d"/.test(p);
    const appendix = paragraphs().filter((p) => textOf(p).startsWith('Appendix: background papers') && !inContents(p));
    expect(appendix[0]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphs().filter((p) => inContents(p) && textOf(p).startsWith('Corporate Performance Report'))).toEqual([]);
    expect(paragraphs().filter((p) => inContents(p) && textOf(p).startsWith('Appendix'))).toHaveLength(1);
  });
});
