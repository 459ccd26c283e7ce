// Liberation Sans, read from templates/fonts once per process and registered on each pdfkit document.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontsDir } from '../../paths.js';
import type { PdfDocument } from './pdfkit.js';

/** The four faces a paper uses; names are the pdfkit font names we register. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontFace, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
};

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

let cached: Record<FontFace, Buffer> | null = null;

/** The font files' bytes, read on first use and kept for the life of the process. */
export function fontData(): Record<FontFace, Buffer> {
  if (cached !== null) return cached;
  const folder = fontsDir();
  const read = (face: FontFace): Buffer => {
    const file = join(folder, FONT_FILES[face]);
    if (!existsSync(file)) throw new Error(`render/pdf: font file ${file} is missing (Liberation Sans is needed to embed text)`);
    return readFileSync(file);
  };
  cached = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return cached;
}

/** The parsed font (a fontkit object) behind a pdfkit font; pdfkit accepts one in place of the file's bytes. */
type ParsedFont = object;

let parsed: Record<FontFace, ParsedFont | Buffer> | null = null;

/**
 * Parsing a TrueType file costs ~50 ms a face, and pdfkit would do it again for every document. pdfkit takes an
 * already-parsed fontkit font as a font source (each document still makes its own subset), so parse the faces
 * once, through a throwaway pdfkit document (fontkit is pdfkit's dependency, not ours), and reuse them.
 * If pdfkit's internals ever change shape, fall back to the bytes.
 */
export function parsedFonts(makeHost: () => PdfDocument): Record<FontFace, ParsedFont | Buffer> {
  if (parsed !== null) return parsed;
  const data = fontData();
  const host = makeHost();
  const open = (face: FontFace): ParsedFont | Buffer => {
    host.font(data[face] as unknown as string);
    const font = (host as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
    return font !== undefined && typeof font.layout === 'function' ? font : data[face];
  };
  parsed = { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') };
  return parsed;
}

/**
 * Registers the faces and opens them in a fixed order: pdfkit numbers font resources (/F1, /F2...) as fonts are
 * first opened, and widths come from a per-process cache, so without this the numbering would depend on what
 * earlier documents measured and the bytes would differ between runs. Unused faces are not embedded.
 */
export function registerFonts(pdf: PdfDocument, makeHost: () => PdfDocument): void {
  const fonts = parsedFonts(makeHost);
  for (const face of FONT_FACES) pdf.registerFont(face, fonts[face] as unknown as string);
  for (const face of FONT_FACES) pdf.font(face);
  pdf.font('regular');
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
