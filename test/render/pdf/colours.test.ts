// Colours set from components worked out once per hex string (src/render/pdf/colours.ts) write the operators pdfkit
// writes: for any sequence of fill and stroke colours, hex (short, long, either case, even malformed), named, arrays,
// with and without opacity.
import PDFDocument from 'pdfkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberHexColours } from '../../../src/render/pdf/colours.js';

/** A bare pdfkit document with one page, whose content operators are recorded. */
function recording(remember: boolean): { pdf: PDFKit.PDFDocument; operators: string[] } {
  const pdf = new PDFDocument({ autoFirstPage: false, compress: false });
  if (remember) rememberHexColours(pdf);
  pdf.addPage();
  const operators: string[] = [];
  (pdf as unknown as { addContent(s: string): unknown }).addContent = (s: string) => (operators.push(s), pdf);
  return { pdf, operators };
}

const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const colour = fc.oneof(
  fc.array(hexDigit, { minLength: 6, maxLength: 6 }).map((d) => `#${d.join('')}`),
  fc.array(hexDigit, { minLength: 3, maxLength: 3 }).map((d) => `#${d.join('')}`),
  fc.constantFrom('#0b0c0c', '#FFFFFF', '#d4351c', '#zzzzzz', '#12', 'red', 'navy', 'not-a-colour'),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((c) => [...c]),
);
const call = fc.record({ stroke: fc.boolean(), colour, opacity: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) });

describe('colours remembered by hex string', () => {
  it('write what pdfkit writes, for any sequence of fill and stroke colours', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 30 }), (calls) => {
        const [ours, theirs] = [recording(true), recording(false)];
        for (const { pdf } of [ours, theirs]) {
          for (const c of calls) {
            const value = c.colour as PDFKit.Mixins.ColorValue;
            if (c.stroke) pdf.strokeColor(value, c.opacity);
            else pdf.fillColor(value, c.opacity);
          }
        }
        expect(ours.operators).toEqual(theirs.operators);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same colour the second time from what it remembered', () => {
    const { pdf, operators } = recording(true);
    pdf.fillColor('#0b0c0c').strokeColor('#0b0c0c').fillColor('#0b0c0c');
    expect(operators).toEqual([
      '/DeviceRGB cs',
      '0.043137254901960784 0.047058823529411764 0.047058823529411764 scn',
      '/DeviceRGB CS',
      '0.043137254901960784 0.047058823529411764 0.047058823529411764 SCN',
      '/DeviceRGB cs',
      '0.043137254901960784 0.047058823529411764 0.047058823529411764 scn',
    ]);
  });
});
