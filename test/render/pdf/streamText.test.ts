// Text written to pdfkit's stream objects, gathered and turned into bytes once per run of text, gives the same PDF,
// byte for byte, as pdfkit writing each operator on its own: text, paths, an embedded font and a picture (binary
// chunks between the text), several pages, compressed or not.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../../src/render/pdf/document.js';
import type { PdfDocument } from '../../../src/render/pdf/pdfkit.js';
import { gatherStreamText } from '../../../src/render/pdf/streamText.js';

const FONT = readFileSync('templates/fonts/LiberationSans-Regular.ttf');
const LOGO = readFileSync('data/example-council/logo.png');
const WHEN = new Date(Date.UTC(2026, 10, 30));

async function paper(compress: boolean, gather: boolean): Promise<Buffer> {
  const pdf = new PDFDocument({ compress, autoFirstPage: false, info: { CreationDate: WHEN, ModDate: WHEN }, font: null as unknown as string }) as unknown as PdfDocument;
  if (gather) gatherStreamText(pdf);
  const bytes = collectBytes(pdf);
  pdf.registerFont('body', FONT as unknown as string);
  for (let page = 0; page < 3; page += 1) {
    pdf.addPage();
    pdf.font('body').fontSize(11).text(`Page ${page + 1}: performance at the end of Quarter 3 is 64.7% — Łódź, café, ≥ 5.`, 72, 72, { width: 400 });
    pdf.image(LOGO, 72, 200, { width: 120 });
    pdf.moveTo(72, 400).lineTo(300, 420).bezierCurveTo(320, 430, 340, 440, 360, 400).closePath().fillAndStroke('#1d70b8', '#0b0c0c');
    pdf.text('After the picture, more text in the same stream.', 72, 480);
  }
  pdf.end();
  return Buffer.from(await bytes);
}

describe('stream text gathered per run', () => {
  it.each([true, false])('gives pdfkit’s bytes (compressed: %s)', async (compress) => {
    const gathered = await paper(compress, true);
    expect(gathered.equals(await paper(compress, false))).toBe(true);
    expect(gathered.length).toBeGreaterThan(10_000);
  });
});
