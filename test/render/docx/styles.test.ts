// The styles part: real named Word styles, headings with outline levels, Liberation Sans 11 pt, en-GB.

import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { SPACING, TABLE_TEXT } from '../../../src/render/pdf/layout.js';
import { cabinetPaper, fakeChart } from './paper.fixture.js';
import { elements, part, readParts } from './parts.js';

let styles = '';
beforeAll(async () => {
  styles = part(await readParts(await renderDocx(cabinetPaper(3), { renderChart: fakeChart })), 'word/styles.xml');
});

function style(id: string): string {
  const found = elements(styles, 'w:style').filter((xml) => xml.includes(`w:styleId="${id}"`));
  expect(found, `style ${id}`).toHaveLength(1);
  return found[0] ?? '';
}

describe('paragraph styles a clerk can restyle', () => {
  it.each([
    ['PaperTitle', 'Paper Title'],
    ['Heading1', 'heading 1'],
    ['Heading2', 'heading 2'],
    ['Heading3', 'heading 3'],
    ['ListBullet', 'List Bullet'],
    ['ListNumber', 'List Number'],
    ['Table', 'Table'],
    ['Caption', 'caption'],
    ['TOC1', 'toc 1'],
  ])('%s is a paragraph style named "%s"', (id, name) => {
    const xml = style(id);
    expect(xml).toContain('w:type="paragraph"');
    expect(xml).toContain(`<w:name w:val="${name}"/>`);
  });

  it.each([
    ['Heading1', 0],
    ['Heading2', 1],
    ['Heading3', 2],
  ])('%s carries outline level %i and is bold', (id, level) => {
    const xml = style(id);
    expect(xml).toContain(`<w:outlineLvl w:val="${level}"/>`);
    expect(xml).toContain('<w:b/>');
  });

  it.each(['TOCHeading', 'Caption', 'Table'])('%s is not in the outline', (id) => {
    expect(style(id)).not.toContain('w:outlineLvl');
  });
});

describe('table style', () => {
  it('is a named table style with the house header fill on its first row', () => {
    const xml = style('PaperTable');
    expect(xml).toContain('w:type="table"');
    expect(xml).toContain('<w:name w:val="Paper Table"/>');
    expect(xml).toMatch(/<w:tblStylePr w:type="firstRow">[^]*w:fill="F3F2F1"/);
  });

  // A long table takes as many pages in Word as in the PDF: the same text size and the same padding either side.
  it.each([
    ['Table', `<w:sz w:val="${TABLE_TEXT.size * 2}"/>`],
    ['PaperTable', `<w:sz w:val="${TABLE_TEXT.size * 2}"/>`],
    ['PaperTable', `<w:left w:w="${SPACING.cellPadding * 20}" w:type="dxa"/>`],
    ['PaperTable', `<w:right w:w="${SPACING.cellPadding * 20}" w:type="dxa"/>`],
  ])('%s sets the PDF table layout: %s', (id, xml) => {
    expect(style(id)).toContain(xml);
  });

  it("writes the PDF's cell padding either side on every cell too (LibreOffice reads the cell's own margins)", async () => {
    const document = part(await readParts(await renderDocx(cabinetPaper(3), { renderChart: fakeChart })), 'word/document.xml');
    const tables = elements(document, 'w:tbl').filter((table) => table.includes('<w:tblStyle w:val="PaperTable"/>'));
    const margins = tables.flatMap((table) => elements(table, 'w:tcMar'));
    expect(margins.length).toBeGreaterThan(10);
    for (const cell of margins) {
      expect(cell).toContain(`<w:left w:type="dxa" w:w="${SPACING.cellPadding * 20}"/>`);
      expect(cell).toContain(`<w:right w:type="dxa" w:w="${SPACING.cellPadding * 20}"/>`);
    }
  });
});

describe('document defaults', () => {
  it('are the house font (Arial by default, drawn in the bundled Liberation Sans) 11 pt in British English', () => {
    const defaults = elements(styles, 'w:docDefaults')[0] ?? '';
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toMatch(/<w:lang w:val="en-GB"/);
  });

  it('spell the line rule out, so LibreOffice does not clip pictures to one line', () => {
    const defaults = elements(styles, 'w:docDefaults')[0] ?? '';
    expect(defaults).toMatch(/w:lineRule="auto"/);
  });
});
