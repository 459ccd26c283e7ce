// Makes the DOCX reproducible: dates from the paper, bookmark ids in document order, a zip with no timestamps.

import { Packer } from 'docx';
import type { Document as WordDocument } from 'docx';
import JSZip from 'jszip';
import { withFastWriting, type KnownPart } from './xmlWriter.js';
import { writeZip } from '../../zipWriter.js';
import type { ZipEntry } from '../../zipWriter.js';

/** `2026-01-12` → `2026-01-12T00:00:00Z`, the W3CDTF form core.xml uses. */
export function coreDate(isoDate: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const parsed = day === null ? Number.NaN : Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`document meta.date: "${isoDate}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return `${isoDate}T00:00:00Z`;
}

/** The docx library stamps the wall clock into dcterms:created and dcterms:modified; the paper's own date goes there. */
export function fixCoreDates(coreXml: string, isoDate: string): string {
  const stamp = coreDate(isoDate);
  return coreXml.replace(
    /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
    (_all, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
}

/**
 * The docx library names the bookmarks its TOC links to (`_Toc12`) and numbers bookmarks from counters that live as
 * long as the process, so a second render in the same process would differ. Renumber both in document order.
 */
export function renumberBookmarks(documentXml: string): string {
  const names = new Map<string, string>();
  const renamed = documentXml.replace(/_Toc\d+/g, (name) => {
    let next = names.get(name);
    if (next === undefined) {
      next = `_Toc${names.size + 1}`;
      names.set(name, next);
    }
    return next;
  });
  const ids = new Map<string, string>();
  return renamed.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_all, open: string, id: string, close: string) => {
    let next = ids.get(id);
    if (next === undefined) {
      next = String(ids.size + 1);
      ids.set(id, next);
    }
    return `${open}${next}${close}`;
  });
}

/** Content types and the package relationships first, as Word writes them; then the parts in the library's order. */
function entryOrder(names: string[]): string[] {
  const first = ['[Content_Types].xml', '_rels/.rels'].filter((name) => names.includes(name));
  return [...first, ...names.filter((name) => !first.includes(name))];
}

export type PartData = string | Uint8Array;

/** Pictures and embedded workbooks are compressed already. */
const alreadyCompressed = /\.(png|jpe?g|gif|xlsx)$/i;

/** The parts with dates and ids made reproducible, zipped in a fixed order with no timestamps. */
export function reproducible(parts: ReadonlyMap<string, PartData>, isoDate: string): Uint8Array {
  const entries: ZipEntry[] = entryOrder([...parts.keys()]).map((name) => {
    const data = parts.get(name) ?? '';
    const fixed =
      name === 'docProps/core.xml'
        ? fixCoreDates(asText(data), isoDate)
        : name === 'word/document.xml'
          ? renumberBookmarks(asText(data))
          : data;
    return { name, data: fixed, compress: !alreadyCompressed.test(name) };
  });
  return writeZip(entries);
}

const decoder = new TextDecoder();

function asText(data: PartData): string {
  return typeof data === 'string' ? data : decoder.decode(data);
}

interface PartCompiler {
  compile(file: WordDocument, prettify: undefined, overrides: []): Map<string, PartData>;
}

/**
 * The docx library's parts before zipping. Packer zips them (stamping the wall clock on every entry) and we would only
 * unzip them again to fix the dates; its compiler is not public API, so when a docx release moves it we fall back to
 * unzipping Packer's output, slower but the same bytes. `known`: parts whose XML follows from a key (withFastWriting).
 */
export async function compileParts(file: WordDocument, known: readonly KnownPart[] = []): Promise<Map<string, PartData>> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> & { formatter?: unknown } }).compiler;
  if (typeof compiler?.compile === 'function') return withFastWriting(compiler, () => (compiler as PartCompiler).compile(file, undefined, []), known);
  return unzipParts(await Packer.toBuffer(file));
}

export async function unzipParts(packed: Uint8Array): Promise<Map<string, PartData>> {
  const zip = await JSZip.loadAsync(packed);
  const parts = new Map<string, PartData>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async('uint8array'));
  }
  return parts;
}
