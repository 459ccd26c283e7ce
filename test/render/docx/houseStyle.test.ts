// The council's house style in the DOCX: its font named (and embedded when asked), heading colour, table header fill,
// logo with alt text on the front sheet; wide tables on landscape pages; a paragraph kept with the chart it introduces.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from 'canvas';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { Block, Document, HouseStyle } from '../../../src/model/types.js';
import { cabinetPaper, fakeChart, onePixelPng } from './paper.fixture.js';
import { elements, part, readParts, textOf } from './parts.js';
import type { Parts } from './parts.js';

const fonts = join(import.meta.dirname, '../../../templates/fonts');
let dir = '';
let parts: Parts = {};
let styled: Document;

const councilStyle = (logo: string): HouseStyle => ({
  font: {
    name: 'Council Sans',
    files: {
      regular: join(fonts, 'LiberationSans-Regular.ttf'),
      bold: join(fonts, 'LiberationSans-Bold.ttf'),
      italic: join(fonts, 'LiberationSans-Italic.ttf'),
      boldItalic: join(fonts, 'LiberationSans-BoldItalic.ttf'),
    },
    embedInDocx: true,
  },
  logo: { file: logo, alt: 'Wirral Council logo', widthMm: 50 },
  colours: { heading: '#6a1b4d', accent: '#00703c', tableHeader: '#1d3557' },
  header: null,
  footer: null,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'boardpack-style-'));
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, onePixelPng);
  styled = { ...cabinetPaper(6), style: councilStyle(logo) };
  parts = await readParts(await renderDocx(styled, { renderChart: fakeChart }));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('house style', () => {
  it('names the council font in the document defaults and every heading', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(elements(styles, 'w:docDefaults')[0]).toContain('w:ascii="Council Sans"');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = elements(styles, 'w:style').find((xml) => xml.includes(`w:styleId="${id}"`)) ?? '';
      expect(style, id).toContain('w:ascii="Council Sans"');
      expect(style, id).toContain('<w:color w:val="6A1B4D"/>');
    }
  });

  it('embeds the four faces, obfuscated as Word does, when embedInDocx is set', () => {
    const fontTable = part(parts, 'word/fontTable.xml');
    for (const face of ['w:embedRegular', 'w:embedBold', 'w:embedItalic', 'w:embedBoldItalic']) expect(fontTable).toContain(face);
    expect(Object.keys(parts).filter((name) => name.endsWith('.odttf'))).toHaveLength(4);
  });

  it('obfuscates each face with its key: undone with the key, the face is the font file again', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(styled, { renderChart: fakeChart }));
    const key = /<w:embedRegular r:id="[^"]+" w:fontKey="\{([^}]+)\}"/.exec(part(parts, 'word/fontTable.xml'))?.[1] ?? '';
    const mask = (key.replace(/-/g, '').match(/../g) ?? []).map((hex) => Number.parseInt(hex, 16)).reverse();
    const face = await zip.file('word/fonts/font1.odttf')?.async('uint8array');
    const original = readFileSync(join(fonts, 'LiberationSans-Regular.ttf'));
    const restored = Uint8Array.from(face ?? [], (byte, i) => (i < 32 ? byte ^ (mask[i % 16] ?? 0) : byte));
    expect(Buffer.from(restored).equals(original)).toBe(true);
  });

  it('fills table header rows with the house colour, the text in the colour that reads on it', () => {
    const body = part(parts, 'word/document.xml');
    const headerRow = elements(body, 'w:tr').find((row) => row.includes('<w:tblHeader/>')) ?? '';
    expect(headerRow).toContain('w:fill="1D3557"');
    expect(headerRow).toContain('<w:color w:val="FFFFFF"/>');
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="PaperTable"[^]*w:fill="1D3557"/);
  });

  it('opens the front sheet with the logo, its alt text on the picture', () => {
    const body = part(parts, 'word/document.xml');
    const first = elements(body, 'w:p')[0] ?? '';
    expect(first).toContain('<w:drawing>');
    expect(first).toMatch(/<wp:docPr [^>]*descr="Wirral Council logo"/);
    // The one-pixel (square) logo at 50 mm is capped at 35 mm tall, so 35 mm wide.
    expect(first).toContain('cx="1260000"');
  });

  /** One millimetre in EMU, Word's unit for a drawing's extent. */
  const EMU_PER_MM = 36000;

  it.each([
    // [case, picture width × height in pixels, widthMm, drawn width × height in mm]
    ['a banner at 40 mm', 300, 100, 40, 40, 40 / 3],
    ['a square crest at 80 mm is capped at 35 mm tall', 100, 100, 80, 35, 35],
    ['a 2:1 logo at 80 mm is capped at 35 mm tall', 200, 100, 80, 70, 35],
    ['a tall logo at 10 mm is under the cap', 100, 200, 10, 10, 20],
  ])('sizes and right-aligns the logo as the PDF does: %s', async (_case, pixelWidth, pixelHeight, widthMm, drawnWidth, drawnHeight) => {
    const canvas = createCanvas(pixelWidth, pixelHeight);
    canvas.getContext('2d').fillRect(0, 0, pixelWidth, pixelHeight);
    const logo = join(dir, `logo-${pixelWidth}x${pixelHeight}.png`);
    writeFileSync(logo, canvas.toBuffer('image/png'));
    const base = cabinetPaper(1);
    const doc: Document = { ...base, style: { ...base.style, logo: { file: logo, alt: 'Council logo', widthMm } } };
    const first = elements(part(await readParts(await renderDocx(doc, { renderChart: fakeChart })), 'word/document.xml'), 'w:p')[0] ?? '';
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(first);
    expect(Number(extent?.[1]) / EMU_PER_MM).toBeCloseTo(drawnWidth, 2);
    expect(Number(extent?.[2]) / EMU_PER_MM).toBeCloseTo(drawnHeight, 2);
    expect(first).toContain('<w:jc w:val="right"/>');
  });

  it('gives the same bytes twice, font embedding and logo included', async () => {
    const again = await renderDocx(styled, { renderChart: fakeChart });
    const once = await renderDocx(styled, { renderChart: fakeChart });
    expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
  });
});

