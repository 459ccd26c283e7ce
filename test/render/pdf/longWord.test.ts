// Issue 12 item 2: a 32,767-character word (Excel's cell limit) with no space in it, as a title, commentary and
// caption, is laid out whole (no character lost) and inside the page margins. Speed is in bench/longText.ts.
import { describe, expect, it } from 'vitest';
import { paperWithTitle, unbrokenWord } from '../../../bench/longText.js';
import { wrapWords } from '../../../src/render/charts/wrapWords.js';
import { createPdfDocument } from '../../../src/render/pdf/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { PAGE } from '../../../src/render/pdf/layout.js';
import { breakLines, charsThatFit } from '../../../src/render/pdf/lines.js';
import { pdfinfo, pdftotext, run, writePdf } from './tools.js';

const WORD = unbrokenWord(32_767);

describe('a word longer than a line', () => {
  const { pdf } = createPdfDocument({ title: 't', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' });
  const measure = (text: string): number => pdf.font('regular').fontSize(11).widthOfString(text);

  it.each([
    ['one character', 'W', 100],
    ['a word that fits', 'Assessment', 100],
    ['two lines of W', 'W'.repeat(20), 100],
    ['a 32,767-character word', WORD, 451],
    ['a line narrower than a character', 'WWW', 1],
  ])('%s is broken into lines that hold every character and fit the width', (_name, word, width) => {
    const lines = breakLines([{ kind: 'text', text: word, face: 'regular', link: null }], width, (text) => measure(text));
    expect(lines.map((line) => line.fragments.map((f) => f.text).join('')).join('')).toBe(word);
    for (const line of lines) {
      // A line narrower than one character still takes one character: nothing is dropped.
      if (line.fragments[0]?.text.length !== 1) expect(line.width).toBeLessThanOrEqual(width);
    }
  });

  it('fills each line: adding the next character would overflow it', () => {
    const chars = [...WORD.slice(0, 500)];
    const count = charsThatFit(chars, 0, 200, measure);
    expect(measure(chars.slice(0, count).join(''))).toBeLessThanOrEqual(200);
    expect(measure(chars.slice(0, count + 1).join(''))).toBeGreaterThan(200);
  });
});

describe('a chart title that is one long word', () => {
  it('takes three lines of the chart, cut to the line and ending in an ellipsis', () => {
    const lines = wrapWords(WORD, 60, { maxLines: 3, breakLongWords: true });
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => [...line].length <= 60)).toBe(true);
    expect(lines.join('').replace(/\u2026$/, '')).toBe(WORD.slice(0, 179));
  });
});

describe('a paper whose indicator title and commentary are one 32,767-character word', () => {
  it('prints the word whole in the heading, the paragraph and the caption, every mark inside the margins', async () => {
    const doc = { ...paperWithTitle(WORD, WORD), furniture: { header: null, footer: null } };
    const file = writePdf('long-word', await renderPdf(doc));
    const pages = Number(pdfinfo(file)['Pages']);
    expect(pages).toBeGreaterThan(10);

    // The text with page labels and line breaks taken out: the heading, the paragraph and the caption run unbroken.
    const text = pdftotext(file).replace(/Page \d+ of \d+/g, '').replace(/\s+/g, '');
    expect(text.split(WORD).length - 1).toBeGreaterThanOrEqual(3);

    // Every word's box within the page's margins (the page label, on the footer line, sits in the bottom margin by design).
    const boxes = [...run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    expect(boxes.length).toBeGreaterThan(pages * 3);
    const outside: string[] = [];
    const right = PAGE.width - PAGE.margin.right + 0.5;
    const bottom = PAGE.height - PAGE.margin.bottom + 0.5;
    for (const [, xMin, yMin, xMax, yMax, word] of boxes) {
      if (Math.abs(Number(yMin) - PAGE.footerY) < 3) continue;
      if (Number(xMin) < PAGE.margin.left - 0.5 || Number(xMax) > right || Number(yMin) < PAGE.margin.top - 12 || Number(yMax) > bottom) {
        outside.push(`${(word ?? '').slice(0, 20)}… at ${xMin},${yMin}–${xMax},${yMax}`);
      }
    }
    expect(outside).toEqual([]);
  }, 60_000);
});
