// Sheet names by their XML part (xl/worksheets/sheet1.xml → "Values"), from workbook.xml and its relationships.

function attribute(tag: string, name: RegExp): string | null {
  const m = new RegExp(String.raw`\s${name.source}="([^"]*)"`).exec(tag);
  return m === null ? null : decodeXmlText(m[1]!);
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** `worksheets/sheet1.xml` relative to xl/, or `/xl/worksheets/sheet1.xml` absolute → the zip entry name. */
function entryName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function relationships(relsXml: string): { id: string; type: string; target: string }[] {
  const found: { id: string; type: string; target: string }[] = [];
  for (const tag of relsXml.match(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(tag, /Id/);
    const target = attribute(tag, /Target/);
    // An external link (a URL) is not a part of this file.
    if (id !== null && target !== null && attribute(tag, /TargetMode/) !== 'External') found.push({ id, type: attribute(tag, /Type/) ?? '', target: entryName(target) });
  }
  return found;
}

/** Each sheet the workbook lists, with the zip entry of its part (null when no relationship names one). */
export function sheetParts(workbookXml: string, relsXml: string): { name: string; part: string | null }[] {
  const targets = new Map(relationships(relsXml).map((r) => [r.id, r.target]));
  const sheets: { name: string; part: string | null }[] = [];
  for (const tag of workbookXml.match(/<(?:[\w.-]+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, /name/);
    const id = attribute(tag, /[\w.-]+:id/);
    if (name !== null) sheets.push({ name, part: id === null ? null : (targets.get(id) ?? null) });
  }
  return sheets;
}

/** The zip entries of the relationships whose type ends as given (`/sharedStrings$/`). */
export function relationTargets(relsXml: string, type: RegExp): string[] {
  return relationships(relsXml).filter((r) => type.test(r.type)).map((r) => r.target);
}

export function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const { name, part } of sheetParts(workbookXml, relsXml)) if (part !== null) names.set(part, name);
  return names;
}
