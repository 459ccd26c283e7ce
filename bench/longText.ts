// Issue 12 item 2: PDF text layout is linear in the text's length. One 32,767-character word (Excel's cell limit) as
// an indicator's title (heading, chart title, caption, running header) and as its commentary lays out in about the
// time of a normal title. Warm, in process: the PDF renderer alone, each case the median of 3.
import { renderChart } from '../src/render/charts/index.js';
import { defaultHouseStyle, figure } from '../src/model/builders.js';
import type { Document, TrendPoint } from '../src/model/types.js';
import { renderPdfWith } from '../src/render/pdf/index.js';

export interface LongTextResult {
  name: string;
  seconds: number;
  peakMb: number;
  target: number | null;
}

/** A word of `length` characters with no space in it, made of ordinary letters and digits. */
export function unbrokenWord(length: number): string {
  const alphabet = 'Referralsgoingontoassessment0123456789';
  return Array.from({ length }, (_, i) => alphabet[i % alphabet.length]).join('');
}

/** A one-indicator paper whose title and commentary are `title` and `commentary`. */
export function paperWithTitle(title: string, commentary: string): Document {
  const points: TrendPoint[] = [
    { period: '2014-15 Q1', value: 60, target: 70, status: 'red' },
    { period: '2014-15 Q2', value: 65, target: 70, status: 'amber' },
  ];
  const chart = figure({ kind: 'trend', title, unit: 'percent', valueSuffix: '%', decimals: 1, points }, `Line chart of ${title}`, {
    caption: `${title}: the last 2 quarters against target`,
  });
  return {
    type: 'document',
    style: defaultHouseStyle,
    meta: { title, subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
    furniture: { header: title, footer: null },
    children: [
      { type: 'heading', level: 1, number: null, children: [{ type: 'text', value: title }] },
      { type: 'paragraph', number: '1.1', children: [{ type: 'text', value: `Performance at the end of Quarter 2 is 65%. ${commentary}` }] },
      chart,
    ],
  };
}

async function timed(doc: Document): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = process.hrtime.bigint();
    await renderPdfWith(doc, { renderChart });
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

export async function longTextBench(): Promise<LongTextResult[]> {
  const normalTitle = 'Percentage of referrals to children’s social care going on to initial assessment';
  await timed(paperWithTitle(normalTitle, 'The service has reviewed every referral.')); // warm up fonts and Chart.js
  const normal = await timed(paperWithTitle(normalTitle, 'The service has reviewed every referral.'));
  const peak = (): number => process.memoryUsage().rss / 1024 / 1024;
  const results: LongTextResult[] = [{ name: 'PDF of a one-indicator paper, normal title (warm, median of 3)', seconds: normal, peakMb: peak(), target: null }];
  for (const length of [2_500, 8_192, 32_767]) {
    const word = unbrokenWord(length);
    const seconds = await timed(paperWithTitle(word, word));
    // "About the time of a normal title": within a second of it, whatever the length (it was ~2 s and growing as length²).
    results.push({ name: `PDF with a ${length.toLocaleString('en-GB')}-character word as title and commentary (warm, median of 3)`, seconds, peakMb: peak(), target: length === 32_767 ? Math.round((normal + 1) * 100) / 100 : null });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await longTextBench()) console.log(`${r.name}: ${r.seconds.toFixed(2)} s, peak ${r.peakMb.toFixed(0)} MB${r.target === null ? '' : ` (target < ${r.target.toFixed(2)} s: ${r.seconds < r.target ? 'met' : 'MISSED'})`}`);
}
