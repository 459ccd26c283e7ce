// The fast reader against exceljs: on every workbook we hold, on hand-written sheet XML with the awkward cases, and on
// generated workbooks, its grid is exceljs's grid cell for cell (positions, kinds, text, numbers, dates, formats), or
// it declines and exceljs reads the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbookWithExcelJs } from '../../src/read/excelJsGrids.js';
import { readWorkbookFast } from '../../src/read/fastWorkbook.js';
import { CELL, forEachCellTag } from '../../src/read/fastSheet.js';
import type { SheetGrid } from '../../src/read/grid.js';
import { TempDir, writeBytes, writeWorkbook, xlsxFiles } from './helpers.js';

const temp = new TempDir();
afterAll(() => temp.remove());

async function exceljsGrid(file: string): Promise<SheetGrid[]> {
  const reply = await readWorkbookWithExcelJs({ file, maxRows: 1_000_000 });
  if (!reply.ok) throw new Error(`exceljs could not read ${file}: ${reply.message}`);
  return reply.sheets;
}

describe('the fast reader gives exceljs\'s grid for every workbook we hold', () => {
  const files = [...xlsxFiles('data'), ...xlsxFiles('test/fixtures'), ...xlsxFiles('../shared/realdata')];
  it('finds the sample workbooks', () => {
    expect(files).toContain(join('data', 'sample-scorecard.xlsx'));
  });
  it.each(files)('%s', async (file) => {
    const fast = readWorkbookFast(file);
    expect(fast, 'the fast reader declined a workbook it should read').not.toBeNull();
    expect(fast).toEqual(await exceljsGrid(file));
  });
});

