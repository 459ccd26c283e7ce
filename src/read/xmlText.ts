// XML text and attribute values decoded as a conforming XML parser (exceljs's) decodes them, for the fast reader.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Thrown for XML this reader will not guess at (an unknown entity, CDATA): the caller reads the workbook the general way. */
export class NotForFastReader extends Error {}

function entity(_all: string, name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : Number.NaN;
  if (!Number.isFinite(code) || code > 0x10ffff) throw new NotForFastReader(`entity &${name};`);
  return String.fromCodePoint(code);
}

/** Character data: line ends normalised to \n (XML 1.0 §2.11), entities and character references replaced. */
export function xmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('\r') && !raw.includes('<')) return raw;
  if (raw.includes('<![CDATA[')) throw new NotForFastReader('CDATA');
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!lines.includes('&')) return lines;
  if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);)/.test(lines)) throw new NotForFastReader('a bare &');
  return lines.replace(ENTITY, entity);
}

/** An attribute value: as text, with tabs and line ends then read as spaces (XML 1.0 §3.3.3). */
export function xmlAttributeValue(raw: string): string {
  return xmlText(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NEEDS_DECODING = /[&\t\n\r]/;

/** A start tag's attributes by name (with any namespace prefix, `r:id`), decoded. */
export function attributesOf(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const raw = m[2] ?? m[3] ?? '';
    found.set(m[1]!, NEEDS_DECODING.test(raw) ? xmlAttributeValue(raw) : raw);
  }
  return found;
}

/** One attribute of a start tag, decoded; undefined when absent. */
export function attributeOf(attributes: string, name: string): string | undefined {
  return attributesOf(attributes).get(name);
}
