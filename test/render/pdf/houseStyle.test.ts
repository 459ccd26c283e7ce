// House style in the PDF (issue 10 item 4): the council's font embedded for all text (charts keep Liberation Sans,
// the font they are measured in), heading and accent colours, the table header fill with readable text, the logo
// as a tagged Figure, and indicator cells of a scorecard tagged as row headers (item 5).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from 'canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import type { Document, HouseStyle, Table } from '../../../src/model/types.js';
import type { ChartDrawing } from '../../../src/render/charts/index.js';
import { drawChartVectors } from '../../../src/render/pdf/chartVectors.js';
import { RenderContext } from '../../../src/render/pdf/context.js';
import type { PdfDocument } from '../../../src/render/pdf/pdfkit.js';
import { createPdfDocument } from '../../../src/render/pdf/document.js';
import { renderBlocks } from '../../../src/render/pdf/handlers/index.js';
import { layoutRow } from '../../../src/render/pdf/handlers/tableLayout.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cabinetPaper, cell, row } from './fixtures.js';
import { OUT_DIR, pdfFonts, pdftotext, qdf, run, writePdf } from './tools.js';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const files = {
  regular: join(DEJAVU, 'DejaVuSans.ttf'),
  bold: join(DEJAVU, 'DejaVuSans-Bold.ttf'),
  italic: join(DEJAVU, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(DEJAVU, 'DejaVuSans-BoldOblique.ttf'),
};
const haveDejaVu = Object.values(files).every((f) => existsSync(f));

function logoFile(): string {
  const canvas = createCanvas(300, 100);
  const c = canvas.getContext('2d');
  c.fillStyle = '#005a3c';
  c.fillRect(0, 0, 300, 100);
  const file = join(OUT_DIR, 'house-logo.png');
  writeFileSync(file, canvas.toBuffer('image/png'));
  return file;
}

const councilStyle = (logo: string): HouseStyle => ({
  font: { name: 'DejaVu Sans', files, embedInDocx: false },
  logo: { file: logo, alt: 'Greenfield District Council', widthMm: 40 },
  colours: { heading: '#005a3c', accent: '#78286e', tableHeader: '#005a3c' },
  header: 'Greenfield District Council',
  footer: 'OFFICIAL',
});


describe.skipIf(!haveDejaVu)('renderPdf: a council house style', () => {
  let file = '';
  let structure = '';
  let doc: Document;
  let bytes: Uint8Array;
  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const base = cabinetPaper();
    doc = { ...base, style: councilStyle(logoFile()), furniture: { header: 'Greenfield District Council', footer: 'OFFICIAL' } };
    bytes = await renderPdf(doc);
    file = writePdf('house-style', bytes);
    structure = qdf(file);
  }, 60_000);

  it('gives the same bytes again, after a paper in the bundled font has been measured in between', async () => {
    await renderPdf(cabinetPaper());
    expect(Buffer.from(await renderPdf(doc)).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('embeds the council font for the text and Liberation Sans for the chart, every font embedded', () => {
    const list = pdfFonts(file);
    expect(list.every((f) => f.embedded), JSON.stringify(list)).toBe(true);
    const families = new Set(list.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')));
    expect(families).toContain('DejaVuSans');
    expect(families).toContain('DejaVuSans-Bold');
    expect(families).toContain('LiberationSans');
    expect([...families].every((name) => /^(DejaVuSans|LiberationSans)/.test(name))).toBe(true);
  });

  it('puts the logo on the first page as a Figure with its alt text, and it is the only picture', () => {
    expect(structure).toMatch(/\/Alt \(Greenfield District Council\)/);
    // The canvas-drawn logo has an alpha channel: the picture and its soft mask.
    const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2).filter((line) => !/\bsmask\b/.test(line));
    expect(images).toHaveLength(1);
    expect(images[0]?.trim().split(/\s+/)[0]).toBe('1');
  });

  it('sets headings in the heading colour and rules in the accent', () => {
    // pdfkit writes #005a3c as its 0–1 components; the accent strokes the recommendations box and the header rule.
    expect(structure).toMatch(/0 0\.35294\d* 0\.23529\d* scn/);
    expect(structure).toMatch(/0\.47058\d* 0\.15686\d* 0\.43137\d* SCN/);
  });

  it('tags each scorecard row’s Ref and Indicator cells as row headers (TH, Scope Row)', () => {
    // 47 indicator rows × 2 columns, and the front sheet's 4 labels.
    const rowHeaders = structure.match(/\/Scope \/Row/g) ?? [];
    expect(rowHeaders.length).toBe(47 * 2 + 4);
  });

  it('prints the running header and footer on every page', () => {
    expect(pdftotext(file, 2)).toContain('Greenfield District Council');
    expect(pdftotext(file, 2)).toContain('OFFICIAL');
  });
});

describe('table header cells in the house style', () => {
  const scorecard: Table = {
    type: 'table',
    role: 'data',
    caption: null,
    columns: [{ align: 'left', width: 1 }, { align: 'left', width: 4 }, { align: 'right', width: 1 }],
    header: [row(cell('Ref'), cell('Indicator'), cell('Value'))],
    rows: [row(cell('NI 68'), cell('Referrals going on to assessment'), cell('64.7%', 'red'))],
  };
  const comparison: Table = { ...scorecard, header: [row(cell('Quarter'), cell('Hart'), cell('England'))] };

  function contextWith(style: HouseStyle): RenderContext {
    const meta = { title: 't', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' };
    const { pdf } = createPdfDocument(meta, style.font.files);
    return new RenderContext(pdf, { charts: new Map(), headingPages: null, tocEntries: new Map(), renderBlocks, measureOnly: true, style }, false);
  }

  it.each([
    ['a pale fill (the default)', '#f3f2f1', '#0b0c0c'],
    ['a dark council green', '#005a3c', '#ffffff'],
    ['a mid blue', '#1d70b8', '#ffffff'],
  ])('%s gets text that reads on it', (_name, fill, text) => {
    const ctx = contextWith({ ...defaultHouseStyle, colours: { ...defaultHouseStyle.colours, tableHeader: fill } });
    const header = layoutRow(ctx, scorecard, scorecard.header[0]!, true, 0, [50, 200, 50]);
    expect(header.cells.map((c) => [c.fill, c.colour])).toEqual([[fill, text], [fill, text], [fill, text]]);
  });

  it.each([
    ['a scorecard (Ref, Indicator)', scorecard, ['rowHeader', 'rowHeader', 'data']],
    ['a comparison table (Quarter first)', comparison, ['data', 'data', 'data']],
  ])('%s tags its indicator columns as row headers, set as data', (_name, table, roles) => {
    const ctx = contextWith(defaultHouseStyle);
    const body = layoutRow(ctx, table, table.rows[0]!, false, 0, [50, 200, 50]);
    expect(body.cells.map((c) => c.role)).toEqual(roles);
    expect(body.cells.slice(0, 2).map((c) => c.fill)).toEqual([null, null]);
    expect(body.cells[0]?.lines[0]?.fragments[0]?.face).toBe('regular');
  });
});

describe('chart replay in the house style', () => {
  /** A stand-in pdfkit document that records the colours and fonts asked for. */
  function recorder(): { pdf: PdfDocument; calls: string[] } {
    const calls: string[] = [];
    // What a run of text written directly reads of the document (src/render/pdf/textRun.ts).
    const state: Record<string, unknown> = {
      page: { height: 50, fonts: {} },
      _font: { id: 'F1', ascender: 905, ref: () => null, encode: () => [[], []] },
      _fontSize: 10,
    };
    const pdf: Record<string, unknown> = {};
    const chain = new Proxy(pdf, {
      get: (_target, name) => state[String(name)] ?? ((...args: unknown[]) => {
        if (['fill', 'fillAndStroke', 'strokeColor', 'fillColor', 'font'].includes(String(name))) calls.push(`${String(name)} ${args.filter((a) => typeof a === 'string').join(' ')}`);
        return chain;
      }),
    });
    return { pdf: chain as unknown as PdfDocument, calls };
  }
  const stroke = { colour: '#1d70b8', widthPx: 2, dash: [], cap: 'butt' as const, join: 'miter' as const };
  const drawing: ChartDrawing = {
    widthPx: 100,
    heightPx: 50,
    dpi: 200,
    clips: [],
    valueAxis: null,
    marks: [
      { kind: 'path', d: 'M0 0 L10 0 L10 10 Z', fill: '#1d70b8', stroke: null, clip: null },
      { kind: 'path', d: 'M0 0 L10 10', fill: null, stroke, clip: null },
      { kind: 'path', d: 'M0 0 L10 0 L10 10 Z', fill: '#383f43', stroke: null, clip: null },
      { kind: 'text', text: 'Hart', x: 0, y: 10, font: { weight: 'bold', sizePx: 10 }, colour: '#0b0c0c', rotation: 0 } as ChartDrawing['marks'][number],
    ],
  };
  const frame = { x: 0, y: 0, width: 100, height: 50 };

  it('draws the council’s own series in the accent, other series as they are, text in the chart faces', () => {
    const { pdf, calls } = recorder();
    drawChartVectors(pdf, drawing, frame, { faces: { normal: 'chartRegular', bold: 'chartBold' }, accent: '#78286e' });
    expect(calls).toContain('fill #78286e');
    expect(calls).toContain('strokeColor #78286e');
    expect(calls).toContain('fill #383f43');
    expect(calls.some((c) => c.includes('#1d70b8'))).toBe(false);
    expect(calls).toContain('font chartBold');
  });
});
