// Checking an .xlsx zip before exceljs sees it: exceljs inflates every entry uncapped and expands merged ranges cell by cell.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { error } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { SheetXmlScan } from './sheetXmlScan.js';
import type { ReadLimits } from './types.js';
import { sheetNamesByPart } from './workbookSheets.js';

/**
 * Most merged cells a sheet may have. Real scorecards merge title rows and theme bands (hundreds of cells);
 * exceljs makes an object per merged cell, so one range over the whole grid (17 billion cells) kills the process.
 */
export const MAX_MERGED_CELLS = 100_000;
/** Entries smaller than this are not ratio-checked: tiny XML parts compress very well and cannot hurt. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
const MAX_WORKBOOK_XML_BYTES = 5 * 1024 * 1024;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const COLLECTED_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (n: number): string => n.toLocaleString('en-GB');

class Refusal extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err !== null || zip === undefined) reject(err ?? new Error('unreadable zip'));
      else resolve(zip);
    });
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err !== null ? reject(err) : resolve(stream)));
  });
}

interface ArchiveScan {
  sheets: Map<string, SheetXmlScan>;
  collected: Map<string, Buffer>;
}

/** Inflates one entry, counting the bytes that really come out (yauzl also stops at the declared size). */
async function inflateEntry(zip: ZipFile, entry: Entry, scan: ArchiveScan, budget: { left: number; limit: number }, file: string): Promise<void> {
  const stream = await openEntry(zip, entry);
  const sheetScan = WORKSHEET_PART.test(entry.fileName) ? new SheetXmlScan() : null;
  if (sheetScan !== null) scan.sheets.set(entry.fileName, sheetScan);
  const collect = COLLECTED_PARTS.has(entry.fileName) ? ([] as Buffer[]) : null;
  let collectedBytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      stream.destroy();
      throw new Refusal(error('zip-too-large', `the workbook unpacks to more than ${mb(budget.limit)}; it is too large to read safely`, { file }));
    }
    sheetScan?.push(chunk.toString('latin1'));
    if (collect !== null && collectedBytes < MAX_WORKBOOK_XML_BYTES) {
      collect.push(chunk);
      collectedBytes += chunk.length;
    }
  }
  sheetScan?.end();
  if (collect !== null) scan.collected.set(entry.fileName, Buffer.concat(collect));
}

function checkDeclared(entry: Entry, declaredTotal: number, limits: ReadLimits, file: string): void {
  if (declaredTotal > limits.maxUnpackedBytes) {
    throw new Refusal(error('zip-too-large', `the workbook unpacks to more than ${mb(limits.maxUnpackedBytes)}; it is too large to read safely`, { file }));
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize >= RATIO_CHECK_FROM_BYTES && ratio > limits.maxCompressionRatio) {
    throw new Refusal(
      error('zip-bomb', `the workbook part ${entry.fileName} unpacks ${Math.round(ratio)} times larger than it is stored (more than ${limits.maxCompressionRatio}); the file looks built to exhaust memory`, { file }),
    );
  }
}

async function scanArchive(zip: ZipFile, limits: ReadLimits, file: string): Promise<ArchiveScan> {
  if (zip.entryCount > limits.maxEntries) {
    throw new Refusal(error('zip-too-many-entries', `the workbook has ${count(zip.entryCount)} parts, more than the ${count(limits.maxEntries)} allowed`, { file }));
  }
  const scan: ArchiveScan = { sheets: new Map(), collected: new Map() };
  const budget = { left: limits.maxUnpackedBytes, limit: limits.maxUnpackedBytes };
  let declaredTotal = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      declaredTotal += entry.uncompressedSize;
      Promise.resolve()
        .then(() => checkDeclared(entry, declaredTotal, limits, file))
        .then(() => (entry.fileName.endsWith('/') ? undefined : inflateEntry(zip, entry, scan, budget, file)))
        .then(() => zip.readEntry(), reject);
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return scan;
}

function checkSheets(scan: ArchiveScan, limits: ReadLimits, file: string): Diagnostic[] {
  const names = sheetNamesByPart(
    scan.collected.get('xl/workbook.xml')?.toString('utf8') ?? '',
    scan.collected.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '',
  );
  const problems: Diagnostic[] = [];
  for (const [part, sheetScan] of scan.sheets) {
    const sheet = names.get(part) ?? part;
    if (sheetScan.rows > limits.maxRows) {
      problems.push(error('too-many-rows', `the sheet has ${count(sheetScan.rows)} rows, more than the ${count(limits.maxRows)} allowed`, { file, sheet }));
    }
    if (sheetScan.mergedCells > MAX_MERGED_CELLS && sheetScan.largestMerge !== null) {
      problems.push(
        error('merged-range-too-large', `merged cells cover ${count(sheetScan.mergedCells)} cells (the largest is ${sheetScan.largestMerge.ref}), more than the ${count(MAX_MERGED_CELLS)} allowed; unmerge them`, { file, sheet, cell: sheetScan.largestMerge.ref.split(':')[0]! }),
      );
    }
  }
  return problems;
}

/** Every reason not to hand this file to exceljs; empty when it is safe to parse. */
export async function checkWorkbookArchive(file: string, limits: ReadLimits): Promise<Diagnostic[]> {
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    return [error('not-a-workbook', `this is not a readable Excel workbook (.xlsx): ${(err as Error).message}`, { file })];
  }
  try {
    const scan = await scanArchive(zip, limits, file);
    if (!scan.collected.has('xl/workbook.xml')) {
      return [error('not-a-workbook', 'this zip file is not an Excel workbook (.xlsx): it has no xl/workbook.xml', { file })];
    }
    return checkSheets(scan, limits, file);
  } catch (err) {
    if (err instanceof Refusal) return [err.diagnostic];
    // yauzl stops an entry that inflates past the size the zip declared for it.
    if (/too many bytes in the stream/.test((err as Error).message)) {
      return [error('zip-bomb', 'a part of the workbook unpacks to more than the zip declares; the file is damaged or built to exhaust memory', { file })];
    }
    return [error('damaged-workbook', `the workbook's zip structure is damaged: ${(err as Error).message}`, { file })];
  } finally {
    zip.close();
  }
}
