// Table-driven tests of the renderer's pure helpers: run text, column widths, RAG contrast, dates, bookmarks, zip.

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Document, TableColumn } from '../../../src/model/types.js';
import { coreDate, fixCoreDates, renumberBookmarks } from '../../../src/render/docx/package.js';
import { layoutUnits, shortPaperLimit, shouldEstimate } from '../../../src/render/docx/pageNumbers.js';
import { collect } from '../../../src/model/visit.js';
import { ragShading } from '../../../src/render/docx/rag.js';
import { contrastRatio } from '../../../src/render/charts/palette.js';
import { columnWidths } from '../../../src/render/docx/tableWidths.js';
import { runText } from '../../../src/render/docx/text.js';
import { writeZip } from '../../../src/zipWriter.js';
import { cabinetPaper } from './paper.fixture.js';

describe('runText', () => {
  it.each([
    ['plain', 'Red for two quarters', 'Red for two quarters'],
    ['C0 control', 'Red\u0001 rating', 'Red rating'],
    ['NUL and vertical tab', 'a\u0000b\u000Bc', 'abc'],
    ['U+FFFE and U+FFFF', 'x\uFFFEy\uFFFFz', 'xyz'],
    ['lone high surrogate', 'a\uD83Db', 'ab'],
    ['lone low surrogate', 'a\uDE00b', 'ab'],
    ['surrogate pair kept', 'ok \uD83D\uDE00', 'ok \uD83D\uDE00'],
    ['tab and newline become one space', 'Q3\t2024/25\r\nnext', 'Q3 2024/25 next'],
    ['non-breaking space and en dash kept', 'Cabinet\u00A0– 12', 'Cabinet\u00A0– 12'],
  ])('%s', (_case, input, expected) => {
    expect(runText(input)).toBe(expected);
  });
});

const col = (width: number | null): TableColumn => ({ align: 'left', width });

describe('columnWidths', () => {
  it.each([
    ['no columns', [], 1000, []],
    ['one column takes all', [col(3)], 1000, [1000]],
    ['weights in proportion', [col(1), col(3)], 1000, [250, 750]],
    ['all unweighted share equally, remainder to the last', [col(null), col(null), col(null)], 1000, [333, 333, 334]],
    ['unweighted take the average weight', [col(2), col(null), col(4)], 900, [200, 300, 400]],
    ['fractions leave the rest to unweighted columns', [col(0.5), col(null), col(null)], 1000, [500, 250, 250]],
    ['zero or negative weight counts as unweighted', [col(0), col(-1), col(2)], 600, [200, 200, 200]],
  ])('%s', (_case, columns, total, expected) => {
    expect(columnWidths(columns, total)).toEqual(expected);
  });

  it('always adds up to the table width', () => {
    const widths = columnWidths([col(1), col(4), col(1), col(1), col(null)], 9638);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9638);
  });
});

describe('RAG shading', () => {
  it.each(Object.entries(ragShading))('%s text on its fill reaches 4.5:1', (_status, { fill, text }) => {
    expect(contrastRatio(`#${text}`, `#${fill}`)).toBeGreaterThanOrEqual(4.5);
  });

});

