// docx writes a part in two passes: every component's prepForXml builds an object tree ({ 'w:p': [ ... ] }), then its
// stringifier works out each element's tag, attributes and content as further objects and arrays and joins them.
// About a third of the time docx takes to write a paper went there. This module gives the same bytes faster:
//   - XmlComponent's own prepForXml (what most components, and every subclass's `super.prepForXml`, run) builds its
//     children in one loop instead of flatMap and filter;
//   - the compiler's parts are written from that object tree by `writeXmlable`, straight to a string, with the
//     stringifier's rules quirks and all; docx's stringifier then only adds the XML declaration.
// Both are checked against docx's own ways in test/render/docx/xmlWriter.test.ts, and every paper's bytes with them.
import { EMPTY_OBJECT, FileChild, isXmlComponent, XmlComponent } from 'docx';

type Xmlable = Record<string, unknown>;
type PrepForXml = (this: XmlComponent, context: { stack: unknown[] }) => Xmlable | undefined;

interface ComponentInternals {
  rootKey: string;
  root: unknown[];
}

const prototype = XmlComponent.prototype as unknown as { prepForXml: PrepForXml };

/** docx's own XmlComponent.prepForXml, kept to test the one-loop way against. */
export const docxPrepForXml: PrepForXml = prototype.prepForXml;

/**
 * XmlComponent.prepForXml in one loop: each child written (a component by its own prepForXml, or the components it is
 * written as), arrays flattened one level, undefined dropped, in the same order; one attributes-only child is the
 * element's value itself, no child at all is docx's empty object.
 */
export const oneLoopPrepForXml: PrepForXml = function (this: XmlComponent, context) {
  const self = this as unknown as ComponentInternals;
  context.stack.push(this);
  const children: unknown[] = [];
  const add = (written: unknown): void => {
    if (Array.isArray(written)) {
      for (const item of written) if (item !== undefined) children.push(item);
    } else if (written !== undefined) children.push(written);
  };
  for (const child of self.root) {
    if (!isXmlComponent(child)) {
      add(child);
      continue;
    }
    const parts = (child as unknown as { writtenAs?: { prepForXml: (context: unknown) => unknown }[] }).writtenAs;
    if (parts) add(parts.map((part) => part.prepForXml(context)));
    else add((child as unknown as { prepForXml: (context: unknown) => unknown }).prepForXml(context));
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null | undefined) : undefined;
  return { [self.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children };
};

prototype.prepForXml = oneLoopPrepForXml;

let docxOwnWriting = false;

/** Tests only: writes with docx's own prepForXml and stringifier (true), or this module's (false, the default). */
export function useDocxOwnWriting(own: boolean): void {
  docxOwnWriting = own;
  prototype.prepForXml = own ? docxPrepForXml : oneLoopPrepForXml;
}

// ---- writing the object tree ----

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const NEEDS_ESCAPING = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Markup characters as entities; control characters XML cannot hold are dropped (as docx's stringifier does). */
export function escaped(text: string): string {
  return NEEDS_ESCAPING.test(text) ? text.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : text;
}

/** A value as docx's stringifier leaves it: text escaped, anything else as it is (written later with String). */
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escaped(value) : value);

/** Content as docx writes it: nothing for undefined, else String of the (escaped) value. */
const contentText = (value: unknown): string => (value === undefined ? '' : String(value));

function attributesText(attributes: object): string {
  let text = '';
  for (const key of Object.keys(attributes)) text += ` ${key}="${String(escapeValue((attributes as Record<string, unknown>)[key]))}"`;
  return text;
}

/**
 * The object's first own key, as `Object.keys(value)[0]` gives it, without making the array of them all; null throws
 * as there (a null child stops docx's own writing too).
 */
function firstKey(value: object | null): string | undefined {
  if (value === null) return Object.keys(value as unknown as object)[0];
  for (const key in value) if (Object.hasOwn(value, key)) return key;
  return undefined;
}

/**
 * The XML of one object of the tree, exactly as docx's stringifier writes it without indenting: the first key is the
 * element; an object value's `_attr` are its attributes and `_cdata` its character data; an array value's items are
 * attributes (`{ _attr }`), child elements, or text, where a text item replaces whatever came just before it; an
 * element with no content closes itself.
 */
export function writeXmlable(data: object): string {
  const name = firstKey(data);
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  let attributes = '';
  let content: unknown[];
  if (typeof values === 'object') {
    content = [];
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: object; _cdata?: string };
      if (attr) attributes += attributesText(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (firstKey(value as object) === '_attr') attributes += attributesText((value as { _attr: object })._attr);
            else content.push(writeXmlable(value as object));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    content = [escapeValue(values)];
  }
  const open = (name ? `<${name}` : '') + attributes + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  let inner = '';
  for (const item of content) inner += contentText(item);
  return open + inner + (name ? `</${name}>` : '');
}

/**
 * The object tree as docx's stringifier takes it whole: an element with no name whose value, not being text or an
 * object, it writes with String, unescaped. So the stringifier writes `xml` exactly, after its declaration.
 */
function prewritten(xml: string): Xmlable {
  const value = (): string => xml;
  value.toString = (): string => xml;
  return { '': value };
}

/**
 * A part of the body written as XML already (a table: render/docx/tableXml.ts), placed as is wherever docx writes the
 * component: by writeXmlable, and by docx's own stringifier, which writes the same object unescaped.
 */
export class PrewrittenXml extends FileChild {
  constructor(readonly xml: string) {
    super('');
  }

  override prepForXml(): Xmlable {
    return prewritten(this.xml);
  }
}

interface Formatter {
  format(input: unknown, context?: unknown): Xmlable;
}

/** A part whose XML follows from `key` alone (the styles from their options): written once per process and key. */
export interface KnownPart {
  input: unknown;
  key: string;
}

/** Parts' XML by key, oldest first; a build uses one or two house styles, so a few are kept. */
const knownParts = new Map<string, string>();
const KNOWN_PARTS_KEPT = 16;

/**
 * Runs `compile` with the compiler's formatter writing each part's XML through `writeXmlable`; the compiler's own
 * formatter is back in place afterwards. A compiler without a formatter of that shape compiles as it is. A part in
 * `known` is written once per key and then reused.
 */
export function withFastWriting<T>(compiler: { formatter?: unknown }, compile: () => T, known: readonly KnownPart[] = []): T {
  const formatter = compiler.formatter as Partial<Formatter> | undefined;
  if (docxOwnWriting || formatter === undefined || typeof formatter.format !== 'function') return compile();
  const own = formatter as Formatter;
  const write = (input: unknown, context?: unknown): string => {
    const part = known.find((k) => k.input === input);
    if (part === undefined) return writeXmlable(own.format(input, context));
    let xml = knownParts.get(part.key);
    if (xml === undefined) {
      xml = writeXmlable(own.format(input, context));
      if (knownParts.size >= KNOWN_PARTS_KEPT) knownParts.delete(knownParts.keys().next().value as string);
      knownParts.set(part.key, xml);
    }
    return xml;
  };
  compiler.formatter = { format: (input: unknown, context?: unknown) => prewritten(write(input, context)) } satisfies Formatter;
  try {
    return compile();
  } finally {
    compiler.formatter = own;
  }
}
