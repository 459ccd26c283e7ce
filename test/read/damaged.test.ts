// Damaged input speaks the user's words: the part, sheet, cell or line, and what to do; never a JavaScript error.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { readScorecard } from '../../src/read/index.js';
import { INDICATORS, TempDir, briefs, readOk, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const VALUES = { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 64.7]] };
let base = '';
beforeAll(async () => {
  base = await writeWorkbook(dir.file('base.xlsx'), [INDICATORS, VALUES]);
});

/** Words that show a JavaScript error reached the user. */
const JAVASCRIPT = /Cannot read properties|Cannot set properties|undefined|TypeError|RangeError|ReferenceError|\bat .+:\d+:\d+|^\s+at /m;

function expectPlainWords(diagnostics: readonly Diagnostic[]): void {
  expect(diagnostics.length).toBeGreaterThan(0);
  for (const d of diagnostics) expect(formatDiagnostic(d)).not.toMatch(JAVASCRIPT);
}

type Edit = (zip: JSZip, text: (part: string) => Promise<string>) => Promise<void>;
const VALUES_PART = 'xl/worksheets/sheet2.xml';
const halve = (part: string): Edit => async (zip, text) => {
  const xml = await text(part);
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
};
const sharedIndex = (index: string): Edit => async (zip, text) => {
  zip.file(VALUES_PART, (await text(VALUES_PART)).replace(/(<c r="A2"[^>]*t="s"[^>]*><v>)\d+/, `$1${index}`));
};

async function damaged(name: string, edit: Edit): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(base));
  await edit(zip, (part) => zip.file(part)!.async('string'));
  return writeBytes(dir.file(`${name}.xlsx`), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('damaged workbooks', () => {
  // [case, edit, brief, words the message must hold]
  const cases: [string, Edit, string, string[]][] = [
    ['a shared-text index past the end', sharedIndex('999'), 'error damaged-workbook Values!A2', ['text number 999', 'xl/sharedStrings.xml', 'save it again']],
    ['a negative shared-text index', sharedIndex('-1'), 'error damaged-workbook Values!A2', ['text number -1', 'xl/sharedStrings.xml']],
    ['a shared-text index that is not a number', sharedIndex('x'), 'error damaged-workbook Values!A2', ['text number x']],
    ['a truncated workbook part', halve('xl/workbook.xml'), 'error damaged-workbook FILE', ['xl/workbook.xml', 'the list of sheets', 'save it again']],
    ['an empty workbook part', async (zip) => void zip.file('xl/workbook.xml', ''), 'error damaged-workbook FILE', ['xl/workbook.xml', 'empty']],
    ['a truncated sheet part', halve(VALUES_PART), 'error damaged-workbook Values', [VALUES_PART, 'the Values sheet', 'line 2']],
    ['a truncated shared-text part', halve('xl/sharedStrings.xml'), 'error damaged-workbook FILE', ['xl/sharedStrings.xml', 'the text of the cells']],
    ['a missing sheet part', async (zip) => void zip.remove(VALUES_PART), 'error damaged-workbook Values', [VALUES_PART, 'missing']],
    ['a missing shared-text part', async (zip) => void zip.remove('xl/sharedStrings.xml'), 'error damaged-workbook FILE', ['xl/sharedStrings.xml', 'missing']],
    ['missing links to the sheets', async (zip) => void zip.remove('xl/_rels/workbook.xml.rels'), 'error damaged-workbook FILE', ['xl/_rels/workbook.xml.rels', 'missing']],
    ['truncated links to the sheets', halve('xl/_rels/workbook.xml.rels'), 'error damaged-workbook FILE', ['xl/_rels/workbook.xml.rels']],
    ['garbage in a sheet part', async (zip) => void zip.file(VALUES_PART, 'hello'), 'error damaged-workbook Values', [VALUES_PART, 'text outside']],
    ['a cell address that is not one', async (zip, text) => void zip.file(VALUES_PART, (await text(VALUES_PART)).replace('r="C2"', 'r="!!"')), 'error damaged-workbook Values', ['"!!"', 'not a cell address']],
  ];

  it.each(cases)('%s', async (name, edit, expected, words) => {
    const file = await damaged(name.replace(/\W+/g, '-'), edit);
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual([expected.replace('FILE', file)]);
    for (const word of words) expect(result.diagnostics[0]!.message).toContain(word);
    expectPlainWords(result.diagnostics);
  });

  // Damage a reader may step round (the fast reader reads row numbers from cell addresses and skips the document
  // properties): either the figures are read as written, or the damage is named, never in a JavaScript error's words.
  const tolerable: [string, Edit][] = [
    ['a broken tag in a sheet', async (zip, text) => void zip.file(VALUES_PART, (await text(VALUES_PART)).replace('<sheetData>', '<sheetData><<x>'))],
    ['a row number that is not one', async (zip, text) => void zip.file(VALUES_PART, (await text(VALUES_PART)).replace('<row r="2"', '<row r="x"'))],
    ['damaged document properties', async (zip) => void zip.file('docProps/core.xml', '<cp:coreProperties><dc:title>')],
  ];

  it.each(tolerable)('%s: read as written, or the damage named', async (name, edit) => {
    const file = await damaged(name.replace(/\W+/g, '-'), edit);
    const result = await readScorecard(file);
    if (result.scorecard !== null) expect(result.scorecard.observations.map((o) => o.value)).toEqual([64.7]);
    else {
      expect(result.diagnostics.map((d) => d.code)).toEqual(['damaged-workbook']);
      expectPlainWords(result.diagnostics);
    }
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2)), 'not-a-workbook', 'ends early'],
    ['zip magic then garbage', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 4), Buffer.alloc(2000, 7)]), 'not-a-workbook', 'ends early'],
    ['corrupt compressed data', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i >= 200 && i < 600 ? b ^ 0x55 : b))), 'damaged-workbook', 'cannot be unpacked'],
  ])('a corrupt zip (%s)', async (name, damage, code, words) => {
    const file = writeBytes(dir.file(`zip-${name.replace(/\W+/g, '-')}.xlsx`), damage(readFileSync(base)));
    const result = await readScorecard(file);
    expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(result.diagnostics[0]!.message).toContain(words);
    expectPlainWords(result.diagnostics);
  });

  it('still reads a good workbook after the damaged ones', async () => {
    expect((await readOk(base)).observations).toHaveLength(1);
  });
});

