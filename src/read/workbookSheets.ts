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

export function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(tag, /Id/);
    const target = attribute(tag, /Target/);
    if (id !== null && target !== null) targets.set(id, entryName(target));
  }
  const names = new Map<string, string>();
  for (const tag of workbookXml.match(/<(?:[\w.-]+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, /name/);
    const id = attribute(tag, /[\w.-]+:id/);
    const part = id === null ? undefined : targets.get(id);
    if (name !== null && part !== undefined) names.set(part, name);
  }
  return names;
}
