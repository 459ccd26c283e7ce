// The paper's fonts: the council's own files (house style) or the bundled Liberation Sans, read and parsed once per
// process for each set of files, and registered on each pdfkit document. Charts keep Liberation Sans (see below).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFiles } from '../../model/types.js';
import { fontsDir } from '../../paths.js';
import type { PdfDocument } from './pdfkit.js';

/** The four faces a paper's text uses; names are the pdfkit font names we register. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** The faces chart text is drawn in: the pdfkit font names of Liberation Sans regular and bold. */
export type ChartFaces = Record<'normal' | 'bold', string>;

const BUNDLED: Record<FontFace, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
};

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The files of a font set: the council's (absolute paths) or the bundled Liberation Sans. */
function filesOf(files: FontFiles | null): Record<FontFace, string> {
  if (files !== null) return { ...files };
  const folder = fontsDir();
  return { regular: join(folder, BUNDLED.regular), bold: join(folder, BUNDLED.bold), italic: join(folder, BUNDLED.italic), boldItalic: join(folder, BUNDLED.boldItalic) };
}

/** Names a font set for caches: the files' paths, or "" for the bundled font. */
export function fontSetKey(files: FontFiles | null): string {
  return files === null ? '' : FONT_FACES.map((face) => files[face]).join('\u0000');
}

const dataCache = new Map<string, Record<FontFace, Buffer>>();

/** The font files' bytes, read on first use of each set and kept for the life of the process. */
export function fontData(files: FontFiles | null = null): Record<FontFace, Buffer> {
  const key = fontSetKey(files);
  const cached = dataCache.get(key);
  if (cached !== undefined) return cached;
  const paths = filesOf(files);
  const read = (face: FontFace): Buffer => {
    const file = paths[face];
    if (!existsSync(file)) {
      throw new Error(files === null ? `render/pdf: font file ${file} is missing (Liberation Sans is needed to embed text)` : `render/pdf: the house style's ${face} font file ${file} is missing`);
    }
    return readFileSync(file);
  };
  const data = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  dataCache.set(key, data);
  return data;
}

/** The parsed font (a fontkit object) behind a pdfkit font; pdfkit accepts one in place of the file's bytes. */
type ParsedFont = object;

const parsedCache = new Map<string, Record<FontFace, ParsedFont | Buffer>>();

/**
 * Parsing a TrueType file costs ~50 ms a face, and pdfkit would do it again for every document. pdfkit takes an
 * already-parsed fontkit font as a font source (each document still makes its own subset), so parse the faces
 * once per set, through a throwaway pdfkit document (fontkit is pdfkit's dependency, not ours), and reuse them.
 * A file given for two faces (a council with no italic) is parsed once. If pdfkit's internals ever change shape,
 * fall back to the bytes.
 */
export function parsedFonts(makeHost: () => PdfDocument, files: FontFiles | null = null): Record<FontFace, ParsedFont | Buffer> {
  const key = fontSetKey(files);
  const cached = parsedCache.get(key);
  if (cached !== undefined) return cached;
  const data = fontData(files);
  const paths = filesOf(files);
  const host = makeHost();
  const byPath = new Map<string, ParsedFont | Buffer>();
  const open = (face: FontFace): ParsedFont | Buffer => {
    const seen = byPath.get(paths[face]);
    if (seen !== undefined) return seen;
    host.font(data[face] as unknown as string);
    const font = (host as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
    const parsed = font !== undefined && typeof font.layout === 'function' ? font : data[face];
    byPath.set(paths[face], parsed);
    return parsed;
  };
  const parsed = { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') };
  parsedCache.set(key, parsed);
  return parsed;
}

/**
 * Registers the faces and opens them in a fixed order: pdfkit numbers font resources (/F1, /F2...) as fonts are
 * first opened, and widths come from a per-process cache, so without this the numbering would depend on what
 * earlier documents measured and the bytes would differ between runs. Unused faces are not embedded.
 *
 * Charts are laid out once (render/charts, measured in Liberation Sans) and the same drawing serves the DOCX and
 * the PDF, so chart text stays in Liberation Sans; with a council font it is registered beside it as two more faces.
 * Returns the pdfkit names chart text is drawn in.
 */
export function registerFonts(pdf: PdfDocument, makeHost: () => PdfDocument, files: FontFiles | null = null): ChartFaces {
  const fonts = parsedFonts(makeHost, files);
  for (const face of FONT_FACES) pdf.registerFont(face, fonts[face] as unknown as string);
  for (const face of FONT_FACES) pdf.font(face);
  let chart: ChartFaces = { normal: 'regular', bold: 'bold' };
  if (files !== null) {
    const bundled = parsedFonts(makeHost, null);
    pdf.registerFont('chartRegular', bundled.regular as unknown as string);
    pdf.registerFont('chartBold', bundled.bold as unknown as string);
    chart = { normal: 'chartRegular', bold: 'chartBold' };
    pdf.font(chart.normal).font(chart.bold);
  }
  pdf.font('regular');
  return chart;
}

/** Liberation Sans lacks these glyphs; print a look-alike it has rather than an empty box. */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['\u2713', '\u221A'], // ✓ → √
  ['\u2714', '\u221A'], // ✔ → √
  ['\u2717', '\u00D7'], // ✗ → ×
  ['\u2718', '\u00D7'], // ✘ → ×
  ['\u25B6', '\u25BA'], // ▶ → ►
  ['\u25C6', '\u25CF'], // ◆ → ●
]);

const SUBSTITUTABLE = new RegExp(`[${[...SUBSTITUTES.keys()].join('')}]`, 'gu');

export function substituteMissingGlyphs(text: string): string {
  return text.replace(SUBSTITUTABLE, (c) => SUBSTITUTES.get(c) ?? c);
}
