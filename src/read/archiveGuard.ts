// Checking an .xlsx zip before exceljs sees it: exceljs inflates every entry uncapped and expands merged ranges cell by cell.
import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import { error } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { SheetXmlScan } from './sheetXmlScan.js';
import type { ReadLimits } from './types.js';
import { REPAIR_ADVICE, describePart } from './workbookDamage.js';
import { relationTargets, sheetNamesByPart, sheetParts } from './workbookSheets.js';
import { xmlDamage } from './xmlCheck.js';
import type { ZipParts } from './zipParts.js';

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

/** A zip entry that would not unpack: the part's name goes into the message. */
class DamagedEntry extends Error {
  constructor(
    readonly part: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

async function* inflated(stream: Readable, part: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (err) {
    throw new DamagedEntry(part, err);
  }
}

class Refusal extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/** yauzl is loaded only for a zip the one-pass guard leaves to it (most workbooks never need it). */
async function openZip(file: string): Promise<ZipFile> {
  const { default: yauzl } = await import('yauzl');
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
  /** Every entry's name. */
  names: Set<string>;
}

/** Inflates one entry, counting the bytes that really come out (yauzl also stops at the declared size). */
async function inflateEntry(zip: ZipFile, entry: Entry, scan: ArchiveScan, budget: { left: number; limit: number }, file: string): Promise<void> {
  const stream = await openEntry(zip, entry).catch((err: unknown) => {
    throw new DamagedEntry(entry.fileName, err);
  });
  const sheetScan = WORKSHEET_PART.test(entry.fileName) ? new SheetXmlScan() : null;
  if (sheetScan !== null) scan.sheets.set(entry.fileName, sheetScan);
  const collect = COLLECTED_PARTS.has(entry.fileName) ? ([] as Buffer[]) : null;
  let collectedBytes = 0;
  for await (const chunk of inflated(stream, entry.fileName)) {
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

function checkDeclared(entry: Pick<Entry, 'fileName' | 'uncompressedSize' | 'compressedSize'>, declaredTotal: number, limits: ReadLimits, file: string): void {
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
  const scan: ArchiveScan = { sheets: new Map(), collected: new Map(), names: new Set() };
  const budget = { left: limits.maxUnpackedBytes, limit: limits.maxUnpackedBytes };
  let declaredTotal = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      declaredTotal += entry.uncompressedSize;
      scan.names.add(entry.fileName);
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

/** A zip library's complaint as a short phrase: never its own words, which mean nothing to an officer. */
function zipProblem(message: string): string {
  if (/invalid distance|invalid (?:code|block|stored)|incorrect header|unexpected end|invalid literal|too far back/i.test(message)) return 'its compressed data is corrupt';
  if (/not enough bytes|unexpected EOF|truncated/i.test(message)) return 'it is cut short';
  if (/signature|header|central directory|comment length|offset/i.test(message)) return 'its index of parts is corrupt';
  if (/encrypt/i.test(message)) return 'it is encrypted';
  if (/compression method/i.test(message)) return 'it uses a compression Excel does not';
  return 'it cannot be unpacked';
}

/**
 * Parts exceljs would pass over quietly when they are damaged or missing, losing sheets or their text: the list of
 * sheets, its links, each sheet's part, and the shared text the links name.
 */
function checkParts(scan: ArchiveScan, file: string): Diagnostic[] {
  const workbookXml = scan.collected.get('xl/workbook.xml')!.toString('utf8');
  const relsXml = scan.collected.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  const names = sheetNamesByPart(workbookXml, relsXml ?? '');
  const damaged = (part: string, problem: string): Diagnostic =>
    error('damaged-workbook', `the workbook part ${describePart(part, names)} ${problem}: ${REPAIR_ADVICE}`, { file });
  for (const [part, xml] of [['xl/workbook.xml', workbookXml], ['xl/_rels/workbook.xml.rels', relsXml]] as const) {
    if (xml === undefined) return [damaged(part, 'is missing, so the workbook is damaged')];
    const damage = xmlDamage(xml);
    if (damage !== null) return [damaged(part, `is damaged at line ${damage.line} (${damage.problem})`)];
  }
  const problems: Diagnostic[] = [];
  for (const { name, part } of sheetParts(workbookXml, relsXml!)) {
    if (part === null) problems.push(error('damaged-workbook', `the workbook lists a sheet "${name}" but has no link to its part: the workbook is damaged; ${REPAIR_ADVICE}`, { file, sheet: name }));
    else if (!scan.names.has(part)) problems.push(error('damaged-workbook', `the part that holds the ${name} sheet (${part}) is missing from the workbook: the workbook is damaged; ${REPAIR_ADVICE}`, { file, sheet: name }));
  }
  for (const target of relationTargets(relsXml!, /sharedStrings$/)) {
    if (!scan.names.has(target)) problems.push(damaged(target, 'is missing though the workbook links to it, so the workbook is damaged'));
  }
  return problems;
}

/** What the scan of a whole archive says: not a workbook, a damaged part, or sheets past the limits; empty when safe. */
function judge(scan: ArchiveScan, limits: ReadLimits, file: string): Diagnostic[] {
  if (!scan.collected.has('xl/workbook.xml')) {
    return [error('not-a-workbook', 'this zip file is not an Excel workbook (.xlsx): it has no xl/workbook.xml', { file })];
  }
  const damaged = checkParts(scan, file);
  return damaged.length > 0 ? damaged : checkSheets(scan, limits, file);
}

/** The parts the fast reader reads, held once inflated so it need not inflate them again. */
const READER_PARTS = /^(?:xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/**
 * The same scan as `scanArchive`, in one synchronous pass over a zip read whole: the same checks in the same order,
 * each part inflated to no more than the size the zip declares for it. Null for any zip it does not read plainly (one
 * yauzl would read otherwise or refuse: see `ZipParts.plain`; a part that will not inflate to its declared size; a
 * workbook part past the size collected): yauzl then scans it, and names what is wrong in the user's words.
 */
function scanPlainArchive(zip: ZipParts, limits: ReadLimits, file: string): ArchiveScan | null {
  const { directory } = zip;
  if (!zip.plain) return null;
  if (directory.length > limits.maxEntries) {
    throw new Refusal(error('zip-too-many-entries', `the workbook has ${count(directory.length)} parts, more than the ${count(limits.maxEntries)} allowed`, { file }));
  }
  const scan: ArchiveScan = { sheets: new Map(), collected: new Map(), names: new Set() };
  let declaredTotal = 0;
  for (const entry of directory) {
    declaredTotal += entry.size;
    scan.names.add(entry.name);
    checkDeclared({ fileName: entry.name, uncompressedSize: entry.size, compressedSize: entry.compressedSize }, declaredTotal, limits, file);
    if (entry.name.endsWith('/')) continue;
    const data = zip.part(entry.name, READER_PARTS.test(entry.name));
    if (data === null || data === undefined) return null;
    if (WORKSHEET_PART.test(entry.name)) {
      const sheetScan = new SheetXmlScan();
      sheetScan.push(data.toString('latin1'));
      sheetScan.end();
      scan.sheets.set(entry.name, sheetScan);
    }
    if (COLLECTED_PARTS.has(entry.name)) {
      if (data.length > MAX_WORKBOOK_XML_BYTES) return null;
      scan.collected.set(entry.name, data);
    }
  }
  return scan;
}

/**
 * `checkWorkbookArchive` for a zip already read whole, without streaming it again: the same diagnostics, or null when
 * this zip is for `checkWorkbookArchive` to scan. The parts the reader needs stay inflated in `zip` for it.
 */
export function checkPlainArchive(zip: ZipParts, limits: ReadLimits, file: string): Diagnostic[] | null {
  try {
    const scan = scanPlainArchive(zip, limits, file);
    return scan === null ? null : judge(scan, limits, file);
  } catch (err) {
    // Anything else (a part too large to hold as one string) is for the streaming guard to judge.
    return err instanceof Refusal ? [err.diagnostic] : null;
  }
}

/** Every reason not to hand this file to exceljs; empty when it is safe to parse. */
export async function checkWorkbookArchive(file: string, limits: ReadLimits): Promise<Diagnostic[]> {
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    const message = (err as Error).message;
    const cutShort = /end of central directory|truncated|unexpected EOF/i.test(message);
    return [
      error(
        'not-a-workbook',
        cutShort
          ? `this is not a complete Excel workbook (.xlsx): the file ends early, as if cut short while being copied or downloaded; copy it again, or ${REPAIR_ADVICE}`
          : `this is not a readable Excel workbook (.xlsx): its zip structure is damaged (${zipProblem(message)}); ${REPAIR_ADVICE}`,
        { file },
      ),
    ];
  }
  try {
    return judge(await scanArchive(zip, limits, file), limits, file);
  } catch (err) {
    if (err instanceof Refusal) return [err.diagnostic];
    const message = (err as Error).message;
    // yauzl stops an entry that inflates past the size the zip declared for it.
    if (/too many bytes in the stream/.test(message)) {
      return [error('zip-bomb', 'a part of the workbook unpacks to more than the zip declares; the file is damaged or built to exhaust memory', { file })];
    }
    if (err instanceof DamagedEntry) {
      return [error('damaged-workbook', `the workbook part ${describePart(err.part, new Map())} cannot be unpacked (${zipProblem(message)}): the workbook is damaged; ${REPAIR_ADVICE}`, { file })];
    }
    return [error('damaged-workbook', `the workbook's zip structure is damaged (${zipProblem(message)}); ${REPAIR_ADVICE}`, { file })];
  } finally {
    zip.close();
  }
}
