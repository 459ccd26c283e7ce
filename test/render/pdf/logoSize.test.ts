// The logo on the PDF's front sheet is sized and placed as in the DOCX (reviewer's item 3): the configured width,
// scaled down (aspect kept) to at most 35 mm tall, right-aligned at the top of the first page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import type { Document } from '../../../src/model/types.js';
import { PAGE, mmToPt } from '../../../src/render/pdf/layout.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { h, p, t } from './fixtures.js';
import { OUT_DIR, writePdf } from './tools.js';

const PYTHON = '/usr/bin/python3';

/** The Figure's bounding box [left, bottom, right, top] in PDF points, read from the structure tree. */
function figureBox(file: string): number[] {
  const script = [
    'import sys, pikepdf',
    'pdf = pikepdf.open(sys.argv[1])',
    'def walk(node):',
    '    if isinstance(node, pikepdf.Array):',
    '        for k in node: walk(k)',
    '        return',
    '    if not isinstance(node, pikepdf.Dictionary): return',
    '    if str(node.get("/S")) == "/Figure": print(" ".join(str(float(v)) for v in node.A.BBox))',
    '    k = node.get("/K")',
    '    if k is not None: walk(k)',
    'walk(pdf.Root.StructTreeRoot.K)',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
}

function logo(pixelWidth: number, pixelHeight: number): string {
  const canvas = createCanvas(pixelWidth, pixelHeight);
  canvas.getContext('2d').fillRect(0, 0, pixelWidth, pixelHeight);
  const file = join(OUT_DIR, `logo-size-${pixelWidth}x${pixelHeight}.png`);
  writeFileSync(file, canvas.toBuffer('image/png'));
  return file;
}

const paper = (file: string, widthMm: number): Document => ({
  type: 'document',
  style: { ...defaultHouseStyle, logo: { file, alt: 'Council logo', widthMm } },
  meta: { title: 'Logo', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
  furniture: { header: null, footer: null },
  children: [h(1, null, 'Logo'), p(null, t('The front sheet.'))],
});

describe.skipIf(!existsSync(PYTHON))('renderPdf: the logo is sized and placed as in the DOCX', () => {
  it.each([
    // [case, picture width × height in pixels, widthMm, drawn width × height in mm]
    ['a banner at 40 mm', 300, 100, 40, 40, 40 / 3],
    ['a square crest at 80 mm is capped at 35 mm tall', 100, 100, 80, 35, 35],
    ['a 2:1 logo at 80 mm is capped at 35 mm tall', 200, 100, 80, 70, 35],
    ['a tall logo at 10 mm is under the cap', 100, 200, 10, 10, 20],
  ])('%s', async (name, pixelWidth, pixelHeight, widthMm, drawnWidth, drawnHeight) => {
    mkdirSync(OUT_DIR, { recursive: true });
    const file = writePdf(`logo-size-${name.replace(/\W+/g, '-')}`, await renderPdf(paper(logo(pixelWidth, pixelHeight), widthMm)));
    const [left = 0, bottom = 0, right = 0, top = 0] = figureBox(file);
    expect(right - left).toBeCloseTo(mmToPt(drawnWidth), 1);
    expect(Math.abs(top - bottom)).toBeCloseTo(mmToPt(drawnHeight), 1);
    // Right-aligned to the text's right margin.
    expect(right).toBeCloseTo(PAGE.width - PAGE.margin.right, 1);
  });
});
