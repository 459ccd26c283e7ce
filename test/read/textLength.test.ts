import { afterAll, describe, expect, it } from 'vitest';
import { readScorecard } from '../../src/read/index.js';
import { COMMENTARY_LIMIT, TITLE_LIMIT } from '../../src/read/textLength.js';
import { TempDir, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

async function read(title: string, commentary: string) {
  const file = await writeWorkbook(dir.file(`t${title.length}-${commentary.length}.xlsx`), [
    { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Target'], ['NI68', title, 'higher', 'percent', 72]] },
    { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 64.7]] },
    { name: 'Commentary', rows: [['ID', 'Section', 'Text'], ['NI68', 'position', commentary]] },
  ]);
  const result = await readScorecard(file);
  return { result, long: result.diagnostics.filter((d) => d.code.startsWith('long-')).map((d) => `${d.severity} ${d.where.sheet}!${d.where.cell}: ${d.message}`) };
}

describe('text longer than a paper can sensibly print', () => {
  it.each([
    // [title length, commentary length, warnings]
    [TITLE_LIMIT, COMMENTARY_LIMIT, 0],
    [TITLE_LIMIT + 1, COMMENTARY_LIMIT, 1],
    [TITLE_LIMIT, COMMENTARY_LIMIT + 1, 1],
    [32_767, 32_767, 2],
  ])('a %i-character title and %i-character commentary give %i warnings, and the text is kept whole', async (titleLength, commentaryLength, warnings) => {
    const { result, long } = await read('T'.repeat(titleLength), 'c'.repeat(commentaryLength));
    expect(long).toHaveLength(warnings);
    expect(result.scorecard?.indicators[0]?.title).toHaveLength(titleLength);
    expect(result.scorecard?.commentary[0]?.text).toHaveLength(commentaryLength);
  });

  it('names the cell, the indicator and the length in words a clerk can act on', async () => {
    const { long } = await read('T'.repeat(32_767), 'c'.repeat(32_767));
    expect(long).toEqual([
      "warning Indicators!B2: the title of NI68 is 32,767 characters long; a title over 250 crowds the papers' headings and tables, so shorten it (the papers print it in full)",
      'warning Commentary!C2: the position commentary for NI68 is 32,767 characters long; over 10,000 runs to pages in every paper that prints it, so check it is the text meant for the paper (it is printed in full)',
    ]);
  });
});
