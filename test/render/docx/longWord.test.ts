// Issue 12 item 2: a title and commentary that are one unbroken 32,767-character word (Excel's cell limit) come out
// whole, in the heading, the paragraph, the running header and the core properties. (Speed: bench/longTextDocx.ts.)

import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { longestEstimatedWord, longestWord, shouldEstimate } from '../../../src/render/docx/pageNumbers.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import type { Document } from '../../../src/model/types.js';
import { elements, part, readParts, textOf } from './parts.js';

const word = Array.from({ length: 32_767 }, (_, i) => 'Referrals0123456789'[i % 19]).join('');

const paper = (title: string): Document => ({
  type: 'document',
  style: defaultHouseStyle,
  meta: { title, subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-01-12' },
  furniture: { header: title, footer: null },
  children: [
    { type: 'heading', level: 1, number: null, children: [{ type: 'text', value: title }] },
    { type: 'heading', level: 1, number: '1', children: [{ type: 'text', value: 'Commentary' }] },
    { type: 'paragraph', number: '1.1', children: [{ type: 'text', value: `Performance is 65%. ${title}` }] },
  ],
});

describe('a 32,767-character word', () => {
  it('is written whole in the title heading, the numbered paragraph, the running header and the document title', async () => {
    const parts = await readParts(await renderDocx(paper(word), { pageNumbers: 'estimate' }));
    const body = elements(part(parts, 'word/document.xml'), 'w:p').map(textOf);
    expect(body[0]).toBe(word);
    expect(body).toContain(`Performance is 65%. ${word}`);
    const header = Object.entries(parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(textOf(header)).toBe(word);
    expect(part(parts, 'docProps/core.xml')).toContain(`<dc:title>${word}</dc:title>`);
  });

  it.each([
    ['a normal title', 'Referrals going on to initial assessment', true],
    [`a ${longestEstimatedWord}-character word`, 'x'.repeat(longestEstimatedWord), true],
    [`a ${longestEstimatedWord + 1}-character word`, 'x'.repeat(longestEstimatedWord + 1), false],
    ['a 32,767-character word', word, false],
  ])('%s: pages estimated in advance = %s (past the limit Word fills them in; the layout would be quadratic)', (_name, title, estimated) => {
    expect(longestWord(paper(title))).toBe(Math.max(...title.split(' ').map((w) => w.length), 'Performance'.length, 'Commentary'.length));
    expect(shouldEstimate(paper(title), 'estimate')).toBe(estimated);
  });
});
