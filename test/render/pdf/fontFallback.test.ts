// A council font that lacks glyphs the papers use (▶ ▲ ▼ ≤, names beyond Latin-1): those characters are set in
// Liberation Sans, then DejaVu Sans, so no .notdef box is drawn, the text extracts as written and the PDF/UA checker
// passes. The fixture font is DejaVu Sans cut to Latin-1 and general punctuation (test/fixtures/fonts, DejaVu licence).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import type { Block, Document, HouseStyle } from '../../../src/model/types.js';
import type { ChartDrawing } from '../../../src/render/charts/index.js';
import { drawChartVectors } from '../../../src/render/pdf/chartVectors.js';
import { collectBytes, createPdfDocument } from '../../../src/render/pdf/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cabinetPaper, h, p, t } from './fixtures.js';
import { PDFUA_CHECKER, pdfFonts, pdftotext, pdfuaFailures, run, writePdf } from './tools.js';

const LATIN = join(process.cwd(), 'test', 'fixtures', 'fonts', 'DejaVuSans-Latin.ttf');
const latinOnly: HouseStyle = {
  ...defaultHouseStyle,
  font: { name: 'DejaVu Sans', files: { regular: LATIN, bold: LATIN, italic: LATIN, boldItalic: LATIN }, embedInDocx: false },
};
const haveDejaVu = existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');

// 東京 is in none of the fonts: drawn as U+FFFD (or ?), it still extracts as written (ActualText).
const LINES = ['Direction: ▶ Unchanged', 'Red ▼ worse, Green ▲ better', 'Target ≤ 5 days', 'Report of Łukasz Nowak and Zoë Ōtani', 'Visit to the Tokyo 東京 office ✓'];

function paper(style: HouseStyle): Document {
  const base = cabinetPaper();
  const children: Block[] = [
    h(1, null, 'Direction of travel ▶'),
    ...LINES.map((line) => p(null, t(line))),
    p(null, { type: 'strong', children: [t('Bold ▶ Unchanged ≤ Ł')] }, t(' and '), { type: 'emphasis', children: [t('italic ▲ Ł')] }),
  ];
  return { ...base, style, children, furniture: { header: 'Łódź ▶ header', footer: null } };
}

/** The fonts pdffonts lists, without their subset tags. */
function fontNames(file: string): { name: string; embedded: boolean }[] {
  return pdfFonts(file).map((f) => ({ ...f, name: f.name.replace(/^[A-Z]{6}\+/, '') }));
}

// In this order on purpose: the first paper sets z only inside ź (a composite glyph of Liberation Sans), and the
// second must still map its own z to the character (fontkit keeps glyph objects for the life of the parsed font).
describe.each([
  ['a council font without the arrows', 'fallback-house', latinOnly],
  ['the bundled font', 'fallback-default', defaultHouseStyle],
])('font fallback: %s', (_name, fileName, style) => {
  let file = '';
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPdf(paper(style));
    file = writePdf(fileName, bytes);
  }, 60_000);

  it('gives the text back as written', () => {
    const text = pdftotext(file);
    for (const line of [...LINES, 'Direction of travel ▶', 'Bold ▶ Unchanged ≤ Ł', 'italic ▲ Ł', 'Łódź ▶ header']) expect(text).toContain(line);
    expect(text).not.toContain('\uFFFD');
  });

  it.skipIf(!existsSync(PDFUA_CHECKER))('passes the PDF/UA checker (no .notdef glyph shown)', () => {
    expect(pdfuaFailures(file)).toEqual([]);
  });

  it('gives the same bytes again', async () => {
    expect(Buffer.from(await renderPdf(paper(style))).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);
});

describe('font fallback: the fonts embedded', () => {
  it('embeds the council font and Liberation Sans (and DejaVu Sans for ▶) beside it, all embedded', async () => {
    const file = writePdf('fallback-fonts', await renderPdf(paper(latinOnly)));
    const fonts = fontNames(file);
    expect(fonts.every((f) => f.embedded), JSON.stringify(fonts)).toBe(true);
    const names = new Set(fonts.map((f) => f.name));
    expect(names).toContain('DejaVuSans'); // the council font (and DejaVu's ▶)
    expect(names).toContain('LiberationSans'); // ▲ ▼ ≤ Ł
    expect(names).toContain('LiberationSans-Bold');
    expect(names).toContain('LiberationSans-Italic');
    if (haveDejaVu) expect(names).toContain('DejaVuSans-Bold'); // bold ▶, which Liberation Sans lacks
  }, 60_000);

  it('measures a line in the fonts that draw it: a fallback run is as wide as drawn, not as .notdef', async () => {
    const text = pdftotext(writePdf('fallback-layout', await renderPdf(paper(latinOnly))), 1, true);
    // Drawn at the measured widths, the words stay apart and in order on one line.
    expect(text).toMatch(/Red ▼ worse, Green ▲ better/);
  }, 60_000);
});

describe.skipIf(!haveDejaVu)('font fallback in chart text', () => {
  const label = (text: string, y: number, rotation: number): ChartDrawing['marks'][number] =>
    ({ kind: 'text', text, x: 40, y, font: { weight: 'normal', sizePx: 12 }, colour: '#0b0c0c', rotation, clip: null }) as ChartDrawing['marks'][number];
  const drawing: ChartDrawing = {
    widthPx: 400,
    heightPx: 300,
    dpi: 200,
    clips: [],
    valueAxis: null,
    marks: [label('Snow ☃ days ▶ flat', 40, 0), label('Up ☃ here', 280, -90)],
  };

  it.each([
    ['the bundled font', defaultHouseStyle],
    ['a council font', latinOnly],
  ])('sets what Liberation Sans lacks in DejaVu Sans, level or turned, and extracts it (%s)', async (_name, style) => {
    const meta = { title: 'Chart', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' };
    const { pdf, chartFaces } = createPdfDocument(meta, style.font.files);
    pdf.addPage();
    drawChartVectors(pdf, drawing, { x: 50, y: 50, width: 400, height: 300 }, { faces: chartFaces, accent: null });
    const bytes = collectBytes(pdf);
    pdf.end();
    const file = writePdf(`fallback-chart-${style === latinOnly ? 'house' : 'default'}`, await bytes);
    const text = pdftotext(file);
    expect(text).toContain('Snow ☃ days ▶ flat');
    expect(text).toContain('Up ☃ here');
    const names = fontNames(file).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['LiberationSans', 'DejaVuSans']));
  }, 60_000);
});

describe.skipIf(haveDejaVu)('font fallback without DejaVu Sans installed', () => {
  it('draws ▶ as ► in Liberation Sans but extracts ▶', async () => {
    const file = writePdf('fallback-no-dejavu', await renderPdf(paper(defaultHouseStyle)));
    expect(pdftotext(file)).toContain('▶ Unchanged');
  }, 60_000);
});
