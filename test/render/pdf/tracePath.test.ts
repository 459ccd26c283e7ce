// Chart paths drawn with pdfkit's operators directly draw exactly what pdfkit's own path parser draws from the same
// path data, for any path the chart writer writes (M, L, C, Z; rects and arcs included).
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { identity, PathData } from '../../../src/render/charts/pathData.js';
import { tracePath } from '../../../src/render/pdf/chartVectors.js';
import type { PdfDocument } from '../../../src/render/pdf/pdfkit.js';

/** A pdfkit document whose content operators are recorded, and how often its own path parser was asked. */
function recording(): { pdf: PdfDocument; operators: string[]; parsed: () => number } {
  const pdf = new PDFDocument({ autoFirstPage: false }) as unknown as PdfDocument & { addContent(s: string): unknown; path(d: string): PdfDocument };
  const operators: string[] = [];
  let parsed = 0;
  pdf.addContent = (s: string) => (operators.push(s), pdf);
  const ownPath = pdf.path.bind(pdf);
  pdf.path = (d: string) => ((parsed += 1), ownPath(d));
  return { pdf, operators, parsed: () => parsed };
}

const coordinate = fc.double({ min: -2000, max: 2000, noNaN: true });
const step = fc.oneof(
  fc.tuple(fc.constant('moveTo' as const), coordinate, coordinate),
  fc.tuple(fc.constant('lineTo' as const), coordinate, coordinate),
  fc.tuple(fc.constant('bezierCurveTo' as const), coordinate, coordinate, coordinate, coordinate, coordinate, coordinate),
  fc.tuple(fc.constant('rect' as const), coordinate, coordinate, coordinate, coordinate),
  fc.tuple(fc.constant('ellipse' as const), coordinate, coordinate, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 6.3, noNaN: true }), fc.double({ min: 0, max: 6.3, noNaN: true }), fc.boolean()),
  fc.tuple(fc.constant('closePath' as const)),
);

function pathData(steps: readonly (readonly unknown[])[]): string {
  const path = new PathData();
  for (const [kind, ...a] of steps as [string, ...number[]][]) {
    if (kind === 'moveTo') path.moveTo(identity, a[0]!, a[1]!);
    else if (kind === 'lineTo') path.lineTo(identity, a[0]!, a[1]!);
    else if (kind === 'bezierCurveTo') path.bezierCurveTo(identity, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
    else if (kind === 'rect') path.rect(identity, a[0]!, a[1]!, a[2]!, a[3]!);
    else if (kind === 'ellipse') path.ellipse(identity, a[0]!, a[1]!, a[2]!, a[2]!, 0, a[3]!, a[4]!, Boolean(a[5]));
    else path.closePath();
  }
  return path.toString();
}

describe('chart paths traced with pdfkit operators', () => {
  it('draw what pdfkit’s path parser draws, without it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const d = pathData(steps);
        const ours = recording();
        const theirs = recording();
        tracePath(ours.pdf, d);
        theirs.pdf.path(d);
        expect(ours.operators).toEqual(theirs.operators);
        expect(ours.parsed()).toBe(d === '' ? 1 : 0);
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });

  it('leave path data in any other form to pdfkit', () => {
    for (const d of ['m10 10 l5 5', 'M10,10L20,20', 'M1 2 3 4', 'M1e3 2', 'M1 2L', 'M1 2L3', 'M1 2 Z', 'M1 2C1 2 3 4 5', 'M1. 2', 'M.5 2', 'M--1 2', 'M1  2', 'M1 2Zx', 'M1 2Z ', 'M-1.5 2L+3 4']) {
      const ours = recording();
      const theirs = recording();
      tracePath(ours.pdf, d);
      theirs.pdf.path(d);
      expect(ours.operators).toEqual(theirs.operators);
      expect(ours.parsed()).toBe(1);
    }
  });
});