/** A workbook written by exceljs whose first sheet's XML (and optionally other parts) is then replaced by hand. */
async function handWritten(name: string, sheetData: string, parts: Record<string, string> = {}): Promise<string> {
  const base = await writeWorkbook(temp.file(`${name}-base.xlsx`), [{ name: 'Values', rows: [['placeholder']] }]);
  const zip = await JSZip.loadAsync(readFileSync(base));
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  for (const [part, xml] of Object.entries(parts)) zip.file(part, xml);
  return writeBytes(temp.file(`${name}.xlsx`), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/><numFmt numFmtId="166" formatCode="[$-809]dd mmmm yyyy"/></numFmts>
<cellXfs count="8"><xf numFmtId="14"/><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="27"/></cellXfs></styleSheet>`;

const SHARED = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
<si><t>NI68</t></si><si><t xml:space="preserve"> spaced &amp; escaped_x000D_ </t></si>
<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text_x0041_</t></r></si>
<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t/></si><si><t>line\r\nend</t></si></sst>`;

/** Sheet XML that exceljs and the fast reader must agree on, case by case. */
const CASES: [string, string][] = [
  ['shared strings: plain, escaped, rich, phonetic, empty, CRLF', '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>'],
  ['numbers, percent formats (scaled and quoted), exponent, blanks', '<row r="2"><c r="A2"><v>64.7</v></c><c r="B2" s="2"><v>0.647</v></c><c r="C2" s="3"><v>64.7</v></c><c r="D2" s="6"><v>1.5E-2</v></c><c r="E2"><v></v></c><c r="F2" s="1"/><c r="G2"><v>  </v></c></row>'],
  ['dates: built-in, custom, style 0 (never a date), a locale-only built-in, 1904 not set', '<row r="3"><c r="A3" s="5"><v>42705</v></c><c r="B3" s="4"><v>42705.5</v></c><c r="C3" s="0"><v>42705</v></c><c r="D3" s="7"><v>42705</v></c></row>'],
  ['booleans and errors', '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><v>#DIV/0!</v></c><c r="D4" t="e"><v>#N/A</v></c></row>'],
  ['formulas with cached results of every type, shared and array', '<row r="5"><c r="A5"><f>1+1</f><v>2</v></c><c r="B5" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="C5" t="b"><f>TRUE()</f><v>1</v></c><c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E5" s="5"><f>TODAY()</f><v>42705</v></c><c r="F5"><f t="shared" ref="F5:F6" si="0">A5*2</f><v>4</v></c></row><row r="6"><c r="F6"><f t="shared" si="0"/><v>8</v></c><c r="G6" s="5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H6"><f t="array" ref="H6">SUM(A5:A5)</f><v>2</v></c></row>'],
  ['inline strings, plain and rich; t="str" without a formula; entities and character references', '<row r="7"><c r="A7" t="inlineStr"><is><t>Inline_x0041_ &#163;5</t></is></c><c r="B7" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch_x0042_</t></r></is></c><c r="C7" t="str"><v>&lt;tag&gt; &amp;amp; &#x263A;</v></c><c r="D7" t="inlineStr"><is><t>   </t></is></c></row>'],
  ['attribute spacing, tabs and order; self-closed and spaced value tags; a value beside other text', '<row r="10"><c  r = "A10"  t=\'s\'><v>0</v></c><c\tr="B10"\ts="2"><v>0.5</v></c><c r="C10"/><c t="n" r="D10" ><v >7</v></c><c r="E10" t="s"><v>0</v> </c><c s="6" r="F10"><v>0.25</v></c><c r="G10" t="s"><v/></c></row>'],
  ['an entity in a reference', '<row r="11"><c r="A1&#49;"><v>1</v></c><c r="B11"><v>2</v></c></row>'],
  ['a row of blank cells only, among rows in order', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"/><c r="B2"><v></v></c></row><row r="3"><c r="B3"><v>3</v></c></row>'],
  ['single-quoted attributes, a date typed t="d", a far column', "<row r='8'><c r='A8' t='s'><v>0</v></c><c r='B8'><v>3.25</v></c></row><row r=\"9\"><c r=\"A9\" t=\"d\"><v>2016-12-01T00:00:00</v></c><c r=\"AB9\" t=\"n\"><v>-0.5</v></c></row>"],
];

describe('hand-written sheet XML: the fast reader and exceljs agree case by case', () => {
  it.each(CASES)('%s', async (name, sheetData) => {
    const file = await handWritten(name.replace(/\W+/g, '-').slice(0, 40), sheetData, { 'xl/styles.xml': STYLES, 'xl/sharedStrings.xml': SHARED });
    const fast = readWorkbookFast(file);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(await exceljsGrid(file));
    expect(fast![0]!.rows.length).toBeGreaterThan(0);
  });

  it('reads dates in the 1904 date system as exceljs does', async () => {
    const base = await writeWorkbook(temp.file('1904-base.xlsx'), [{ name: 'Values', rows: [[{ value: 42705, numFmt: 'dd/mm/yyyy' }, 12]] }]);
    const zip = await JSZip.loadAsync(readFileSync(base));
    const workbookXml = (await zip.file('xl/workbook.xml')!.async('string')).replace(/<workbookPr\b/, '<workbookPr date1904="1"');
    zip.file('xl/workbook.xml', workbookXml.includes('date1904') ? workbookXml : workbookXml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>'));
    const file = writeBytes(temp.file('1904.xlsx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const fast = readWorkbookFast(file);
    expect(fast).toEqual(await exceljsGrid(file));
    const cell = fast![0]!.rows[0]!.cells.get(1);
    expect(cell?.kind === 'date' && cell.date.toISOString().slice(0, 10)).toBe('2020-12-02');
  });
});

describe('the fast reader declines what it does not read exactly, and exceljs reads it', () => {
  it.each([
    ['a formula saved without its result', '<row r="1"><c r="A1"><f>1+1</f></c></row>'],
    ['a formula whose cached result is 0 (exceljs drops it and reads the formula as uncalculated)', '<row r="1"><c r="A1"><f>A2*0</f><v>0</v></c></row>'],
    ['a cell without its reference', '<row r="1"><c><v>1</v></c></row>'],
    // exceljs lets a repeated row replace the first, keeps a cell a later blank one repeats: its own rules, left to it.
    ['a row repeated', '<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="C1"><v>4</v></c></row>'],
    ['rows out of order', '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>'],
    ['a row without its number', '<row><c r="A1"><v>1</v></c></row>'],
    ['cells out of order', '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'],
    ['a cell given twice, then blank', '<row r="1"><c r="A1"><v>4</v></c><c r="A1"/></row>'],
    ['a cell outside its row', '<row r="1"><c r="A2"><v>1</v></c></row>'],
    ['a lower-case cell reference (exceljs finds no row for it)', '<row r="1"><c r="a1"><v>1</v></c></row>'],
    ['a cell outside any row', '<row r="1"><c r="A1"><v>1</v></c></row><c r="A2"><v>2</v></c>'],
    ['namespace-prefixed elements (exceljs reads them as nothing)', "<x:row r='8' xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><x:c r='A8'><x:v>1</x:v></x:c></x:row>"],
    ['CDATA', '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>'],
    ['a shared string index past the end', '<row r="1"><c r="A1" t="s"><v>99</v></c></row>'],
  ])('%s', async (name, sheetData) => {
    const file = await handWritten(`declined-${name.replace(/\W+/g, '-')}`, sheetData);
    expect(readWorkbookFast(file)).toBeNull();
  });

  it('declines a file that is not a zip, or a zip that is not a workbook', () => {
    expect(readWorkbookFast(writeBytes(temp.file('not-a-zip.xlsx'), 'ID,Value\n'))).toBeNull();
  });
});

/** fast-check's records have no prototype; exceljs's writer calls methods on them. */
const plain = <T extends object>(record: fc.Arbitrary<T>): fc.Arbitrary<T> => record.map((r) => ({ ...r }));

/** Cell values exceljs can write, with the formats that change how a figure reads. */
const cellArbitrary: fc.Arbitrary<ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string } | null> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('n/a', '-', '  64.7 ', 'Q3 2016/17', 'A & B <C>', '£800,000', '_x000D_'),
  fc.boolean(),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }),
  plain(fc.record({ value: fc.double({ min: 0, max: 1, noNaN: true }), numFmt: fc.constantFrom('0.0%', '0%', '0.0"%"', '0.00', '#,##0', 'dd/mm/yyyy', 'mmm-yy') })),
  plain(fc.record({ formula: fc.constant('1+1'), result: fc.oneof(fc.integer(), fc.string({ minLength: 1, maxLength: 5 }), fc.boolean()) })),
  plain(fc.record({ richText: fc.array(plain(fc.record({ text: fc.string({ maxLength: 6 }), font: fc.constant({ bold: true }) })), { minLength: 1, maxLength: 3 }) })),
  plain(fc.record({ text: fc.string({ minLength: 1, maxLength: 8 }), hyperlink: fc.constant('https://example.org/') })),
);

describe('generated workbooks: the fast reader gives exceljs\'s grid', () => {
  it('for any mix of values, formats, formulas, rich text and links', async () => {
    let n = 0;
    let read = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellArbitrary, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const file = await writeWorkbook(temp.file(`generated-${n++}.xlsx`), [
          { name: 'Values', rows: rows as never },
          { name: 'Indicators & notes', rows: [['ID', 'Title'], ['NI68', 'Referrals']] },
        ]);
        const fast = readWorkbookFast(file);
        // Declining (a formula whose result exceljs drops) is allowed: exceljs then reads the file.
        if (fast !== null) {
          read++;
          expect(fast).toEqual(await exceljsGrid(file));
        }
      }),
      { numRuns: 60, seed: 20261130 },
    );
    expect(read).toBeGreaterThan(30);
  });
});

describe('cell tags found by searching', () => {
  it('are the ones the cell pattern finds, in any sheet XML', () => {
    const fragment = fc.constantFrom('<c', '<c ', '<c\t', '<col', '<c_', '<c1', '<cc', '/>', '>', ' />', '</c>', '</c', '<v>1</v>', '<v/>', 'r="A1"', "t='s'", ' s="2"', '<row r="1">', '</row>', 'x', ' ', '\n', '"', '<', '/');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')), (xml) => {
        const byPattern = [...xml.matchAll(CELL)].map((m) => ({ attributes: m[1] ?? '', inner: m[2] ?? '' }));
        const found: { attributes: string; inner: string }[] = [];
        forEachCellTag(xml, (attributes, inner) => {
          found.push({ attributes, inner });
        });
        expect(found).toEqual(byPattern);
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });
});
