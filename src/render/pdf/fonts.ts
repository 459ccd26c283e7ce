// The paper's fonts: the council's own files (house style) or the bundled Liberation Sans, read and parsed once per
// process for each set of files, and registered on each pdfkit document. Charts keep Liberation Sans (see below).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFiles } from '../../model/types.js';
import { fontsDir } from '../../paths.js';
import { useKerningLayout, type ShapingFont } from '../wordLayout.js';
import type { PdfDocument } from './pdfkit.js';
import { writeTrueTypeSubset, type SubsetFont } from './subsetWriter.js';

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
    if (parsed === font) postHeaderFirst(font as unknown as PostTableFont);
    // The bundled Liberation Sans shapes plain text by kerning alone (wordLayout.ts); a council's font keeps fontkit's shaping.
    if (files === null && parsed === font) useKerningLayout(font as unknown as ShapingFont);
    byPath.set(paths[face], parsed);
    return parsed;
  };
  const parsed = { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') };
  parsedCache.set(key, parsed);
  return parsed;
}

/** The parts of a fontkit font that postHeaderFirst touches. */
export interface PostTableFont {
  _tables?: Record<string, unknown>;
  directory?: { tables?: Record<string, unknown> };
  _getTableStream?: (tag: string) => { pos: number; readBuffer(length: number): Uint8Array } | null;
  _decodeTable?: (table: unknown) => Record<string, unknown>;
}

/** The post table's header (version 1 to 4 alike): what pdfkit and fontkit read of it for a PDF. */
const POST_HEADER_BYTES = 32;
/** The fields each version adds after the header, as fontkit decodes them. */
const POST_VERSION_FIELDS: Record<number, readonly string[]> = { 1: [], 2: ['numberOfGlyphs', 'glyphNameIndex', 'names'], 2.5: ['numberOfGlyphs', 'offsets'], 3: [], 4: ['map'] };

/**
 * A PDF needs a few numbers from the font's post table (italic angle, fixed pitch, an underline's place and
 * thickness), but fontkit decodes the whole table when first asked: in Liberation Sans the names of its 2,600 glyphs,
 * 10-15 ms a face, paid by every process that embeds a font. The header is read straight from the file's 32 bytes; the
 * rest (glyph names, which no paper uses) is decoded by fontkit only if something asks for it.
 */
export function postHeaderFirst(font: PostTableFont): void {
  const tables = font._tables;
  const entry = font.directory?.tables?.['post'];
  if (tables === undefined || 'post' in tables || entry === undefined || typeof font._decodeTable !== 'function') return;
  const stream = font._getTableStream?.('post');
  if (stream === null || stream === undefined) return;
  const start = stream.pos;
  const bytes = stream.readBuffer(POST_HEADER_BYTES);
  stream.pos = start;
  if (bytes.length < POST_HEADER_BYTES) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  const fields = POST_VERSION_FIELDS[header.version];
  if (fields === undefined) return; // a version fontkit does not know: leave the table to it
  const decode = font._decodeTable.bind(font);
  let whole: Record<string, unknown> | undefined;
  const post: Record<string, unknown> = { ...header };
  // The version's own fields (glyph names and their index, offsets, a map): fontkit's decoding of them on first use.
  for (const field of fields) {
    Object.defineProperty(post, field, { enumerable: true, configurable: true, get: () => (whole ??= decode(entry))[field] });
  }
  tables['post'] = post;
}