describe('damaged CSV files', () => {
  it('an unclosed quote is an error at the line where it opens, and no rows are read', async () => {
    const file = writeBytes(
      dir.file('unclosed.csv'),
      ['ID,Title,Polarity,Unit,Period,Value', 'NI68,Referrals,higher,percent,2016-17 Q3,64.7', 'NI60,"Core assessments,higher,percent,2016-17 Q3,70', 'NI61,Plans,higher,percent,2016-17 Q3,80', ''].join('\n'),
    );
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.where.line])).toEqual([['error', 'csv-unclosed-quote', 3]]);
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe(
      `error: ${file}:3: the quote opened on line 3 is never closed, so every line after it (to line 5) would be read as one field: close the quote, or remove it (a quote inside a quoted field is written twice: "")`,
    );
  });

  it('an unclosed quote on a later line is found at its own line (after a quoted field spanning lines)', async () => {
    const file = writeBytes(dir.file('late.csv'), ['ID,Title,Period,Value', 'A,"two', 'lines",2016-17 Q3,1', 'B,ok,2016-17 Q3,2', 'C,"open,2016-17 Q3,3'].join('\r\n'));
    const result = await readScorecard(file);
    expect(result.diagnostics.map((d) => [d.code, d.where.line])).toEqual([['csv-unclosed-quote', 5]]);
  });

  it('an unclosed quote that runs on to a later quote is still an error at the line where it opens', async () => {
    const file = writeBytes(
      dir.file('runs-on.csv'),
      ['"Quarterly scorecard","unclosed, with comma', 'ID,"Title",Polarity,Unit,Period,Value', 'NI68,Referrals,higher,percent,2016-17 Q3,64.7', ''].join('\r\n'),
    );
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.where.line])).toEqual([['csv-unclosed-quote', 1]]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['a lone CR (old Mac)', '\r'],
  ])('the line of an unclosed quote is counted right with %s line endings', async (_name, ending) => {
    const file = writeBytes(dir.file(`ending-${ending.length}-${ending.charCodeAt(0)}.csv`), ['ID,Title,Period,Value', 'A,a,2016-17 Q3,1', 'B,"b,2016-17 Q3,2', 'C,c,2016-17 Q3,3'].join(ending));
    const result = await readScorecard(file);
    expect(result.diagnostics.map((d) => [d.code, d.where.line])).toEqual([['csv-unclosed-quote', 3]]);
    expect(result.diagnostics[0]!.message).toContain('(to line 4)');
  });

  it('lone-CR line endings with a line break inside a quoted field: the unclosed quote is still found at its line', async () => {
    const file = writeBytes(dir.file('cr-mixed.csv'), ['ID,Title,Period,Value', 'A,"two\nlines",2016-17 Q3,1', 'B,"open,2016-17 Q3,2', 'C,c,2016-17 Q3,3'].join('\r'));
    const result = await readScorecard(file);
    expect(result.diagnostics.map((d) => [d.code, d.where.line])).toEqual([['csv-unclosed-quote', 4]]);
  });

  it('a stray quote inside a quoted field is a warning at its line, and the field is kept as written', async () => {
    const file = writeBytes(dir.file('stray.csv'), ['ID,Title,Polarity,Unit,Period,Value', 'NI68,"Referrals "good" ones",higher,percent,2016-17 Q3,64.7', ''].join('\n'));
    const s = await readOk(file);
    expect(s.diagnostics.map((d) => [d.severity, d.code, d.where.line])).toEqual([['warning', 'csv-stray-quote', 2]]);
    expect(s.observations).toHaveLength(1);
    expectPlainWords(s.diagnostics);
  });
});

describe('bytes damaged at random', () => {
  /** A small deterministic generator, so a failure names its seed and comes back the same. */
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: a diagnostic in plain words or a scorecard, never a throw', async (seed) => {
    const next = random(seed);
    const bytes = Buffer.from(readFileSync(base));
    // Damage a run of bytes somewhere past the first entry's header, as a bad copy or download would.
    const start = 40 + Math.floor(next() * (bytes.length - 80));
    for (let i = 0; i < 1 + Math.floor(next() * 16); i++) bytes[start + i] = Math.floor(next() * 256);
    const file = writeBytes(dir.file(`random-${seed}.xlsx`), bytes);
    const result = await readScorecard(file);
    if (result.scorecard === null) expectPlainWords(result.diagnostics);
    for (const d of result.diagnostics) expect(formatDiagnostic(d)).not.toMatch(JAVASCRIPT);
  });
});
