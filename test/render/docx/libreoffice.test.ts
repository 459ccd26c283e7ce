// Opens the rendered paper in real LibreOffice (headless, PDF export) and reads back what a reader would see.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cabinetPaper } from './paper.fixture.js';

const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

let dir = '';
let pages: string[] = [];
let pageCount = 0;

beforeAll(async () => {
  if (!hasLibreOffice) return;
  dir = mkdtempSync(join(tmpdir(), 'boardpack-docx-'));
  const docx = join(dir, 'paper.docx');
  writeFileSync(docx, await renderDocx(cabinetPaper())); // the real chart renderer
  // Each run gets its own LibreOffice profile so parallel test files cannot lock each other out.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 55_000,
  });
  const pdf = join(dir, 'paper.pdf');
  pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pageCount);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const pageOf = (pattern: RegExp): number => pages.findIndex((page) => pattern.test(page)) + 1;

describe.skipIf(!hasLibreOffice && process.env['CI'] !== 'true')('the paper as LibreOffice lays it out', () => {
  it('runs over several pages with "Page X of Y" in every footer', () => {
    expect(pageCount).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pageCount}`);
      expect(page).toContain('Cabinet – 12 January 2025');
    });
  });

  it('keeps the headings in order', () => {
    const all = pages.join('\n');
    const at = ['1\\s+Executive summary', '2\\s+Background', '2\\.2\\s+Positive forces', '3\\s+Performance in Wirral', '3\\.1\\s+All indicators']
      .map((heading) => all.search(new RegExp(`^\\s*${heading}\\s*$`, 'm')));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('prints every number the model gives, in order, at the start of its line (Word numbering as LibreOffice counts it)', () => {
    const all = pages.join('\n');
    const numbers = cabinetPaper().children.flatMap((b) => ('number' in b && b.number !== null ? [b.number] : []));
    expect(numbers.length).toBeGreaterThan(5);
    let from = all.indexOf('Executive summary', all.indexOf('Executive summary') + 1) - 40; // past the contents
    for (const number of numbers) {
      const found = new RegExp(`^\\s*${number.replace(/\./g, '\\.')}\\s{2,}\\S`, 'm').exec(all.slice(from));
      expect(found, number).not.toBeNull();
      from += (found?.index ?? 0) + 1;
    }
  });

  it('shows paragraph numbers hanging before their text', () => {
    const all = pages.join('\n');
    expect(all).toMatch(/^\s*1\.1\s{3,}This report presents the position/m);
    expect(all).toMatch(/^\s*2\.3\s{3,}1\.\s+Lack of resources/m);
  });

  it('repeats the table header on the page the table continues on', () => {
    const headerRows = pages.filter((page) => /Ref\s+Indicator\s+Value\s+Target\s+Status/.test(page));
    expect(headerRows.length).toBeGreaterThanOrEqual(2);
    expect(pages.join('\n')).toMatch(/NI 159\s+Indicator number 60 of the corporate scorecard\s+89\.0%\s+72\.0%\s+Green/);
  });

  it('fills the contents with each heading and the page it is on', () => {
    const contents = pages[0] ?? '';
    for (const [entry, heading] of [
      ['1 Executive summary', /^\s*1\s+Executive summary\s*$/m],
      ['3 Performance in Wirral', /^\s*3\s+Performance in Wirral\s*$/m],
      ['Appendix: background papers', /^\s*Appendix: background papers\s*$/m],
    ] as const) {
      // A numbered entry starts with the heading's number and a tab, as Word writes it.
      const listed = new RegExp(`${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\.{3,}\\s*(\\d+)`).exec(contents);
      expect(listed, entry).not.toBeNull();
      const onPage = pages.findIndex((page) => heading.test(page)) + 1;
      expect(Number(listed?.[1]), entry).toBe(onPage);
    }
  });

  it('draws the native chart from its cached values: title, legend, axis, values and RAG letters, no picture', () => {
    const images = execFileSync('pdfimages', ['-list', join(dir, 'paper.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toEqual([]);
    const page = pages[pageOf(/Figure 1: NI 68 trend against target/) - 1] ?? '';
    for (const words of ['NI 68 Referrals going on to initial assessment', 'Actual', 'Target', 'Red (R)', 'Amber (A)', 'Q1 2024/25', '58.2%', '70.1%']) {
      expect(page, words).toContain(words);
    }
    expect(page.match(/^\s*R\s*$|\bR\b/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});
