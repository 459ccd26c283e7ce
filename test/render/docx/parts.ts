// Test helper: a DOCX's parts as strings, to inspect the XML the renderer wrote.

import JSZip from 'jszip';

export type Parts = Record<string, string>;

export async function readParts(docx: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(docx);
  const parts: Parts = {};
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry !== null && !/\.(png|xlsx)$/.test(name)) parts[name] = await entry.async('string');
  }
  return parts;
}

export function part(parts: Parts, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`the DOCX has no part ${name}; it has ${Object.keys(parts).join(', ')}`);
  return xml;
}

/** Every element `<tag ...>...</tag>` (non-nested match), for looking inside one paragraph, row or style at a time. */
export function elements(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g')) ?? [];
}

/** The text of a paragraph or run list: every w:t, with w:tab as a tab. */
export function textOf(xml: string): string {
  return (xml.match(/<w:t\b[^>]*>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
    .map((piece) => (piece === '<w:tab/>' ? '\t' : piece.replace(/<[^>]+>/g, '')))
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}
