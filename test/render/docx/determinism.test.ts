// Same Document → byte-identical DOCX: across renders in one process and whatever the wall clock says.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cabinetPaper, fakeChart } from './paper.fixture.js';
import { part, readParts } from './parts.js';

afterEach(() => {
  vi.useRealTimers();
});

const render = (rows = 12) => renderDocx(cabinetPaper(rows), { renderChart: fakeChart });

describe('reproducible output', () => {
  it('gives identical bytes when the same paper is rendered twice in one process', async () => {
    const first = await render();
    const second = await render();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it.each([
    ['without page-number estimation', 'word' as const],
    ['with page-number estimation', 'estimate' as const],
  ])('gives identical bytes %s after other documents have been rendered', async (_label, pageNumbers) => {
    const first = await renderDocx(cabinetPaper(12), { renderChart: fakeChart, pageNumbers });
    await render(3); // moves the docx library's process-wide bookmark and drawing counters on
    const again = await renderDocx(cabinetPaper(12), { renderChart: fakeChart, pageNumbers });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it.each([
    ['2001-09-09T01:46:40Z'],
    ['2031-12-31T23:59:59Z'],
  ])('gives identical bytes when the clock says %s', async (now) => {
    const reference = await render();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    const underOtherClock = await render();
    expect(Buffer.from(underOtherClock).equals(Buffer.from(reference))).toBe(true);
  });

  it('dates the file from the paper, not the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const core = part(await readParts(await render()), 'docProps/core.xml');
    expect(core).not.toContain('2031');
    expect(core).toContain('2025-01-12T00:00:00Z');
  });

  it('numbers the contents bookmarks from 1 in document order', async () => {
    await render(3);
    const body = part(await readParts(await render()), 'word/document.xml');
    const names = [...body.matchAll(/w:bookmarkStart w:name="(_Toc\d+)" w:id="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(names.slice(0, 3)).toEqual([
      ['_Toc1', '1'],
      ['_Toc2', '2'],
      ['_Toc3', '3'],
    ]);
  });

  it('refuses a paper date that is not a calendar date, naming the field', async () => {
    const paper = cabinetPaper(1);
    await expect(renderDocx({ ...paper, meta: { ...paper.meta, date: '2025-02-29' } }, { renderChart: fakeChart })).rejects.toThrow(
      'document meta.date: "2025-02-29" is not a calendar date in the form YYYY-MM-DD',
    );
  });
});
