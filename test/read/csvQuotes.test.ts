// CSV quotes left open that Papaparse closes at a later quote without an error, reading the rows between as one
// cell; and cells written over several lines (officers' commentary), which must still read cleanly.
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/read/csv.js';
import { readScorecard } from '../../src/read/index.js';
import { TempDir, readOk, writeBytes } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const DELIMITERS = [
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
] as const;
const ENDINGS = [
  ['CRLF', '\r\n'],
  ['LF', '\n'],
  ['lone CR', '\r'],
] as const;

/** Rows written with `,` and `\n`, made into a file with another delimiter and line ending (inside quoted cells too). */
const file = (rows: readonly string[], delimiter: string, ending: string): string => rows.join('\n').replace(/,/g, delimiter).replace(/\n/g, ending);

const problems = (text: string): string[] => parseCsv(text, 'scorecard.csv').problems.map((p) => `${p.severity} ${p.code} ${p.line}`);

/** Each quote left open on the line named, closed by Papaparse at a later quote with no error of its own. */
const SWALLOWED: [string, number, string[]][] = [
  [
    'the title line, swallowing the header (closed by a cell that starts with a line break)',
    1,
    ['Quarterly scorecard,"Q3 2016/17', 'ID,Title,Period,Value,Notes', 'NI68,Referrals,2016-17 Q3,64.7,"', 'Fell in Q3"', 'NI60,Core assessments,2016-17 Q3,70,'],
  ],
  [
    'a data row, swallowing whole rows (closed by an inch mark)',
    2,
    ['ID,Title,Period,Value', 'NI68,"Referrals,2016-17 Q3,64.7', 'NI60,Core assessments,2016-17 Q3,70', 'NI61,Plans,2016-17 Q3,80', 'NI62,Screens 12",2016-17 Q3,90', 'NI63,Adoptions,2016-17 Q3,5'],
  ],
  [
    'a data row, swallowing the start of the next (closed where a cell starts)',
    3,
    ['ID,Title,Period,Value,Notes', 'NI68,Referrals,2016-17 Q3,64.7,', 'NI60,"Core assessments,2016-17 Q3,70,', 'NI61,Plans,2016-17 Q3,80,"', 'Within target"', 'NI63,Adoptions,2016-17 Q3,5,'],
  ],
  [
    'the last cell of a row (as a spreadsheet would leave it), swallowing rows',
    2,
    ['ID,Title,Period,Value,Notes', 'NI68,Referrals,2016-17 Q3,64.7,"Rose', 'NI60,Core assessments,2016-17 Q3,70,', 'NI61,Plans,2016-17 Q3,80,', 'NI62,Screens 12",2016-17 Q3,90,'],
  ],
];

describe('a quote left open that swallows rows is an error at the line where it opens', () => {
  const cases = SWALLOWED.flatMap(([name, line, rows]) =>
    DELIMITERS.flatMap(([d, delimiter]) => ENDINGS.map(([e, ending]) => [`${name}; ${d}, ${e}`, line, file(rows, delimiter, ending)] as const)),
  );
  it.each(cases)('%s', (_name, line, text) => {
    expect(problems(text)).toEqual([`error csv-unclosed-quote ${line}`]);
    const [problem] = parseCsv(text, 'scorecard.csv').problems;
    expect(problem!.message).toContain(`the quote opened on line ${line} is not closed on that line`);
    expect(problem!.message).toContain(`close the quote on line ${line}, or remove it (a quote inside a quoted field is written twice: "")`);
  });

  it('names the lines read as one cell', () => {
    const [, , rows] = SWALLOWED[1]!;
    expect(parseCsv(file(rows, ',', '\r\n'), 'scorecard.csv').problems[0]!.message).toContain('so lines 2 to 5 were read as one cell and the rows on them would be lost');
  });

  it('only the first open quote is named: the quotes after it pair with the wrong partners', () => {
    const text = ['ID,Title,Period,Value', 'NI68,"Referrals,2016-17 Q3,64.7', 'NI60,Core assessments,2016-17 Q3,70', 'NI61,Plans 12",2016-17 Q3,80', 'NI62,"Reviews,2016-17 Q3,90', 'NI63,Adoptions,2016-17 Q3,5'].join('\n');
    expect(problems(text)).toEqual(['error csv-unclosed-quote 2']);
  });

  it.each(ENDINGS)('a quote left open among titles holding semicolons is still found on a comma file (%s)', (_name, ending) => {
    // Papaparse's own guess took `;` here: the open quote made the comma records ragged, the `;` ones a steady three.
    const row = (title: string, period: string, value: string): string => `AD1,${title},${period},${value}`;
    const title = 'Adults; older people; carers';
    const rows = ['ID,Title,Period,Value', row(title, '2016-17 Q1', '5'), row(title, '2016-17 Q2', '6'), row(title, '2016-17 Q3', '"7'), row(title, '2016-17 Q4', '8'), row(`"${title}"`, '2017-18 Q1', '9'), row(title, '2017-18 Q2', '10')];
    expect(problems(rows.join(ending))).toEqual(['error csv-unclosed-quote 4']);
  });

  it.each([
    ['an unclosed quote that is never closed', ['ID,Title,Period,Value', 'NI68,"Referrals,2016-17 Q3,64.7', 'NI60,Core assessments,2016-17 Q3,70'], 2],
    ['an unclosed quote closed by a later quoted cell', ['ID,Title,Period,Value', 'NI68,"Referrals,2016-17 Q3,64.7', 'NI60,Core assessments,2016-17 Q3,70', 'NI61,"Plans",2016-17 Q3,80'], 2],
  ] as const)('%s is named as before', (_name, rows, line) => {
    for (const [, delimiter] of DELIMITERS) for (const [, ending] of ENDINGS) expect(problems(file(rows, delimiter, ending))).toEqual([`error csv-unclosed-quote ${line}`]);
  });

  it('through readScorecard: no scorecard, and the error placed at the file and line', async () => {
    const [, line, rows] = SWALLOWED[0]!;
    const path = writeBytes(dir.file('swallowed-header.csv'), file(rows, ',', '\r\n'));
    const result = await readScorecard(path);
    expect(result.scorecard).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.where.file, d.where.line])).toEqual([['error', 'csv-unclosed-quote', path, line]]);
  });
});

