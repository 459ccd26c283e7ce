// A minimal, reproducible ZIP writer (node:zlib): no timestamps, no platform bits, entries in the order given.

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Text is written as UTF-8. */
  data: Uint8Array | string;
  /** Already-compressed data (PNG pictures) is stored: deflating it again costs time and saves nothing. */
  compress: boolean;
}

/** 1980-01-01 00:00, the DOS epoch, on every entry: the file then says nothing about when it was made. */
const dosTime = 0;
const dosDate = (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const utf8Names = 0x0800;

interface Packed {
  body: Uint8Array;
  crc: number;
  size: number;
}

function pack(data: Uint8Array, compress: boolean): Packed {
  return { body: compress ? deflateRawSync(data, { level: 6 }) : data, crc: crc32(data), size: data.length };
}

/**
 * Texts compressed before, by their text: most parts are the same in every file (a chart's workbook but for its
 * sheet, a chart's colours and style, the settings and font table of a paper), and compressing them again was three
 * quarters of the compressing a build did. Small texts only, and a bounded number of them.
 */
const packedTexts = new Map<string, Packed>();
const MAX_CACHED_TEXT = 64 * 1024;
const MAX_CACHED_TEXTS = 512;
const encoder = new TextEncoder();

function packText(text: string, compress: boolean): Packed {
  if (!compress || text.length > MAX_CACHED_TEXT) return pack(encoder.encode(text), compress);
  let packed = packedTexts.get(text);
  if (packed === undefined) {
    packed = pack(encoder.encode(text), compress);
    if (packedTexts.size >= MAX_CACHED_TEXTS) packedTexts.clear();
    packedTexts.set(text, packed);
  }
  return packed;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { body, crc, size } = typeof entry.data === 'string' ? packText(entry.data, entry.compress) : pack(entry.data, entry.compress);
    const fields = {
      method: entry.compress ? 8 : 0,
      crc,
      compressedSize: body.length,
      size,
    };
    if (offset > 0xffffffff || fields.size > 0xffffffff) throw new Error(`zip: ${entry.name} is too large for a ZIP without ZIP64`);

    // The local header, then the central directory's: the same fields from "version needed" on, two bytes further
    // along in the central one (it also says which version made the file).
    const shared = (header: Buffer, at: number): void => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(utf8Names, at + 2);
      header.writeUInt16LE(fields.method, at + 4);
      header.writeUInt16LE(dosTime, at + 6);
      header.writeUInt16LE(dosDate, at + 8);
      header.writeUInt32LE(fields.crc, at + 10);
      header.writeUInt32LE(fields.compressedSize, at + 14);
      header.writeUInt32LE(fields.size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    shared(central, 6);
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...locals, ...centrals, end]);
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}
