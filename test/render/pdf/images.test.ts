// Chart images: opaque PNGs embedded directly from their IDAT data, others through pdfkit; both must show.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/model/types.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import { placeableImage, readPng } from '../../../src/render/pdf/images.js';
import { renderPdfWith } from '../../../src/render/pdf/index.js';
import { run, writePdf } from './tools.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A solid-colour opaque PNG (colour type 2), written by hand so the test controls every byte. */
function rgbPng(width: number, height: number, rgb: [number, number, number], split = false): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()])));
  const idat = deflateSync(raw);
  const half = Math.floor(idat.length / 2);
  const data = split ? [chunk('IDAT', idat.subarray(0, half)), chunk('IDAT', idat.subarray(half))] : [chunk('IDAT', idat)];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...data, chunk('IEND', Buffer.alloc(0))]);
}

function rgbaPng(): Uint8Array {
  const canvas = createCanvas(40, 20);
  const c = canvas.getContext('2d');
  c.fillStyle = '#00703c';
  c.fillRect(0, 0, 40, 20);
  return canvas.toBuffer('image/png');
}

const figurePaper = (): Document => ({
  type: 'document',
    style: defaultHouseStyle,
  meta: { title: 'Image test', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
  furniture: { header: null, footer: null },
  children: [
    {
      type: 'figure',
      chart: { kind: 'rag-summary', title: 'RAG', groups: [] },
      alt: 'A block of colour',
      caption: null,
      widthMm: 100,
      heightMm: 50,
    },
  ],
});

describe('readPng', () => {
  it('reads the header and joins split IDAT chunks', () => {
    const whole = readPng(rgbPng(4, 3, [1, 2, 3]));
    const split = readPng(rgbPng(4, 3, [1, 2, 3], true));
    expect(whole.header).toEqual({ width: 4, height: 3, bitDepth: 8, colourType: 2, interlace: 0 });
    expect(split.idat.equals(whole.idat)).toBe(true);
  });

  it.each([
    ['not a PNG', Buffer.from('GIF89a....'), 'not a PNG'],
    ['cut inside a chunk', rgbPng(4, 3, [1, 2, 3]).subarray(0, 45), 'truncated in its IDAT chunk'],
    ['cut between chunks', rgbPng(4, 3, [1, 2, 3]).subarray(0, 33), 'truncated (no IEND chunk)'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => readPng(bytes)).toThrow(message);
  });
});

describe('placeableImage', () => {
  it.each([
    ['opaque RGB embeds directly', rgbPng(40, 20, [212, 53, 28]), 'direct'],
    ['RGBA goes through pdfkit', rgbaPng(), 'pdfkit'],
  ])('%s', (_name, png, path) => {
    expect(Buffer.isBuffer(placeableImage(png, 'Chart1')) ? 'pdfkit' : 'direct').toBe(path);
  });

  it.each([
    ['opaque RGB', rgbPng(40, 20, [212, 53, 28]), /\s40\s+20\s+rgb\s+3\s+8\s+image/, '212,53,28'],
    ['RGBA', rgbaPng(), /\s40\s+20\s+rgb\s+3\s+8\s+image/, '0,112,60'],
  ])('%s shows in the PDF at its size and colour', async (name, png, listing, colour) => {
    const file = writePdf(`image-${name.replace(/\W+/g, '-')}`, await renderPdfWith(figurePaper(), { renderChart: () => Promise.resolve(png) }));
    expect(run('pdfimages', ['-list', file])).toMatch(listing);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    // The middle of the placed image, rendered: 100 mm × 50 mm from the top-left margin at 20 mm, 22 mm.
    const bytes = execFileSync('pdftoppm', ['-r', '36', '-x', '99', '-y', '70', '-W', '1', '-H', '1', file]);
    expect([...bytes.subarray(bytes.length - 3)].join(',')).toBe(colour);
  });
});
