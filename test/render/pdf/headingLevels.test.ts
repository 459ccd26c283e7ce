// Heading tags in the PDF never skip a level (reviewer's item 2): a template that goes from # to ### is tagged H1 then
// H2, as the DOCX outline is, while each heading keeps the look of its own level.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import type { Block, Document } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { h, p, t } from './fixtures.js';
import { PDFUA_CHECKER, pdfuaFailures, writePdf } from './tools.js';

const PYTHON = '/usr/bin/python3';

/** The heading tags of the structure tree, in reading order. */
function headingTags(file: string): string[] {
  const script = [
    'import sys, pikepdf',
    'pdf = pikepdf.open(sys.argv[1])',
    'out = []',
    'def walk(node):',
    '    if isinstance(node, pikepdf.Array):',
    '        for k in node: walk(k)',
    '        return',
    '    if not isinstance(node, pikepdf.Dictionary): return',
    '    s = node.get("/S")',
    '    if s is not None and str(s) in ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6"): out.append(str(s)[1:])',
    '    k = node.get("/K")',
    '    if k is not None: walk(k)',
    'walk(pdf.Root.StructTreeRoot.K)',
    'print(" ".join(out))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }).trim().split(/\s+/).filter((tag) => tag !== '');
}

const paper = (headings: Block[]): Document => ({
  type: 'document',
  style: defaultHouseStyle,
  meta: { title: 'Heading levels', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
  furniture: { header: null, footer: null },
  children: headings.flatMap((heading) => [heading, p(null, t('A paragraph under the heading.'))]),
});

describe.skipIf(!existsSync(PYTHON))('renderPdf: heading tags never skip a level', () => {
  it.each([
    // [case, the model's levels, the tags]
    ['a paper that skips from 1 to 3', [1, 3], ['H1', 'H2']],
    ['a paper that opens at level 3', [3, 3, 2], ['H1', 'H2', 'H2']],
    ['a skip after a level 2 is fine once the level above is open', [1, 2, 3, 1, 3], ['H1', 'H2', 'H3', 'H1', 'H2']],
    ['levels that do not skip are kept', [1, 2, 3, 2, 3, 1], ['H1', 'H2', 'H3', 'H2', 'H3', 'H1']],
  ] as const)('%s', async (name, levels, tags) => {
    const doc = paper(levels.map((level, i) => h(level, null, `Heading ${i + 1} at level ${level}`)));
    const file = writePdf(`heading-levels-${name.replace(/\W+/g, '-')}`, await renderPdf(doc));
    expect(headingTags(file)).toEqual(tags);
    // The shared PDF/UA checker's rule 7.4.2-1 (no skipped heading level) agrees.
    if (existsSync(PDFUA_CHECKER)) expect(pdfuaFailures(file)).toEqual([]);
  });
});
