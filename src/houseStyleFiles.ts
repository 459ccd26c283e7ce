// Checks a house style's font and logo files are whole, at config load, so a damaged file is a config error that
// names its key rather than a failure while a paper renders. Each check returns what is wrong, or null.
import { crc32, inflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A logo bigger than this (about 7000 × 7000) is refused before its pixels are unpacked to check them. */
const MAX_LOGO_PIXELS = 50_000_000;

/** Bits a pixel takes for each PNG colour type's channel count, times the bit depth; the depths each type allows. */
const PNG_COLOUR_TYPES = new Map<number, { channels: number; depths: number[] }>([
  [0, { channels: 1, depths: [1, 2, 4, 8, 16] }],
  [2, { channels: 3, depths: [8, 16] }],
  [3, { channels: 1, depths: [1, 2, 4, 8] }],
  [4, { channels: 2, depths: [8, 16] }],
  [6, { channels: 4, depths: [8, 16] }],
]);

/** Adam7's passes: first column, first row, column step, row step. */
const ADAM7: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

interface PngHeader {
  width: number;
  height: number;
  bitsPerPixel: number;
  interlaced: boolean;
  palette: boolean;
}

/** Bytes the image data unpacks to: each row (of each interlace pass) is a filter byte and its packed pixels. */
function unpackedLength(header: PngHeader): number {
  const rows = (width: number, height: number): number => (width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * header.bitsPerPixel) / 8)));
  if (!header.interlaced) return rows(header.width, header.height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil(Math.max(0, header.width - x) / dx), Math.ceil(Math.max(0, header.height - y) / dy)), 0);
}

function readIhdr(data: Buffer): PngHeader | string {
  if (data.length !== 13) return 'its header chunk (IHDR) is the wrong length';
  const width = data.readUInt32BE(0);
  const height = data.readUInt32BE(4);
  if (width === 0 || height === 0) return `it says it is ${width} × ${height} pixels`;
  if (width > 0x7fffffff || height > 0x7fffffff) return 'its width or height is out of range';
  const depth = data[8] ?? 0;
  const colourType = PNG_COLOUR_TYPES.get(data[9] ?? 255);
  if (colourType === undefined || !colourType.depths.includes(depth)) return 'its colour type or bit depth is not one PNG allows';
  return { width, height, bitsPerPixel: colourType.channels * depth, interlaced: data[12] === 1, palette: data[9] === 3 };
}

/** A PNG's chunks, from its header (IHDR) to its end (IEND), each whole with a matching checksum, and its pixels unpack. */
export function pngDamage(bytes: Buffer): string | null {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'its PNG signature is incomplete';
  let header: PngHeader | null = null;
  let palette = false;
  const idat: Buffer[] = [];
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) return 'the file is cut short before its end chunk (IEND)';
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return `there is no chunk where one should start (byte ${at})`;
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return `the file is cut short inside its ${type} chunk`;
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(data, crc32(bytes.subarray(at + 4, at + 8))) !== bytes.readUInt32BE(at + 8 + length)) return `its ${type} chunk's checksum does not match`;
    if (header === null) {
      if (type !== 'IHDR') return 'it does not begin with a header chunk (IHDR)';
      const read = readIhdr(data);
      if (typeof read === 'string') return read;
      header = read;
    } else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (idat.length === 0) return 'it has no image data (IDAT)';
  if (header.palette && !palette) return 'it has no palette (PLTE) for its colours';
  return pixelsDamage(header, Buffer.concat(idat));
}

function pixelsDamage(header: PngHeader, compressed: Buffer): string | null {
  if (header.width * header.height > MAX_LOGO_PIXELS) return `it is ${header.width} × ${header.height} pixels; save a smaller copy (a logo under 50 megapixels)`;
  const expected = unpackedLength(header);
  let unpacked: Buffer;
  try {
    unpacked = inflateSync(compressed, { maxOutputLength: expected + 1 });
  } catch (cause) {
    // More data than the picture's size needs is tolerated (readers ignore it); anything else is damage.
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    return 'its image data is cut short or corrupt';
  }
  return unpacked.length < expected ? 'its image data is cut short' : null;
}

