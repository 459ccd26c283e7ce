// A run of text written directly (drawTextRun) is written operator for operator as pdfkit's text() writes it, for
// any text in the papers' fonts: kerned pairs, marks positioned by the font, spaces, any size and place, both
// baselines; and the document's page fonts, font subsets and cursor are left as text() leaves them, but for its advance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPdfDocument } from '../../../src/render/pdf/document.js';
import type { PdfDocument } from '../../../src/render/pdf/pdfkit.js';
import { drawTextRun, type TextBaseline } from '../../../src/render/pdf/textRun.js';

const META = { title: 'Runs', subject: null, author: null, keywords: [], language: 'en-GB', date: '2017-01-12' };

/** A document of the papers' own, with one page, whose content operators are recorded. */
function recording(): { pdf: PdfDocument; operators: string[] } {
  const { pdf } = createPdfDocument(META);
  pdf.addPage();
  const host = pdf as unknown as { addContent(s: string): unknown };
  const operators: string[] = [];
  // Line by line, as the content stream holds them: a write of several operators is the same lines as one write each.
  host.addContent = (s: string) => (operators.push(...s.split('\n')), pdf);
  return { pdf, operators };
}

interface Run {
  text: string;
  face: 'regular' | 'bold' | 'italic' | 'boldItalic';
  size: number;
  x: number;
  y: number;
  baseline: TextBaseline | undefined;
}

function both(runs: readonly Run[]): { ours: ReturnType<typeof recording>; theirs: ReturnType<typeof recording> } {
  const ours = recording();
  const theirs = recording();
  for (const run of runs) {
    ours.pdf.font(run.face).fontSize(run.size).fillColor('#0b0c0c');
    drawTextRun(ours.pdf, run.text, run.x, run.y, run.baseline === undefined ? {} : { baseline: run.baseline });
    theirs.pdf.font(run.face).fontSize(run.size).fillColor('#0b0c0c');
    theirs.pdf.text(run.text, run.x, run.y, { lineBreak: false, ...(run.baseline === undefined ? {} : { baseline: run.baseline }) });
  }
  return { ours, theirs };
}

/** The finished file: its font subsets, widths and character maps are filled in as the runs were encoded. */
function finished(pdf: PdfDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.end();
  });
}

/** A run of `text` in any face, at any size, place and baseline. */
const runOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Run> =>
  fc.record({
    text,
    face: fc.constantFrom('regular', 'bold', 'italic', 'boldItalic') as fc.Arbitrary<Run['face']>,
    size: fc.double({ min: 4, max: 40, noNaN: true }),
    x: fc.double({ min: -100, max: 700, noNaN: true }),
    y: fc.double({ min: -100, max: 900, noNaN: true }),
    baseline: fc.constantFrom(undefined, 'top', 'alphabetic') as fc.Arbitrary<TextBaseline | undefined>,
  });

const pageFonts = (pdf: PdfDocument): string[] => Object.keys((pdf as unknown as { page: { fonts: object } }).page.fonts).sort();

const words = [
  'Performance at the end of Quarter 3 is 64.7% (an increase from 60.4% at the end of Quarter 2).',
  'AVAWAY Ty Yo Wa LT “quoted” – £1,234.56 ≤ 5',
  'Cafe\u0301 na\u0308ive e\u0323\u0302 a\u030a',
  '  leading and trailing spaces  ',
  'Ł ž İ ı Ğ ş ß Æ œ ½ ¾ × ÷ µ',
];

describe('drawTextRun', () => {
  it('writes the words of real papers as text() does, in every face and on both baselines', async () => {
    const runs: Run[] = [];
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      for (const baseline of [undefined, 'top', 'alphabetic'] as const) {
        for (const [i, text] of words.entries()) runs.push({ text, face, size: 9 + i * 1.37, x: 56.7 + i, y: 100.123456789 + i * 13, baseline });
      }
    }
    const { ours, theirs } = both(runs);
    expect(ours.operators).toEqual(theirs.operators);
    // The words with marks do move glyphs off the line: the path for offsets is exercised, not just the plain one.
    expect(ours.operators.filter((o) => o.endsWith(' Tm')).length).toBeGreaterThan(runs.length);
    expect(pageFonts(ours.pdf)).toEqual(pageFonts(theirs.pdf));
    // Each word is encoded once per document: the fonts come out as text() leaves them, subset, widths and all.
    expect(await finished(ours.pdf)).toEqual(await finished(theirs.pdf));
  });

  it('writes any text as text() does, anywhere on the page, and leaves the same fonts', async () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'AVWYTo.,- ’“”é£%'), fc.constantFrom('\u0301', '\u0308', '\u0323'), fc.integer({ min: 0x20, max: 0x17f }).map((c) => String.fromCharCode(c))), maxLength: 30 });
    const run = runOf(text);
    await fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), (runs) => {
        const { ours, theirs } = both(runs);
        expect(ours.operators).toEqual(theirs.operators);
      }),
      { numRuns: 300, seed: 20261130 },
    );
    // Finishing a document subsets its fonts (slow), so fewer, longer sequences for that.
    await fc.assert(
      fc.asyncProperty(fc.array(run, { minLength: 1, maxLength: 8 }), async (runs) => {
        const { ours, theirs } = both(runs);
        expect(await finished(ours.pdf)).toEqual(await finished(theirs.pdf));
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('writes a run drawn again, in any face, size, place and baseline, as text() does', async () => {
    // A few texts drawn many times: most words are ones the document has encoded before (encodeWords keeps them).
    const text = fc.constantFrom('Red', 'Green (G)', 'Q3 2016-17', 'AVAWAY Ty', 'Cafe\u0301 na\u0308ive', '64.7%', ' ');
    const run = runOf(text);
    await fc.assert(
      fc.asyncProperty(fc.array(run, { minLength: 2, maxLength: 16 }), async (runs) => {
        const { ours, theirs } = both(runs);
        expect(ours.operators).toEqual(theirs.operators);
        expect(await finished(ours.pdf)).toEqual(await finished(theirs.pdf));
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });

  it('leaves the cursor where text() puts it, but for the advance after the run', () => {
    const { ours, theirs } = both([{ text: 'Quarter 3', face: 'regular', size: 11, x: 72, y: 144, baseline: undefined }]);
    const cursor = (pdf: PdfDocument): { x: number; y: number } => ({ x: pdf.x, y: pdf.y });
    expect(cursor(ours.pdf)).toEqual({ x: 72, y: 144 });
    expect(cursor(theirs.pdf).y).toBe(144);
    expect(cursor(theirs.pdf).x).toBeGreaterThan(72);
  });

  it('hands an underlined run, and one with a line break, to text() itself', () => {
    const ours = recording();
    const theirs = recording();
    for (const [pdf, direct] of [[ours.pdf, true], [theirs.pdf, false]] as const) {
      pdf.font('regular').fontSize(11);
      if (direct) {
        drawTextRun(pdf, 'a link', 72, 100, { underline: true });
        drawTextRun(pdf, 'two\nlines', 72, 200);
      } else {
        pdf.text('a link', 72, 100, { lineBreak: false, underline: true });
        pdf.text('two\nlines', 72, 200, { lineBreak: false });
      }
    }
    expect(ours.operators).toEqual(theirs.operators);
    expect(ours.operators.some((o) => o.endsWith(' l'))).toBe(true);
  });
});
