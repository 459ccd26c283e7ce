// Test helper: the numbers Word would print before each body paragraph, computed from numbering.xml, styles.xml and
// document.xml as Word does (direct numPr, else the style's along basedOn; numId 0 switches numbering off; a level
// restarts when a level above it counts on).

import { elements, textOf } from './parts.js';
import type { Parts } from './parts.js';
import { part } from './parts.js';

interface NumRef {
  numId: string;
  ilvl: number;
}

const attr = (xml: string, tag: string): string | null => new RegExp(`<${tag} w:val="([^"]*)"`).exec(xml)?.[1] ?? null;

function numPrOf(pPr: string): NumRef | null {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
  if (numPr === undefined) return null;
  return { numId: attr(numPr, 'w:numId') ?? '0', ilvl: Number(attr(numPr, 'w:ilvl') ?? '0') };
}

function styleNumbering(stylesXml: string): Map<string, NumRef | null> {
  const raw = new Map<string, { basedOn: string | null; numPr: NumRef | null }>();
  for (const style of elements(stylesXml, 'w:style')) {
    const id = /w:styleId="([^"]+)"/.exec(style)?.[1];
    if (id === undefined) continue;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(style)?.[1] ?? '';
    raw.set(id, { basedOn: attr(style, 'w:basedOn'), numPr: numPrOf(pPr) });
  }
  const resolved = new Map<string, NumRef | null>();
  for (const id of raw.keys()) {
    let at: string | null = id;
    let found: NumRef | null = null;
    for (let depth = 0; at !== null && depth < 10; depth += 1) {
      const style = raw.get(at);
      if (style === undefined) break;
      if (style.numPr !== null) {
        found = style.numPr;
        break;
      }
      at = style.basedOn;
    }
    resolved.set(id, found);
  }
  return resolved;
}

function levelTexts(numberingXml: string): Map<string, Map<number, { text: string; start: number }>> {
  const abstracts = new Map<string, Map<number, { text: string; start: number }>>();
  for (const abstract of elements(numberingXml, 'w:abstractNum')) {
    const id = /w:abstractNumId="(\d+)"/.exec(abstract)?.[1] ?? '';
    const levels = new Map<number, { text: string; start: number }>();
    for (const lvl of elements(abstract, 'w:lvl')) {
      levels.set(Number(/w:ilvl="(\d+)"/.exec(lvl)?.[1]), { text: attr(lvl, 'w:lvlText') ?? '', start: Number(attr(lvl, 'w:start') ?? '1') });
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, Map<number, { text: string; start: number }>>();
  for (const num of elements(numberingXml, 'w:num')) {
    const id = /w:numId="(\d+)"/.exec(num)?.[1] ?? '';
    nums.set(id, abstracts.get(attr(num, 'w:abstractNumId') ?? '') ?? new Map());
  }
  return nums;
}

/** Each body paragraph outside the contents as Word prints it: its number (if any), a tab, its text. */
export function printedParagraphs(parts: Parts): { number: string | null; text: string }[] {
  const body = part(parts, 'word/document.xml').replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  const styles = styleNumbering(part(parts, 'word/styles.xml'));
  const nums = levelTexts(parts['word/numbering.xml'] ?? '');
  const counters = new Map<string, number[]>();
  return elements(body, 'w:p').map((p) => {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const style = attr(pPr, 'w:pStyle') ?? 'Normal';
    const ref = numPrOf(pPr) ?? styles.get(style) ?? null;
    if (ref === null || ref.numId === '0') return { number: null, text: textOf(p) };
    const levels = nums.get(ref.numId) ?? new Map();
    const count = counters.get(ref.numId) ?? [];
    count[ref.ilvl] = (count[ref.ilvl] ?? (levels.get(ref.ilvl)?.start ?? 1) - 1) + 1;
    count.length = ref.ilvl + 1;
    counters.set(ref.numId, count);
    const text = (levels.get(ref.ilvl)?.text ?? '').replace(/%(\d)/g, (_m: string, k: string) => String(count[Number(k) - 1] ?? levels.get(Number(k) - 1)?.start ?? 1));
    return { number: text, text: textOf(p) };
  });
}
