// Hostile workbooks for the tests, made on the fly: a merged range over the whole grid, zip bombs, lying sizes.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { writeBytes, writeWorkbook } from './helpers.js';

/** A few KB: one merged range over every cell of the sheet (1,048,576 rows × 16,384 columns). */
export async function writeMergeBomb(file: string): Promise<string> {
  await writeWorkbook(file, [{ name: 'Values', rows: [['ID', 'Period', 'Value']], merges: ['A2:B3'] }]);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  if (!sheet.includes('ref="A2:B3"')) throw new Error('test fixture: merge not where expected');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('ref="A2:B3"', 'ref="A1:XFD1048576"'));
  return writeBytes(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A real workbook with an extra part of `megabytes` MB of zeros, which deflate shrinks about a thousandfold. */
export async function writeZipBomb(file: string, megabytes: number): Promise<string> {
  await writeWorkbook(file, [{ name: 'Values', rows: [['ID', 'Period', 'Value']] }]);
  const zip = await JSZip.loadAsync(readFileSync(file));
  zip.file('xl/media/padding.bin', new Uint8Array(megabytes * 1024 * 1024));
  return writeBytes(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

/** Rewrites an entry's declared unpacked size in both its local header and the central directory. */
function declareSize(bytes: Uint8Array, entryName: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (offset: number): boolean => name.every((b, i) => bytes[offset + i] === b);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === name.length && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(i + 28, true) === name.length && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
}

/** A zip bomb that lies: its central directory says the 30 MB part is 100 KB, so only real inflation shows it. */
export async function writeLyingZipBomb(file: string): Promise<string> {
  await writeZipBomb(file, 30);
  const bytes = new Uint8Array(readFileSync(file));
  declareSize(bytes, 'xl/media/padding.bin', 100 * 1024);
  return writeBytes(file, bytes);
}