const COMMENTARY = '"Performance fell, then rose.\nThe service expects, next quarter, a return to target."';

describe('cells written over several lines read cleanly', () => {
  const FINE: [string, string[]][] = [
    ['commentary with commas over two lines', ['ID,Title,Period,Value,Commentary', `NI68,Referrals,2016-17 Q2,60.4,${COMMENTARY}`, 'NI68,Referrals,2016-17 Q3,64.7,']],
    [
      'commentary on every row, several lines each',
      [
        'ID,Title,Period,Value,Commentary',
        'NI68,Referrals,2016-17 Q2,60.4,"Fell, as expected.\nStaffing, recruitment and training are in hand.\nSee the plan."',
        'NI68,Referrals,2016-17 Q3,64.7,"Rose, a little.\nOn track, says the service, for Q4."',
      ],
    ],
    ['commentary ending in a line break', ['ID,Title,Period,Value,Commentary', 'NI68,Referrals,2016-17 Q3,64.7,"Rose.\n"', 'NI60,Core assessments,2016-17 Q3,70,']],
    ['commentary starting with a line break', ['ID,Title,Period,Value,Commentary', 'NI68,Referrals,2016-17 Q3,64.7,"\nRose, as planned."', 'NI60,Core assessments,2016-17 Q3,70,']],
    ['a header cell over two lines', ['ID,Title,Period,"Value\n(£000)"', 'BUD1,Overspend,2016-17 Q3,"800,000"', 'BUD2,Underspend,2016-17 Q3,12']],
    ['a quoted field with one comma', ['ID,Title,Period,Value', 'BUD1,Overspend,2016-17 Q3,"800,000"', 'BUD2,"Capital, revenue",2016-17 Q3,12']],
    ['a table in a cell (pipes on a comma file)', ['ID,Title,Period,Value,Commentary', 'NI68,Referrals,2016-17 Q3,64.7,"| a | b |\n|---|---|\n| 1 | 2 |"', 'NI60,Core assessments,2016-17 Q3,70,']],
  ];
  const cases = FINE.flatMap(([name, rows]) =>
    DELIMITERS.flatMap(([d, delimiter]) => ENDINGS.map(([e, ending]) => [`${name}; ${d}, ${e}`, file(rows, delimiter, ending), rows.length] as const)),
  );
  it.each(cases)('%s', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  it('the commentary is kept as written, its line breaks as LF whatever the file’s endings', () => {
    for (const [, ending] of ENDINGS) {
      const { grid } = parseCsv(file(FINE[0]![1], ',', ending), 'scorecard.csv');
      expect(grid.rows[1]!.cells.get(5)).toEqual({ kind: 'text', text: 'Performance fell, then rose.\nThe service expects, next quarter, a return to target.' });
    }
  });

  it('a single-column file, a cell over two lines included', () => {
    expect(problems('ID\nNI68\n"NI60\nand NI61"\nNI62\n')).toEqual([]);
    expect(problems('Commentary\r\n"Fell, then rose.\r\nExpected, next quarter, to recover."\r\n')).toEqual([]);
  });

  it('a file with CRLF and LF lines (pasted together) and commentary over lines reads as rows', () => {
    const text = `ID,Title,Period,Value,Commentary\r\nNI68,Referrals,2016-17 Q2,60.4,${COMMENTARY}\nNI68,Referrals,2016-17 Q3,64.7,\r\nNI68,Referrals,2016-17 Q4,66,\n`;
    const parsed = parseCsv(text, 'scorecard.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.grid.rows.map((r) => r.cells.get(4))).toEqual(['Value', '60.4', '64.7', '66'].map((text) => ({ kind: 'text', text })));
  });

  it('through readScorecard: commentary over lines gives a scorecard with no diagnostics', async () => {
    const rows = ['ID,Title,Polarity,Unit,Period,Value,Target,Commentary', `NI68,Referrals to assessment,higher,percent,2016-17 Q2,60.4%,70,${COMMENTARY}`, 'NI68,Referrals to assessment,higher,percent,2016-17 Q3,64.7%,70,'];
    const s = await readOk(writeBytes(dir.file('commentary.csv'), file(rows, ',', '\r\n')));
    expect(s.diagnostics).toEqual([]);
    expect(s.observations.map((o) => o.value)).toEqual([60.4, 64.7]);
  });
});