/** DejaVu Sans where Debian and most Linux systems install it: the last fallback, for characters Liberation Sans lacks. */
const SYSTEM_DEJAVU = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_FILES: FontFiles = {
  regular: join(SYSTEM_DEJAVU, 'DejaVuSans.ttf'),
  bold: join(SYSTEM_DEJAVU, 'DejaVuSans-Bold.ttf'),
  italic: join(SYSTEM_DEJAVU, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(SYSTEM_DEJAVU, 'DejaVuSans-BoldOblique.ttf'),
};
let dejaVuFound: boolean | undefined;

/** The font sets tried, in order, for a character the paper's font lacks: Liberation Sans, then DejaVu Sans if installed. */
function fallbackSets(files: FontFiles | null): (FontFiles | null)[] {
  dejaVuFound ??= FONT_FACES.every((face) => existsSync(DEJAVU_FILES[face]));
  const sets: (FontFiles | null)[] = files === null ? [] : [null];
  if (dejaVuFound && fontSetKey(files) !== fontSetKey(DEJAVU_FILES)) sets.push(DEJAVU_FILES);
  return sets;
}

/** What the fallback needs of a fontkit font (pdfkit's dependency: we reach it through pdfkit, as above). */
interface GlyphFont {
  hasGlyphForCodePoint?: (codePoint: number) => boolean;
  glyphForCodePoint?: (codePoint: number) => { id: number };
}

/** A font a face's text may be set in: its pdfkit name, the font behind it, and its ascender (per 1000 em). */
export interface ChainFont {
  name: string;
  font: GlyphFont | null;
  ascender: number;
}

/** For each face, the fonts tried in order: the paper's own, then the fallbacks of the same face. */
export type FontChains = Record<FontFace, readonly ChainFont[]>;

const chainsByDocument = new WeakMap<PdfDocument, FontChains>();

/** The parts of pdfkit's embedded font (and its fontkit subset) that listCompositeParts touches. */
interface OpenFont {
  font?: GlyphFont & { getGlyph?: (id: number) => { advanceWidth: number }; _glyphs?: Record<string, unknown> };
  ascender?: number;
  scale?: number;
  widths?: (number | undefined)[];
  subset?: { glyphs?: number[]; encode?: () => unknown; boardpackWrapped?: boolean };
  /** pdfkit's per-font cache of word layouts (absent when a document turns it off). */
  layoutCache?: Record<string, unknown>;
}

/**
 * pdfkit lists a glyph in the font's widths (and so in its CIDSet) when text shows it, but the subset also carries
 * the parts of composite glyphs (the e and the accent of é in Liberation Sans), added when the subset is encoded:
 * the CIDSet then omits them (PDF/UA 7.21.4.2-2). After encoding, give those parts their widths too.
 *
 * fontkit keeps a glyph object per glyph for the life of the parsed font, with the characters it was first asked
 * for; a part first made while encoding has none, so a later paper showing that glyph (a z after a ź) would map it
 * to no character (7.21.7-1) and lose it from extracted text. Forget the glyph objects made while encoding.
 */
function listCompositeParts(open: OpenFont): void {
  const { subset, widths, font, scale } = open;
  if (subset?.encode === undefined || subset.boardpackWrapped === true || widths === undefined || font?.getGlyph === undefined || scale === undefined) return;
  const encode = subset.encode.bind(subset);
  const getGlyph = font.getGlyph.bind(font);
  subset.boardpackWrapped = true;
  subset.encode = () => {
    const made = font._glyphs;
    const known = new Set(made === undefined ? [] : Object.keys(made));
    const encoded = encode();
    (subset.glyphs ?? []).forEach((glyphId, cid) => {
      if (widths[cid] === undefined || widths[cid] === null) widths[cid] = getGlyph(glyphId).advanceWidth * scale;
    });
    if (made !== undefined) for (const id of Object.keys(made)) if (!known.has(id)) delete made[id];
    return encoded;
  };
}

/** What a subset copies of one glyph: its glyf bytes, the parts a composite glyph names (and where), its metrics. */
interface GlyphCopy {
  bytes: Uint8Array;
  parts: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** The fontkit TrueType subset's members used here (fontkit's TTFSubset, which it does not export). */
interface TrueTypeSubset {
  font: SubsetFont & {
    loca?: { offsets: number[]; version: number };
    _variationProcessor?: unknown;
    _getTableStream?: (tag: string) => { pos: number; readBuffer(length: number): Uint8Array } | null;
    getGlyph(id: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null; _getMetrics(): { leftBearing: number } };
  };
  glyphEncoder?: unknown;
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph?: (id: number) => number;
  encode?: () => Uint8Array;
}

const glyphCopies = new WeakMap<object, Map<number, GlyphCopy>>();

/** fontkit's TTFSubset._addGlyph reading of one glyph, made once per parsed font and glyph. */
function glyphCopy(font: TrueTypeSubset['font'], id: number): GlyphCopy {
  let copies = glyphCopies.get(font);
  if (copies === undefined) glyphCopies.set(font, (copies = new Map()));
  let copy = copies.get(id);
  if (copy === undefined) {
    const glyph = font.getGlyph(id);
    const decoded = glyph._decode();
    const offsets = font.loca!.offsets;
    const stream = font._getTableStream!('glyf')!;
    stream.pos += offsets[id]!;
    const bytes = stream.readBuffer(offsets[id + 1]! - offsets[id]!);
    const parts = decoded !== null && decoded.numberOfContours < 0 ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null;
    copy = { bytes, parts, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    copies.set(id, copy);
  }
  return copy;
}

/**
 * fontkit's TrueType subset decodes every glyph's whole outline again for each document (to learn whether it is a
 * composite), and restructure's decoding is slow: a tenth of a second per paper in a build of a hundred exception
 * reports. A glyph's bytes, parts and metrics never change for a parsed font, so they are read once per process;
 * the subset is built from them exactly as fontkit builds it (tested byte for byte), and its file is written by
 * writeTrueTypeSubset (subsetWriter.ts). A variable font keeps fontkit's way.
 */
export function copyGlyphsOnce(subset: TrueTypeSubset & { boardpackCopies?: boolean }): void {
  const { font } = subset;
  if (subset.boardpackCopies === true || typeof subset._addGlyph !== 'function' || !('glyphEncoder' in subset) || font.loca === undefined || typeof font._getTableStream !== 'function' || font._variationProcessor) return;
  subset.boardpackCopies = true;
  if (typeof subset.encode === 'function') writeSubsetsDirectly(subset, subset.encode.bind(subset));
  subset._addGlyph = function (this: TrueTypeSubset, id: number): number {
    const copy = glyphCopy(this.font, id);
    let bytes = copy.bytes;
    if (copy.parts !== null) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer);
      for (const part of copy.parts) view.setUint16(part.pos, this.includeGlyph(part.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: copy.advance, bearing: copy.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

/** Per parsed font: whether writeTrueTypeSubset gave fontkit's bytes for its first subset. */
const writerAgrees = new WeakMap<object, boolean>();

/** Whether this font's subsets are written by writeTrueTypeSubset (true), by fontkit (false), or not yet known. */
export function subsetsWrittenDirectly(font: object): boolean | undefined {
  return writerAgrees.get(font);
}

/**
 * The subset's file written by writeTrueTypeSubset. Its glyphs are gathered as fontkit's TTFSubset.encode gathers
 * them; the first subset of each font is also encoded by fontkit and compared, and a font where the two differ keeps
 * fontkit's encoder.
 */
function writeSubsetsDirectly(subset: TrueTypeSubset, fontkitEncode: () => Uint8Array): void {
  subset.encode = function (this: TrueTypeSubset): Uint8Array {
    const agrees = writerAgrees.get(this.font);
    if (agrees === false) return fontkitEncode();
    this.glyf = [];
    this.offset = 0;
    this.loca = { offsets: [], version: this.font.loca!.version };
    this.hmtx = { metrics: [], bearings: [] };
    for (let i = 0; i < this.glyphs.length; i++) this._addGlyph!(this.glyphs[i]!);
    this.loca.offsets.push(this.offset);
    const written = writeTrueTypeSubset(this.font, this);
    if (agrees === true && written !== null) return written;
    const encoded = fontkitEncode();
    writerAgrees.set(this.font, written !== null && Buffer.from(written).equals(Buffer.from(encoded)));
    return encoded;
  };
}

/** Each parsed font's word layouts (glyphs and positions, in 1000ths of an em), shared by every document set in it. */
const layoutCaches = new WeakMap<object, Record<string, unknown>>();

/**
 * pdfkit lays out each word with fontkit (kerning, ligatures) and caches the result per document, so every paper
 * shaped the same words again: in a build of 40 papers, most of the PDF's text time. A layout depends only on the
 * parsed font and the word (the document's own subset, widths and character map are filled in when the text is
 * encoded, cached or not), so documents set in the same parsed font share one cache.
 */
function shareLayoutCache(open: OpenFont): void {
  if (open.font === undefined || open.layoutCache === undefined) return;
  let shared = layoutCaches.get(open.font);
  if (shared === undefined) {
    shared = open.layoutCache;
    layoutCaches.set(open.font, shared);
  }
  open.layoutCache = shared;
}

function chainFont(pdf: PdfDocument, name: string): ChainFont {
  pdf.font(name);
  const open = (pdf as unknown as { _font?: OpenFont })._font;
  if (open !== undefined) {
    // Before listCompositeParts, which wraps the subset's encode as this leaves it.
    if (open.subset !== undefined) copyGlyphsOnce(open.subset as unknown as TrueTypeSubset);
    listCompositeParts(open);
    shareLayoutCache(open);
  }
  return { name, font: open?.font ?? null, ascender: open?.ascender ?? 0 };
}

/** The font chains registerFonts set up on a document, if it did. */
export function registeredChains(pdf: PdfDocument): FontChains | undefined {
  return chainsByDocument.get(pdf);
}

/** The font chains registered on a document (one face alone for a document registerFonts did not set up). */
export function fontChains(pdf: PdfDocument): FontChains {
  let chains = chainsByDocument.get(pdf);
  if (chains === undefined) {
    const alone = (face: FontFace): ChainFont[] => [chainFont(pdf, face)];
    chains = { regular: alone('regular'), bold: alone('bold'), italic: alone('italic'), boldItalic: alone('boldItalic') };
    chainsByDocument.set(pdf, chains);
  }
  return chains;
}

/**
 * Registers the faces and opens them in a fixed order: pdfkit numbers font resources (/F1, /F2...) as fonts are
 * first opened, and widths come from a per-process cache, so without this the numbering would depend on what
 * earlier documents measured and the bytes would differ between runs. Unused faces are not embedded.
 *
 * Charts are laid out once (render/charts, measured in Liberation Sans) and the same drawing serves the DOCX and
 * the PDF, so chart text stays in Liberation Sans; with a council font it is registered beside it as two more faces.
 * The fallback fonts (Liberation Sans beside a council font, then DejaVu Sans where installed) are registered and
 * opened here too, after the paper's own, for the same reason; only those that draw a character are embedded.
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
  const chains = {} as Record<FontFace, ChainFont[]>;
  for (const face of FONT_FACES) chains[face] = [chainFont(pdf, face)];
  fallbackSets(files).forEach((set, i) => {
    const parsed = parsedFonts(makeHost, set);
    for (const face of FONT_FACES) {
      // Beside a council font, Liberation Sans regular and bold are already open for the charts.
      const name = set === null && face === 'regular' ? 'chartRegular' : set === null && face === 'bold' ? 'chartBold' : `fallback${i + 1}-${face}`;
      if (name.startsWith('fallback')) pdf.registerFont(name, parsed[face] as unknown as string);
      chains[face].push(chainFont(pdf, name));
    }
  });
  chainsByDocument.set(pdf, chains);
  pdf.font('regular');
  return chart;
}

const glyphCache = new WeakMap<GlyphFont, Map<number, boolean>>();

/** Whether a font draws a code point (cached per font: a paper asks about the same few hundred characters). */
export function hasGlyph(font: GlyphFont | null, codePoint: number): boolean {
  if (font === null) return true;
  let known = glyphCache.get(font);
  if (known === undefined) {
    known = new Map();
    glyphCache.set(font, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = font.hasGlyphForCodePoint !== undefined ? font.hasGlyphForCodePoint(codePoint) : (font.glyphForCodePoint?.(codePoint).id ?? 0) !== 0;
    known.set(codePoint, has);
  }
  return has;
}

/** A run of text set in one font of a chain; `actual` is the text it stands for when no font had the characters. */
export interface Segment {
  text: string;
  font: number;
  actual: string | null;
}

/** Zero-width characters (joiners, variation selectors): left out, not replaced, when no font has them. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Splits text into runs by the first font of the chain that has each character's glyph. A character no font has is
 * drawn as a look-alike (✓ as √), else U+FFFD, else "?", with the original kept as the run's ActualText so text
 * extraction and screen readers still get it; a zero-width one is left out. Spaces stay with the run they are in.
 */
export function segmentText(text: string, chain: readonly ChainFont[]): Segment[] {
  // Most text is all in the first font: one run, without building it up a character at a time.
  const first = chain[0];
  if (text === '') return [];
  if (first !== undefined && allIn(first.font, text)) return [{ text, font: 0, actual: null }];
  return segmentEachCharacter(text, chain);
}

/** Whether the font has a glyph for every character of the text. */
function allIn(font: GlyphFont | null, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    if (!hasGlyph(font, codePoint)) return false;
  }
  return true;
}

/** segmentText's rule, a character at a time (exported to test the one-run path against). */
export function segmentEachCharacter(text: string, chain: readonly ChainFont[]): Segment[] {
  const fonts = chain.map((c) => c.font);
  const segments: Segment[] = [];
  const push = (piece: string, font: number, actual: string | null): void => {
    const last = segments[segments.length - 1];
    if (last !== undefined && last.font === font && (last.actual === null) === (actual === null)) {
      last.text += piece;
      if (actual !== null) last.actual = `${last.actual ?? ''}${actual}`;
    } else segments.push({ text: piece, font, actual });
  };
  const firstWith = (codePoint: number): number => fonts.findIndex((font) => hasGlyph(font, codePoint));
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const last = segments[segments.length - 1];
    const found = char === ' ' && last !== undefined && hasGlyph(fonts[last.font] ?? null, 32) ? last.font : firstWith(codePoint);
    if (found >= 0) {
      push(char, found, null);
      continue;
    }
    if (IGNORABLE.test(char)) continue;
    const lookAlike = SUBSTITUTES.get(char);
    const lookAlikeFont = lookAlike === undefined ? -1 : firstWith(lookAlike.codePointAt(0) as number);
    if (lookAlike !== undefined && lookAlikeFont >= 0) push(lookAlike, lookAlikeFont, char);
    else {
      const replacementFont = firstWith(0xfffd);
      if (replacementFont >= 0) push('\uFFFD', replacementFont, char);
      else push('?', 0, char);
    }
  }
  return segments;
}

/** Look-alikes for characters no font of the chain has (Liberation Sans lacks ✓ and ▶; DejaVu Sans may not be installed). */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['\u2713', '\u221A'], // ✓ → √
  ['\u2714', '\u221A'], // ✔ → √
  ['\u2717', '\u00D7'], // ✗ → ×
  ['\u2718', '\u00D7'], // ✘ → ×
  ['\u25B6', '\u25BA'], // ▶ → ►
  ['\u25C6', '\u25CF'], // ◆ → ●
]);