describe('layout', () => {
  const wideTable: Block = {
    type: 'table',
    role: 'data',
    caption: 'Scorecard',
    columns: Array.from({ length: 8 }, () => ({ align: 'left' as const, width: null })),
    header: [{ type: 'tableRow', cells: Array.from({ length: 8 }, (_, i) => ({ type: 'tableCell' as const, status: null, children: [{ type: 'text' as const, value: `Column ${i + 1}` }] })) }],
    rows: [{ type: 'tableRow', cells: Array.from({ length: 8 }, () => ({ type: 'tableCell' as const, status: null, children: [{ type: 'text' as const, value: 'x' }] })) }],
  };

  it('sets a table of 7 or more columns, with the heading before it, in a landscape section of its own', async () => {
    const base = cabinetPaper(3);
    const doc: Document = {
      ...base,
      children: [...base.children, { type: 'pageBreak' }, { type: 'heading', level: 1, number: null, children: [{ type: 'text', value: 'Appendix: scorecard' }] }, wideTable],
    };
    const body = part(await readParts(await renderDocx(doc, { renderChart: fakeChart })), 'word/document.xml');
    const sections = body.match(/<w:sectPr\b[^]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('w:orient="portrait"');
    expect(sections[1]).toContain('w:orient="landscape"');
    const heading = body.lastIndexOf('>Appendix: scorecard<');
    expect(heading).toBeGreaterThan(body.indexOf(sections[0] ?? ''));
  });

  it('keeps the paragraph before a chart with it', async () => {
    const body = part(parts, 'word/document.xml');
    const paragraphs = elements(body, 'w:p');
    const chartAt = paragraphs.findIndex((p) => p.includes('<w:drawing>') && !p.includes('logo'));
    const charts = paragraphs.flatMap((p, i) => (p.includes('<c:chart') || (p.includes('<w:drawing>') && i > 0) ? [i] : []));
    expect(chartAt).toBeGreaterThan(0);
    for (const at of charts) {
      const before = paragraphs[at - 1] ?? '';
      if (/w:val="(Caption|Heading\d)"/.test(before) || textOf(before) === '') continue;
      expect(before, textOf(before)).toContain('<w:keepNext/>');
    }
  });
});
