// Issue 12 item 2: DOCX layout is linear in the text's length. One 32,767-character word (Excel's cell limit) as an
// indicator's title (heading, chart title, caption, running header) and as its commentary renders in about the time
// of a normal title. Warm, in process: the DOCX renderer alone (page numbers estimated as for a short paper), each
// case the median of 3. Was 6.4 / 13.1 / 165 s for 2,500 / 5,000 / 32,767 characters: docx/layout's page-number
// estimate breaks an over-long word one character at a time, re-measuring the line each time.
import { renderChart } from '../src/render/charts/index.js';
import type { Document } from '../src/model/types.js';
import { renderDocx } from '../src/render/docx/index.js';
import type { LongTextResult } from './longText.js';
import { paperWithTitle, unbrokenWord } from './longText.js';

async function timed(doc: Document): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = process.hrtime.bigint();
    await renderDocx(doc, { renderChart, pageNumbers: 'auto' });
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

export async function longTextDocxBench(): Promise<LongTextResult[]> {
  const normalTitle = 'Percentage of referrals to children’s social care going on to initial assessment';
  const normalPaper = paperWithTitle(normalTitle, 'The service has reviewed every referral.');
  await timed(normalPaper); // warm up fonts, Chart.js and the layout's width tables
  const normal = await timed(normalPaper);
  const peak = (): number => process.memoryUsage().rss / 1024 / 1024;
  const results: LongTextResult[] = [{ name: 'DOCX of a one-indicator paper, normal title (warm, median of 3)', seconds: normal, peakMb: peak(), target: null }];
  for (const length of [2_500, 8_192, 32_767]) {
    const word = unbrokenWord(length);
    const seconds = await timed(paperWithTitle(word, word));
    results.push({ name: `DOCX with a ${length.toLocaleString('en-GB')}-character word as title and commentary (warm, median of 3)`, seconds, peakMb: peak(), target: length === 32_767 ? Math.round((normal + 1) * 100) / 100 : null });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await longTextDocxBench()) console.log(`${r.name}: ${r.seconds.toFixed(2)} s, peak ${r.peakMb.toFixed(0)} MB${r.target === null ? '' : ` (target < ${r.target.toFixed(2)} s: ${r.seconds < r.target ? 'met' : 'MISSED'})`}`);
}
