// A TrueType subset's file written directly: the nine tables fontkit's TTFSubset writes (head, hhea, loca, maxp,
// cvt, prep, glyf, hmtx, fpgm), in its order, laid out as its restructure encoder lays them out. restructure encodes
// each number through a generic encoder, and re-encoding the same hinting programs (cvt, prep, fpgm) for every
// subset of every paper cost several milliseconds a document. The constant tables are copied from the font file,
// and head, hhea and maxp are the font's own with the subset's counts written in.
//
// Exactness is checked, not assumed: the first subset of each font is written both ways, and a font whose bytes
// differ (a table this writer does not read as fontkit does) keeps fontkit's encoder for the rest of the process.

/** The parts of a fontkit TrueType font the writer reads. */
export interface SubsetFont {
  loca?: { version: number };
  directory?: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream?: { buffer: Uint8Array };
  'cvt '?: unknown;
  prep?: unknown;
  fpgm?: unknown;
}

/** The parts of a fontkit TTFSubset the writer reads, once its glyphs are gathered (after `encode` has run `_addGlyph`). */
export interface GatheredSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
}

/** The font's own bytes for a table, or null where it has none. */
function rawTable(font: SubsetFont, tag: string): Uint8Array | null {
  const entry = font.directory?.tables[tag];
  const bytes = font.stream?.buffer;
  if (entry === undefined || bytes === undefined) return null;
  return bytes.subarray(entry.offset, entry.offset + entry.length);
}

function withUint16(table: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = new Uint8Array(table);
  new DataView(copy.buffer).setUint16(offset, value);
  return copy;
}

/** The subset's file; null when the font lacks a table the writer copies (fontkit then writes it). */
export function writeTrueTypeSubset(font: SubsetFont, subset: GatheredSubset): Uint8Array | null {
  const head = rawTable(font, 'head');
  const hhea = rawTable(font, 'hhea');
  const maxp = rawTable(font, 'maxp');
  const version = font.loca?.version;
  if (head === null || hhea === null || maxp === null || head.length < 54 || hhea.length < 36 || maxp.length < 6 || (version !== 0 && version !== 1)) return null;

  const { offsets } = subset.loca;
  const loca = new Uint8Array(offsets.length * (version === 0 ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((offset, i) => (version === 0 ? locaView.setUint16(i * 2, offset >>> 1) : locaView.setUint32(i * 4, offset)));

  const { metrics } = subset.hmtx;
  const hmtx = new Uint8Array(metrics.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  metrics.forEach(({ advance, bearing }, i) => {
    hmtxView.setUint16(i * 4, advance);
    hmtxView.setInt16(i * 4 + 2, bearing);
  });

  const glyfLength = subset.glyf.reduce((n, g) => n + g.length, 0);
  const glyf = new Uint8Array(glyfLength);
  let at = 0;
  for (const g of subset.glyf) {
    glyf.set(g, at);
    at += g.length;
  }

  const tables: [string, Uint8Array | null][] = [
    ['head', withUint16(head.subarray(0, 54), 50, version)],
    ['hhea', withUint16(hhea.subarray(0, 36), 34, metrics.length)],
    ['loca', loca],
    ['maxp', withUint16(maxp, 4, subset.glyf.length)],
    ['cvt ', font['cvt '] ? rawTable(font, 'cvt ') : null],
    ['prep', font.prep ? rawTable(font, 'prep') : null],
    ['glyf', glyf],
    ['hmtx', hmtx],
    ['fpgm', font.fpgm ? rawTable(font, 'fpgm') : null],
  ];
  const present = tables.filter((t): t is [string, Uint8Array] => t[1] !== null);
  const numTables = present.length;
  const power = 2 ** Math.floor(Math.log2(numTables));
  const directoryLength = 12 + 16 * numTables;
  const total = directoryLength + present.reduce((n, [, data]) => n + data.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x72, 0x75, 0x65], 0); // 'true', as fontkit tags its subsets
  view.setUint16(4, numTables);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, numTables * 16 - power * 16);
  let offset = directoryLength;
  present.forEach(([tag, data], i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 4, 0); // fontkit writes no checksums
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, data.length);
    out.set(data, offset);
    offset += data.length;
  });
  return out;
}
