// The one-pass attribute writer gives exactly the object docx's own gives: the same keys in the same order, the same
// values, undefined left out, for any attributes, repeated XML names included.
import { NextAttributeComponent } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxAttributes, onePassAttributes } from '../../../src/render/docx/attributes.js';

describe('element attributes written in one pass', () => {
  it('equal docx’s own, key order included', () => {
    const entry = fc.record({
      key: fc.constantFrom('w:val', 'w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs', 'w:before', 'w:after', 'w:line', 'r:id'),
      value: fc.oneof(fc.constant(undefined), fc.integer(), fc.boolean(), fc.string({ maxLength: 6 })),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), entry, { maxKeys: 12 }), (root) => {
        const component = new NextAttributeComponent(root as never);
        const ours = onePassAttributes.call(component, {});
        const theirs = docxAttributes.call(component, {});
        expect(ours).toEqual(theirs);
        expect(Object.keys(ours._attr)).toEqual(Object.keys(theirs._attr));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('is what docx now uses', () => {
    const component = new NextAttributeComponent({ a: { key: 'w:val', value: 1 } } as never);
    expect(component.prepForXml({} as never)).toEqual({ _attr: { 'w:val': 1 } });
    expect((NextAttributeComponent.prototype as unknown as { prepForXml: unknown }).prepForXml).toBe(onePassAttributes);
  });
});
