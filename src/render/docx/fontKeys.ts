// Embedded fonts with reproducible keys: the docx library keys each embedded face with a random GUID (and obfuscates
// the face's first 32 bytes with it), so the same paper would differ on every run. Each key is replaced by one derived
// from the face's own bytes and its place, and the face re-obfuscated with it (ECMA-376 Part 2, font obfuscation).

import { createHash } from 'node:crypto';
import type { PartData } from './package.js';

const decoder = new TextDecoder();
const asText = (data: PartData): string => (typeof data === 'string' ? data : decoder.decode(data));
const asBytes = (data: PartData): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

/** The XOR mask of a key: its 16 bytes in reverse order, as Word applies them. */
function mask(guid: string): number[] {
  return (guid.replace(/[{}-]/g, '').match(/../g) ?? []).map((hex) => Number.parseInt(hex, 16)).reverse();
}

function rekey(data: Uint8Array, oldKey: string, newKey: string): Uint8Array {
  const [from, to] = [mask(oldKey), mask(newKey)];
  const out = new Uint8Array(data);
  for (let i = 0; i < Math.min(32, out.length); i += 1) out[i] = (out[i] ?? 0) ^ (from[i % 16] ?? 0) ^ (to[i % 16] ?? 0);
  return out;
}

function derivedKey(data: Uint8Array, place: number): string {
  const hex = createHash('sha256').update(data.subarray(32)).update(String(place)).digest('hex').slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

export function withReproducibleFontKeys(parts: ReadonlyMap<string, PartData>): Map<string, PartData> {
  const result = new Map(parts);
  const table = parts.get('word/fontTable.xml');
  const rels = parts.get('word/_rels/fontTable.xml.rels');
  if (table === undefined || rels === undefined) return result;
  const targets = new Map([...asText(rels).matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1] ?? '', `word/${m[2] ?? ''}`]));
  let place = 0;
  const fixed = asText(table).replace(/r:id="([^"]+)" w:fontKey="(\{[^}]+\})"/g, (all, id: string, oldKey: string) => {
    const name = targets.get(id);
    const data = name === undefined ? undefined : parts.get(name);
    if (name === undefined || data === undefined) return all;
    place += 1;
    const bytes = asBytes(data);
    const newKey = derivedKey(bytes, place);
    result.set(name, rekey(bytes, oldKey, newKey));
    return `r:id="${id}" w:fontKey="${newKey}"`;
  });
  result.set('word/fontTable.xml', fixed);
  return result;
}