/** Markers that stand alone, without a length: TEM and the restart markers RST0-RST7. */
const standalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** SOF0-SOF15 carry the frame's size, except DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Where the entropy-coded data after a scan header ends: the next marker that is not stuffing (FF00) or a restart. */
function scanEnd(bytes: Buffer, from: number): number {
  for (let at = from; at + 1 < bytes.length; at += 1) {
    if (bytes[at] !== 0xff) continue;
    const next = bytes[at + 1] ?? 0;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
  }
  return bytes.length;
}

/** A JPEG's segments, from its start (SOI) through a frame header with a size (SOFn) and its scans, to its end (EOI). */
export function jpegDamage(bytes: Buffer): string | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'its start marker (SOI) is incomplete';
  let frame = false;
  let scanned = false;
  let at = 2;
  for (;;) {
    while (bytes[at] === 0xff && bytes[at + 1] === 0xff) at += 1;
    if (at + 2 > bytes.length) return 'the file is cut short before its end marker (EOI)';
    if (bytes[at] !== 0xff) return `there is no segment where one should start (byte ${at})`;
    const marker = bytes[at + 1] ?? 0;
    at += 2;
    if (marker === 0xd9) return !frame ? 'it has no frame header (SOF) giving its size' : scanned ? null : 'it ends before its image data';
    if (standalone(marker)) continue;
    if (at + 2 > bytes.length) return 'the file is cut short before its end marker (EOI)';
    const length = bytes.readUInt16BE(at);
    if (length < 2 || at + length > bytes.length) return 'the file is cut short inside a segment';
    if (isFrame(marker)) {
      if (length < 8) return 'its frame header (SOF) is too short';
      const height = bytes.readUInt16BE(at + 3);
      const width = bytes.readUInt16BE(at + 5);
      const components = bytes[at + 7] ?? 0;
      if (width === 0 || height === 0) return `it says it is ${width} × ${height} pixels`;
      if (![1, 3, 4].includes(components)) return `it has ${components} colour components (1, 3 or 4 expected)`;
      frame = true;
    }
    at += length;
    if (marker === 0xda) {
      if (!frame) return 'its image data comes before its frame header (SOF)';
      scanned = true;
      at = scanEnd(bytes, at);
    }
  }
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  bbox: { minX: number; maxX: number };
}
interface FontkitFont {
  unitsPerEm: number;
  numGlyphs: number;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): { advanceWidth: number; glyphs: FontkitGlyph[] };
}

/** Every table the font's directory lists lies inside the file (a cut-short font fails here, whatever it cut). */
function tableDirectoryDamage(bytes: Buffer): string | null {
  if (bytes.length < 12) return 'the file is cut short inside its header';
  const tables = bytes.readUInt16BE(4);
  if (tables === 0) return 'its table directory is empty';
  if (12 + 16 * tables > bytes.length) return 'the file is cut short inside its table directory';
  for (let i = 0; i < tables; i += 1) {
    const entry = 12 + 16 * i;
    const tag = bytes.toString('latin1', entry, entry + 4).trim();
    if (bytes.readUInt32BE(entry + 8) + bytes.readUInt32BE(entry + 12) > bytes.length) return `the file is cut short: its ${tag} table runs past the end`;
  }
  return null;
}

/** Text the check lays out and measures: a paper's letters, figures and signs. */
const SAMPLE = 'Quarter 3: 75.0% of cases (£1,200)';

/**
 * Opens the font as the PDF renderer will (fontkit, loaded only here, when a style names font files), and checks it
 * has a letter a with a width and lays out and measures a line of a paper's text.
 */
export async function fontDamage(bytes: Buffer): Promise<string | null> {
  const directory = tableDirectoryDamage(bytes);
  if (directory !== null) return directory;
  const fontkit = (await import('fontkit')) as unknown as { create(buffer: Buffer): FontkitFont };
  try {
    const font = fontkit.create(bytes);
    if (!(font.unitsPerEm > 0) || !(font.numGlyphs > 0)) return 'its head or maxp table is empty';
    const a = font.glyphForCodePoint(0x61);
    if (a.id === 0) return 'it has no letter a';
    if (!(a.advanceWidth > 0)) return 'its letter a has no width (its horizontal metrics are empty)';
    const line = font.layout(SAMPLE);
    if (!(line.advanceWidth > 0) || line.glyphs.some((glyph) => Number.isNaN(glyph.bbox.maxX - glyph.bbox.minX))) return 'its glyphs cannot be measured';
    return null;
  } catch {
    // fontkit's own messages (a null read, a DataView offset) mean nothing to a council: say what to do instead.
    return 'its tables cannot be read';
  }
}
