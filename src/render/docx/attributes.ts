// docx writes an element's attributes (NextAttributeComponent, behind w:rFonts, w:spacing, w:ind, w:pgMar and most
// others) by copying the attributes gathered so far into a new object for each attribute, through a slow spread
// helper: quadratic in the attributes, and about a quarter of the time docx takes to write a large paper. This
// writes the same object in one pass: the same keys, in the same order, an attribute given twice keeping its first
// place and its last value, undefined values left out.
import { NextAttributeComponent } from 'docx';

interface AttributeEntry {
  key: string;
  value: unknown;
}

type PrepForXml = (this: NextAttributeComponent<Record<string, string>>, context: unknown) => { _attr: Record<string, unknown> };

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };

/** docx's own way, kept to test the one-pass way against. */
export const docxAttributes: PrepForXml = prototype.prepForXml;

export const onePassAttributes: PrepForXml = function (this: NextAttributeComponent<Record<string, string>>) {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values((this as unknown as { root: Record<string, AttributeEntry> }).root)) {
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
};

prototype.prepForXml = onePassAttributes;