describe('coreDate', () => {
  it.each([
    ['2025-01-12', '2025-01-12T00:00:00Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
    ['1999-12-31', '1999-12-31T00:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(coreDate(input)).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-12', '12/01/2025', '2025-01-12T10:00:00Z', ''])('refuses "%s"', (input) => {
    expect(() => coreDate(input)).toThrow(`document meta.date: "${input}" is not a calendar date`);
  });

  it('replaces both wall-clock stamps in core.xml', () => {
    const core =
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T01:50:58.518Z</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T01:50:58.518Z</dcterms:modified>';
    expect(fixCoreDates(core, '2025-01-12')).toBe(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-12T00:00:00Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-12T00:00:00Z</dcterms:modified>',
    );
  });
});

describe('renumberBookmarks', () => {
  it('renames _Toc bookmarks and their ids in order of first appearance, links included', () => {
    const xml =
      '<w:hyperlink w:anchor="_Toc57"/><w:instrText>PAGEREF _Toc57 \\h</w:instrText><w:hyperlink w:anchor="_Toc58"/>' +
      '<w:bookmarkStart w:name="_Toc57" w:id="57"/><w:bookmarkEnd w:id="57"/>' +
      '<w:bookmarkStart w:name="_Toc58" w:id="58"/><w:bookmarkEnd w:id="58"/>';
    expect(renumberBookmarks(xml)).toBe(
      '<w:hyperlink w:anchor="_Toc1"/><w:instrText>PAGEREF _Toc1 \\h</w:instrText><w:hyperlink w:anchor="_Toc2"/>' +
        '<w:bookmarkStart w:name="_Toc1" w:id="1"/><w:bookmarkEnd w:id="1"/>' +
        '<w:bookmarkStart w:name="_Toc2" w:id="2"/><w:bookmarkEnd w:id="2"/>',
    );
  });
});

describe('writeZip', () => {
  it('writes entries any zip reader opens, in order, dated 1980-01-01, stored or deflated as asked', async () => {
    const text = new TextEncoder().encode('<w:document>'.repeat(200));
    const picture = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const zip = writeZip([
      { name: '[Content_Types].xml', data: text, compress: true },
      { name: 'word/media/image1.png', data: picture, compress: false },
    ]);
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files)).toEqual(['[Content_Types].xml', 'word/media/image1.png']);
    expect(await read.file('[Content_Types].xml')?.async('uint8array')).toEqual(text);
    expect(await read.file('word/media/image1.png')?.async('uint8array')).toEqual(picture);
    expect(read.files['word/media/image1.png']?.date.getUTCFullYear()).toBe(1980);
    expect(zip.length).toBeLessThan(text.length);
  });

  it('writes a text entry as its UTF-8 bytes, the same whether its compressed form was kept from before or not', () => {
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
    const texts = ['<c:chartSpace>£ – ≥ 72%</c:chartSpace>'.repeat(40), 'x'.repeat(70 * 1024), ''];
    const asBytes = (t: string) => writeZip([{ name: 'a.xml', data: encode(t), compress: true }, { name: 'b.xml', data: encode(t), compress: false }]);
    const asText = (t: string) => writeZip([{ name: 'a.xml', data: t, compress: true }, { name: 'b.xml', data: t, compress: false }]);
    for (const t of texts) {
      const first = asText(t); // compressed now, and kept
      expect(Buffer.from(first).equals(Buffer.from(asBytes(t)))).toBe(true);
      expect(Buffer.from(asText(t)).equals(Buffer.from(first))).toBe(true); // the kept form
    }
    // More distinct texts than are kept: the store starts again, and what it gives is unchanged.
    const many = Array.from({ length: 1200 }, (_, i) => `<row r="${i}"/>`);
    for (const t of many) expect(Buffer.from(asText(t)).equals(Buffer.from(asBytes(t)))).toBe(true);
    expect(Buffer.from(asText(texts[0]!)).equals(Buffer.from(asBytes(texts[0]!)))).toBe(true);
  });
});

describe('shouldEstimate', () => {
  const paperOf = (units: number): Document => {
    const paper = cabinetPaper(0);
    const base = layoutUnits(paper);
    return cabinetPaper(units - base);
  };

  it.each([
    ['auto', shortPaperLimit, true],
    ['auto', shortPaperLimit + 1, false],
    ['estimate', shortPaperLimit + 50, true],
    ['word', 40, false],
  ] as const)('%s with %i layout units → %s', (choice, units, expected) => {
    const paper = paperOf(units);
    expect(layoutUnits(paper)).toBe(units);
    expect(shouldEstimate(paper, choice)).toBe(expected);
  });

  it('auto leaves a short paper without a contents list to Word and LibreOffice, which count its pages themselves', () => {
    const paper = paperOf(40);
    expect(collect(paper, 'toc').length).toBeGreaterThan(0);
    expect(shouldEstimate(paper, 'auto')).toBe(true);
    const withoutContents: Document = { ...paper, children: paper.children.filter((b) => b.type !== 'toc') };
    expect(shouldEstimate(withoutContents, 'auto')).toBe(false);
    expect(shouldEstimate(withoutContents, 'estimate')).toBe(true);
  });
});
