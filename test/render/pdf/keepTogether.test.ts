// A chart never sits on a different page from the paragraph that introduces it (issue 10 item 3): the paragraph
// (or heading) just before a figure and the figure with its caption share a page, checked on the PDF's text.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { plainText } from '../../../src/model/index.js';
import type { Block, Document, Figure } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { readScorecard } from '../../../src/read/index.js';
import { paper } from '../../papers/support.js';
import { cabinetPaper, h, p, t } from './fixtures.js';
import { pdfinfo, pdftotext, writePdf } from './tools.js';

const HART = 'test/fixtures/papers/hart-real.xlsx';

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface Pairing {
  /** What the reader sees of the chart: its caption, or the title the chart draws when it has none. */
  chart: string;
  /** The last words of the paragraph or heading before it. */
  lead: string;
}

/** Every figure with the block before it, in reading order, through boxes and lists. */
function pairings(blocks: readonly Block[], found: Pairing[] = []): Pairing[] {
  blocks.forEach((block, i) => {
    if (block.type === 'box') pairings(block.children, found);
    if (block.type === 'list') block.items.forEach((item) => pairings(item.children, found));
    const before = blocks[i - 1];
    if (block.type !== 'figure' || (before?.type !== 'paragraph' && before?.type !== 'heading')) return;
    const lead = words(plainText(before.children)).split(' ').slice(-6).join(' ');
    found.push({ chart: words((block as Figure).caption ?? block.chart.title), lead });
  });
  return found;
}

async function pagesOf(name: string, doc: Document): Promise<string[]> {
  const file = writePdf(name, await renderPdf(doc));
  const count = Number(pdfinfo(file)['Pages']);
  return Array.from({ length: count }, (_, i) => words(pdftotext(file, i + 1)));
}

/**
 * Pairings whose chart is not on the page where its lead ends: each chart is found (pages searched forwards, as the
 * paper reads; captions name the indicator, so they are unique), and its lead must be on that page, above it.
 */
function separated(pages: readonly string[], found: readonly Pairing[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const pair of found) {
    const chartPage = pages.findIndex((text, i) => i >= from && text.includes(pair.chart));
    if (chartPage === -1) {
      problems.push(`chart "${pair.chart}" not found from page ${from + 1}`);
      continue;
    }
    const text = pages[chartPage] ?? '';
    const lead = text.slice(0, text.indexOf(pair.chart)).lastIndexOf(pair.lead);
    if (lead === -1) problems.push(`"${pair.chart}" on page ${chartPage + 1} is not with "${pair.lead}"`);
    from = chartPage;
  }
  return problems;
}

const base = cabinetPaper();
const chart = base.children.find((b): b is Figure => b.type === 'figure');
if (chart === undefined) throw new Error('the fixture paper has no figure');
const filler = (n: number): Block[] => Array.from({ length: n }, (_, i) => p(null, t(`Filler paragraph number ${i + 1}.`)));
const longParagraph = p(null, t('Performance this quarter is set out in detail below for the committee. '.repeat(30).trim()));

describe('keep a chart with its paragraph', () => {
  // Sweep the paragraph and chart down page 1 so the chart falls at every point of the foot.
  it.each([8, 14, 18, 22, 26])('after %i filler paragraphs, the chart stays with its one-line paragraph and heading', async (n) => {
    const children: Block[] = [...filler(n), h(2, null, 'Indicator heading'), p(null, t('The paragraph that introduces the chart below.')), chart];
    const pages = await pagesOf(`keep-figure-${n}`, { ...base, children });
    expect(separated(pages, pairings(children))).toEqual([]);
    // The heading goes with them.
    expect(pages.findIndex((text) => text.includes('Indicator heading'))).toBe(pages.findIndex((text) => text.includes('The paragraph that introduces')));
  });

  it.each([4, 12, 20])('after %i filler paragraphs, a long paragraph keeps its last lines with the chart', async (n) => {
    const children: Block[] = [...filler(n), longParagraph, chart];
    const pages = await pagesOf(`keep-figure-long-${n}`, { ...base, children });
    expect(separated(pages, pairings(children))).toEqual([]);
  });

  it.skipIf(!existsSync(HART))(
    'on Hart’s cabinet paper every chart is on the page of the paragraph before it',
    async () => {
      const read = await readScorecard(HART);
      const { document } = paper('cabinet-paper', analyse(read.scorecard!));
      const found = pairings(document.children);
      expect(found.length).toBeGreaterThanOrEqual(40);
      const pages = await pagesOf('keep-figure-hart-cabinet', document);
      expect(separated(pages, found)).toEqual([]);
    },
    120_000,
  );
});
