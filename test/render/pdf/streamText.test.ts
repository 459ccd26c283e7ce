// Text written to pdfkit's stream objects and by the document itself, gathered and turned into bytes once per run of
// text, gives the same PDF, byte for byte, as pdfkit writing each operator and line on its own: text, paths, an
// embedded font and pictures (binary chunks between the text), several pages, compressed or not; the cross-reference
// table's offsets with them.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../../src/render/pdf/document.js';
import type { PdfDocument } from '../../../src/render/pdf/pdfkit.js';
import { gatherStreamText } from '../../../src/render/pdf/streamText.js';

const FONT = readFileSync('templates/fonts/LiberationSans-Regular.ttf');
/**
 * An opaque RGB PNG, made here: pdfkit embeds a picture with an alpha channel after an asynchronous decode, and where
 * its objects land in the file then depends on timing (two pictures on two pages come out in either order, with or
 * without gathering), so such a picture cannot show that two PDFs are the same.
 */
function opaquePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => [x * 9, y * 9, 120]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const LOGO = opaquePng(24, 16);
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
