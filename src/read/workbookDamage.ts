// Naming the damage in a workbook exceljs could not read: which part, which sheet and cell, and what to do.
import { readFile } from 'node:fs/promises';
import type JSZip from 'jszip';
import { error } from '../diagnostics.js';
import type { Diagnostic, Where } from '../diagnostics.js';
import { sheetNamesByPart } from './workbookSheets.js';
import { xmlDamage } from './xmlCheck.js';

export const REPAIR_ADVICE = 'open the workbook in Excel and save it again (Excel offers to repair a damaged file), or go back to an earlier copy';

const PART_ROLES: ReadonlyMap<string, string> = new Map([
  ['xl/workbook.xml', 'the list of sheets'],
  ['xl/_rels/workbook.xml.rels', 'the links from the workbook to its sheets'],
  ['xl/sharedStrings.xml', 'the text of the cells'],
  ['xl/styles.xml', 'the cell formats'],
  ['[Content_Types].xml', 'the list of parts'],
  ['_rels/.rels', 'the links between the parts'],
  ['docProps/core.xml', 'the document properties'],
  ['docProps/app.xml', 'the document properties'],
]);

/** `xl/sharedStrings.xml (the text of the cells)`, `xl/worksheets/sheet2.xml (the Values sheet)`. */
export function describePart(part: string, sheetNames: ReadonlyMap<string, string>): string {
  const sheet = sheetNames.get(part);
  const role = sheet !== undefined ? `the ${sheet} sheet` : PART_ROLES.get(part);
  return role === undefined ? part : `${part} (${role})`;
}

const XML_PART = /\.(?:xml|rels)$/i;
const SHARED_STRING = /<(?:[\w.-]+:)?si[\s/>]/g;
const CELL = /<(?:[\w.-]+:)?c(\s[^>]*?)?(\/?)>/g;
const ROW = /<(?:[\w.-]+:)?row(\s[^>]*?)?\/?>/g;
const VALUE = /^\s*<(?:[\w.-]+:)?v>([^<]*)</;
const CELL_REF = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function attribute(attrs: string | undefined, name: string): string | null {
  const m = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*"([^"]*)"`).exec(attrs ?? '');
  return m === null ? null : m[1]!;
}

/** Cell and row addresses that are not addresses, and shared-text numbers past the end of the shared text. */
function sheetProblems(xml: string, sharedStrings: number | null, sheet: string, part: string, file: string): Diagnostic[] {
  for (const m of xml.matchAll(ROW)) {
    const r = attribute(m[1], 'r');
    if (r !== null && !/^[1-9]\d{0,6}$/.test(r)) {
      return [error('damaged-workbook', `the sheet's part ${part} gives a row the number "${r}", which is not a row number: the workbook is damaged; ${REPAIR_ADVICE}`, { file, sheet })];
    }
  }
  for (const m of xml.matchAll(CELL)) {
    const ref = attribute(m[1], 'r');
    if (ref !== null && !CELL_REF.test(ref)) {
      return [error('damaged-workbook', `the sheet's part ${part} gives a cell the address "${ref}", which is not a cell address: the workbook is damaged; ${REPAIR_ADVICE}`, { file, sheet })];
    }
    if (attribute(m[1], 't') !== 's' || m[2] === '/') continue;
    const where: Where = ref === null ? { file, sheet } : { file, sheet, cell: ref };
    const index = VALUE.exec(xml.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[1]?.trim();
    if (index === undefined) continue;
    if (sharedStrings === null) {
      return [error('damaged-workbook', `the cell's text is kept in xl/sharedStrings.xml, which is missing from the workbook: the workbook is damaged; ${REPAIR_ADVICE}`, where)];
    }
    const n = Number(index);
    if (!/^\d+$/.test(index) || n >= sharedStrings) {
      const held = `${sharedStrings} ${sharedStrings === 1 ? 'piece' : 'pieces'} of text`;
      return [error('damaged-workbook', `the cell points to text number ${index} in xl/sharedStrings.xml, which holds only ${held}: the workbook is damaged; ${REPAIR_ADVICE}`, where)];
    }
  }
  return [];
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const entry = zip.file(name);
  return entry === null ? null : entry.async('string');
}

/**
 * Why exceljs could not read this workbook, part by part; empty when no damage is found. Runs only after a read
 * failed, on a file the archive guard has already checked for size, so reading every part whole is safe.
 */
export async function diagnoseWorkbookDamage(file: string): Promise<Diagnostic[]> {
  try {
    return await findDamage(file);
  } catch {
    // A part that will not even unpack here: the caller says the workbook cannot be read, in plain words.
    return [];
  }
}

async function findDamage(file: string): Promise<Diagnostic[]> {
  let zip: JSZip;
  try {
    // jszip is loaded only when a workbook has failed to read, so validate and the library entry never load it.
    const { default: JSZipLoader } = await import('jszip');
    zip = await JSZipLoader.loadAsync(await readFile(file));
  } catch {
    return [error('damaged-workbook', `the workbook's zip structure is damaged: ${REPAIR_ADVICE}`, { file })];
  }
  const sheetNames = sheetNamesByPart((await partText(zip, 'xl/workbook.xml')) ?? '', (await partText(zip, 'xl/_rels/workbook.xml.rels')) ?? '');
  const parts = Object.keys(zip.files).filter((name) => XML_PART.test(name) && !zip.files[name]!.dir).sort();
  for (const part of parts) {
    const damage = xmlDamage((await partText(zip, part)) ?? '');
    if (damage === null) continue;
    const sheet = sheetNames.get(part);
    const where: Where = sheet === undefined ? { file } : { file, sheet };
    return [error('damaged-workbook', `the workbook part ${describePart(part, sheetNames)} is damaged at line ${damage.line} (${damage.problem}): ${REPAIR_ADVICE}`, where)];
  }
  const sst = await partText(zip, 'xl/sharedStrings.xml');
  const sharedStrings = sst === null ? null : (sst.match(SHARED_STRING) ?? []).length;
  for (const [part, sheet] of sheetNames) {
    const xml = await partText(zip, part);
    if (xml === null) continue;
    const problems = sheetProblems(xml, sharedStrings, sheet, part, file);
    if (problems.length > 0) return problems;
  }
  return [];
}

/** When no damage can be named: what a user can do, without the reader's own words. */
export function unreadableWorkbook(file: string): Diagnostic {
  return error(
    'unreadable-workbook',
    `the workbook could not be read: it may be damaged, or written by a program that saves .xlsx in a way Excel would not; ${REPAIR_ADVICE} as an Excel Workbook (.xlsx)`,
    { file },
  );
}
