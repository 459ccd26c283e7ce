// Opening the input: sniff what the file is, then read it into sheet grids (CSV here; .xlsx in the worker, guard first).
import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { countLines, decodeCsv, parseCsv } from './csv.js';
import type { SheetGrid } from './grid.js';
import type { Findings } from './place.js';
import { takeReadAhead } from './readAhead.js';
import { parseWorkbookInWorker } from './runWorker.js';
import type { ReadLimits } from './types.js';
import { diagnoseWorkbookDamage, unreadableWorkbook } from './workbookDamage.js';

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Excel 97-2003 .xls, and also any password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

async function firstBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Why a file cannot be opened, in words (never Node's own message). */
function openFailure(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check you can open it, or copy it somewhere you can';
    case 'EBUSY':
      return 'another program has it open; close it there and try again';
    case 'EIO':
      return 'the disk could not be read';
    default:
      return `the system refused${code === undefined ? '' : ` (${code})`}; check the file is where you think and can be opened`;
  }
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

async function readCsvGrid(file: string, size: number, limits: ReadLimits, findings: Findings): Promise<SheetGrid[] | null> {
  if (size > limits.maxUnpackedBytes) {
    findings.error('file-too-large', `the file is ${Math.round(size / 1024 / 1024)} MB, more than the ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB allowed`, findings.whole());
    return null;
  }
  const text = decodeCsv(await readFile(file));
  const name = basename(file);
  if (countLines(text) > limits.maxRows + 1) {
    findings.error('too-many-rows', `the file has more than the ${limits.maxRows} rows allowed`, findings.sheet(name));
    return null;
  }
  const { grid, problems } = parseCsv(text, name);
  for (const problem of problems) {
    const where = { file, line: problem.line };
    if (problem.severity === 'error') findings.error(problem.code, problem.message, where);
    else findings.warning(problem.code, problem.message, where);
  }
  // The rows after an unclosed quote are one runaway field: reading them would only add wrong messages.
  return problems.some((p) => p.severity === 'error') ? null : [grid];
}

async function readXlsxGrids(file: string, limits: ReadLimits, findings: Findings): Promise<SheetGrid[] | null> {
  const ahead = takeReadAhead(file, limits);
  ahead?.hold();
  const outcome = await (ahead?.outcome ?? parseWorkbookInWorker(file, limits, { guard: true }));
  if ('refused' in outcome) {
    findings.diagnostics.push(...outcome.refused);
    return null;
  }
  if (!outcome.ok) {
    // The reader's own words ("Cannot read properties of undefined") mean nothing to an officer: name the damaged part.
    const failed = outcome.diagnostic.code === 'not-a-workbook' || outcome.diagnostic.code === 'unreadable-workbook';
    const named = failed ? await diagnoseWorkbookDamage(file) : [];
    findings.diagnostics.push(...(named.length > 0 ? named : [failed ? unreadableWorkbook(file) : outcome.diagnostic]));
    return null;
  }
  return outcome.sheets;
}

/** The file's sheets as grids, or null with the reason in `findings`. */
export async function loadSheetGrids(file: string, limits: ReadLimits, findings: Findings): Promise<SheetGrid[] | null> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      findings.error('not-a-file', info.isDirectory() ? 'this is a folder, not a scorecard file' : 'this is not a regular file (a device or a pipe?), not a scorecard file', findings.whole());
      return null;
    }
    size = info.size;
  } catch {
    findings.error('file-not-found', 'there is no such file', findings.whole());
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = await firstBytes(file);
  } catch (e) {
    const reason = openFailure((e as NodeJS.ErrnoException).code);
    findings.error('cannot-open', `the file cannot be opened: ${reason}`, findings.whole());
    return null;
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsxGrids(file, limits, findings);
  if (startsWith(bytes, OLE_MAGIC)) {
    findings.error('old-or-protected-workbook', 'this is an Excel 97-2003 (.xls) or password-protected workbook: save it as an unprotected .xlsx', findings.whole());
    return null;
  }
  if (CSV_EXTENSIONS.has(extname(file).toLowerCase())) return readCsvGrid(file, size, limits, findings);
  findings.error('not-a-workbook', 'this is not an Excel workbook (.xlsx) or a CSV file', findings.whole());
  return null;
}
