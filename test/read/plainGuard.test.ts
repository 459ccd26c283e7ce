// The archive guard read in one synchronous pass (a zip read whole) says exactly what the streaming guard says, for
// ordinary, hostile and damaged workbooks; where it cannot read a zip plainly it says nothing (null) and the
// streaming guard scans it.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlainArchive, checkWorkbookArchive } from '../../src/read/archiveGuard.js';
import { defaultReadLimits } from '../../src/read/limits.js';
import type { ReadLimits } from '../../src/read/types.js';
import { ZipParts } from '../../src/read/zipParts.js';
import { INDICATORS, TempDir, writeBytes, writeWorkbook, xlsxFiles } from './helpers.js';
import { writeLyingZipBomb, writeMergeBomb, writeZipBomb } from './hostileFiles.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const VALUES = { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 64.7]] };

async function bothGuards(file: string, limits: ReadLimits = defaultReadLimits) {
  const zip = ZipParts.open(readFileSync(file));
  return { plain: zip === null ? null : checkPlainArchive(zip, limits, file), streamed: await checkWorkbookArchive(file, limits) };
}

/** A copy of `base` with its parts edited (JSZip writes the zip afresh). */
async function edited(name: string, base: string, edit: (zip: JSZip) => Promise<void> | void): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(base));
  await edit(zip);
  return writeBytes(dir.file(`${name}.xlsx`), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A copy of `base` with one more part, under a name JSZip writes as given. */
async function edited2(name: string, base: string, part: string): Promise<string> {
  return edited(name, base, (zip) => void zip.file(part, '<x/>', { createFolders: false }));
}

describe('the archive guard in one pass', () => {
  it.each([...xlsxFiles('data'), ...xlsxFiles('test/fixtures'), ...xlsxFiles('../shared/realdata')])('passes %s as the streaming guard does, in one pass', async (file) => {
    const { plain, streamed } = await bothGuards(file);
    expect(plain).not.toBeNull();
    expect(plain).toEqual(streamed);
  });

  it('refuses hostile and damaged workbooks exactly as the streaming guard does, or leaves them to it', async () => {
    const base = await writeWorkbook(dir.file('base.xlsx'), [INDICATORS, VALUES]);
    const rows = await writeWorkbook(dir.file('rows.xlsx'), [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value'], ...Array.from({ length: 30 }, () => ['NI68', '2016-17 Q3', 1])] }]);
    const cases: [string, string, ReadLimits, boolean][] = [
      // [what, file, limits, whether the one-pass guard must decide it itself]; the streaming guard refuses each
      ['a merge bomb', await writeMergeBomb(dir.file('merge-bomb.xlsx')), defaultReadLimits, true],
      ['a zip bomb by its ratio', await writeZipBomb(dir.file('zip-bomb.xlsx'), 20), defaultReadLimits, true],
      ['a workbook past the size limit', await writeZipBomb(dir.file('too-big.xlsx'), 8), { ...defaultReadLimits, maxUnpackedBytes: 4 * 1024 * 1024 }, true],
      ['a zip bomb whose declared sizes lie', await writeLyingZipBomb(dir.file('lying-bomb.xlsx')), defaultReadLimits, false],
      ['too many entries', base, { ...defaultReadLimits, maxEntries: 3 }, true],
      ['too many rows', rows, { ...defaultReadLimits, maxRows: 10 }, true],
      ['a missing sheet part', await edited('no-sheet', base, (zip) => void zip.remove('xl/worksheets/sheet2.xml')), defaultReadLimits, true],
      ['missing links to the sheets', await edited('no-rels', base, (zip) => void zip.remove('xl/_rels/workbook.xml.rels')), defaultReadLimits, true],
      ['a missing shared-text part', await edited('no-shared', base, (zip) => void zip.remove('xl/sharedStrings.xml')), defaultReadLimits, true],
      ['a truncated workbook part', await edited('cut-workbook', base, async (zip) => void zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).slice(0, 200))), defaultReadLimits, true],
      ['no workbook part at all', await edited('no-workbook', base, (zip) => void zip.remove('xl/workbook.xml')), defaultReadLimits, true],
    ];
    for (const [what, file, limits, decides] of cases) {
      const { plain, streamed } = await bothGuards(file, limits);
      expect(streamed.length, `${what}: the streaming guard refuses it`).toBeGreaterThan(0);
      if (decides) expect(plain, what).not.toBeNull();
      if (plain !== null) expect(plain, what).toEqual(streamed);
    }
  });

  it('leaves a part named with a leading slash (so named twice) to the streaming guard', async () => {
    const base = await writeWorkbook(dir.file('slash-base.xlsx'), [INDICATORS, VALUES]);
    const file = await edited('twice', base, (zip) => void zip.file('/xl/styles.xml', '<styleSheet/>'));
    expect((await bothGuards(file)).plain).toBeNull();
  });

  it('leaves a zip yauzl reads otherwise, or refuses, to the streaming guard, which refuses it', async () => {
    const base = await writeWorkbook(dir.file('odd-base.xlsx'), [INDICATORS, VALUES]);
    const bytes = readFileSync(base);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const firstEntry = bytes.readUInt32LE(end + 16);
    const edited = (name: string, edit: (b: Buffer) => Buffer): string => writeBytes(dir.file(`${name}.xlsx`), edit(Buffer.from(bytes)));
    const cases: [string, string][] = [
      ['bytes after the zip', edited('appended', (b) => Buffer.concat([b, Buffer.from('junk after the zip')]))],
      ['a second disk', edited('disk', (b) => (b.writeUInt16LE(1, end + 4), b))],
      ['strong encryption', edited('strong', (b) => (b.writeUInt16LE(b.readUInt16LE(firstEntry + 8) | 0x40, firstEntry + 8), b))],
      ['a name going up a folder', await edited2('up', base, 'xl/../evil.xml')],
      ['a name with a drive', await edited2('drive', base, 'C:evil.xml')],
    ];
    for (const [what, file] of cases) {
      const { plain, streamed } = await bothGuards(file);
      expect(plain, what).toBeNull();
      expect(streamed.length, `${what}: the streaming guard refuses it`).toBeGreaterThan(0);
    }
  });

  it('leaves a file that is not a zip, or a zip cut short, to the streaming guard', async () => {
    const base = await writeWorkbook(dir.file('whole.xlsx'), [INDICATORS, VALUES]);
    const bytes = readFileSync(base);
    expect(ZipParts.open(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBeNull();
    expect(ZipParts.open(Buffer.from('ID,Value\n'))).toBeNull();
  });
});
