// Same Document → same bytes, whatever the clock says: dates and the file ID come from meta.date.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cabinetPaper } from './fixtures.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const trailerId = (bytes: Uint8Array): string => /\/ID \[(<[0-9a-f]+> <[0-9a-f]+>)\]/.exec(latin1(bytes))?.[1] ?? 'none';

async function renderAt(now: string, date = '2025-01-12'): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  try {
    const paper = cabinetPaper();
    return await renderPdf({ ...paper, meta: { ...paper.meta, date } });
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => vi.useRealTimers());

describe('renderPdf is reproducible', () => {
  it('gives byte-identical files at different wall-clock times', async () => {
    const first = await renderAt('2020-03-01T09:00:00Z');
    const second = await renderAt('2031-11-30T23:59:59Z');
    expect(trailerId(first)).not.toBe('none');
    expect(trailerId(second)).toBe(trailerId(first));
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('dates the file by the paper, so a different paper date changes the ID', async () => {
    const january = await renderAt('2024-01-01T00:00:00Z', '2025-01-12');
    const april = await renderAt('2024-01-01T00:00:00Z', '2025-04-12');
    expect(latin1(january)).toContain('(D:20250112000000Z)');
    expect(latin1(april)).toContain('(D:20250412000000Z)');
    expect(trailerId(april)).not.toBe(trailerId(january));
  });
});
