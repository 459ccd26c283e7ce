// Chart PNGs into the PDF without pdfkit's PNG reader, which copies image data a byte at a time (~4 ms a chart).
// An opaque 8-bit, non-interlaced PNG's IDAT stream is already what a PDF image wants (Flate with PNG predictors),
// so its chunks are joined and embedded as they are. Anything else (alpha, palette, 16-bit) goes to pdfkit.
import type { PdfDocument } from './pdfkit.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

export interface PngParts {
  header: PngHeader;
  idat: Buffer;
  /** PLTE or tRNS present: colours or transparency the fast path does not carry. */
  palette: boolean;
  transparency: boolean;
}

/** Splits a PNG into its header and joined image data; throws, naming the problem, on a file that is not a PNG. */
export function readPng(png: Uint8Array): PngParts {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('render/pdf: chart image is not a PNG (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let header: PngHeader | null = null;
  let palette = false;
  let transparency = false;
  let ended = false;
  for (let pos = 8; pos + 8 <= png.length; ) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(png[pos + 4] ?? 0, png[pos + 5] ?? 0, png[pos + 6] ?? 0, png[pos + 7] ?? 0);
    const data = pos + 8;
    if (data + length > png.length) throw new Error(`render/pdf: chart image PNG is truncated in its ${type} chunk`);
    if (type === 'IHDR') {
      header = { width: view.getUint32(data), height: view.getUint32(data + 4), bitDepth: png[data + 8] ?? 0, colourType: png[data + 9] ?? 0, interlace: png[data + 12] ?? 0 };
    } else if (type === 'IDAT') idat.push(png.subarray(data, data + length));
    else if (type === 'PLTE') palette = true;
    else if (type === 'tRNS') transparency = true;
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    pos = data + length + 4; // + CRC
  }
  if (header === null) throw new Error('render/pdf: chart image PNG has no IHDR chunk');
  if (!ended) throw new Error('render/pdf: chart image PNG is truncated (no IEND chunk)');
  return { header, idat: Buffer.concat(idat), palette, transparency };
}

/** What pdfkit's image() needs of an opened image: its size, a resource label and an embed step. */
class FlateImage {
  obj: { end(data: Uint8Array): void } | null = null;
  constructor(
    readonly label: string,
    readonly width: number,
    readonly height: number,
    private readonly colours: 1 | 3,
    private readonly data: Buffer,
  ) {}

  embed(pdf: PdfDocument): void {
    if (this.obj !== null) return;
    const obj = pdf.ref({
      Type: 'XObject',
      Subtype: 'Image',
      Width: this.width,
      Height: this.height,
      BitsPerComponent: 8,
      ColorSpace: this.colours === 3 ? 'DeviceRGB' : 'DeviceGray',
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: this.colours, BitsPerComponent: 8, Columns: this.width },
    }) as unknown as { end(data: Uint8Array): void };
    obj.end(this.data);
    this.obj = obj;
  }
}

/** An image pdfkit can place: our direct embedding when the PNG allows it, else the bytes for pdfkit to read. */
export function placeableImage(png: Uint8Array, label: string): object | Buffer {
  const parts = readPng(png);
  const { header } = parts;
  const colours = header.colourType === 2 ? 3 : header.colourType === 0 ? 1 : null;
  if (colours === null || header.bitDepth !== 8 || header.interlace !== 0 || parts.palette || parts.transparency) {
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  }
  return new FlateImage(label, header.width, header.height, colours, parts.idat);
}
