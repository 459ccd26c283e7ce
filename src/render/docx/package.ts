// Makes the packed DOCX reproducible: dates from the paper, ids in document order, zip entries at a fixed time.

import JSZip from 'jszip';

/** The earliest time a zip entry can carry (DOS epoch); any fixed value would do, this one says "not a real time". */
const zipEntryDate = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

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

export async function reproducible(packed: Uint8Array, isoDate: string): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(packed);
  const output = new JSZip();
  const names = Object.keys(input.files).filter((name) => !(input.files[name]?.dir ?? false));
  for (const name of entryOrder(names)) {
    const entry = input.file(name);
    if (entry === null) continue;
    const options = { date: zipEntryDate, createFolders: false };
    if (name === 'docProps/core.xml') output.file(name, fixCoreDates(await entry.async('string'), isoDate), options);
    else if (name === 'word/document.xml') output.file(name, renumberBookmarks(await entry.async('string')), options);
    else output.file(name, await entry.async('uint8array'), options);
  }
  return output.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
