// Builds every paper for the sample scorecard and opens each file as a reader's software would: LibreOffice for
// the DOCX (no repair, the text is there), poppler and qpdf for the PDF (tagged, fonts embedded, structure sound).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'boardpack-e2e-'));
const out = join(dir, 'out');
let files: string[] = [];

beforeAll(async () => {
  const run = await runCli('build', '--data', 'data/sample-scorecard.xlsx', '--config', 'data/boardpack.config.yaml', '--paper', 'all', '--format', 'docx,pdf', '--out', out);
  if (run.code !== 0) throw new Error(`build failed (${run.code}):\n${run.stderr}`);
  files = readdirSync(out).sort();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tool = (command: string, ...args: string[]): string => execFileSync(command, args, { encoding: 'utf8', timeout: 60_000 });
const stems = () => [...new Set(files.map((f) => f.replace(/\.(docx|pdf)$/, '')))];

describe('npm start: the sample papers', () => {
  it('are the cabinet paper, the scrutiny pack, the performance summary and one exception report per exception, each as DOCX and PDF', () => {
    expect(stems()).toEqual([
      'cabinet-paper-2009-10-Q3',
      'exception-report-IA01-2009-10-Q3',
      'exception-report-NI68-2009-10-Q3',
      'performance-summary-2009-10-Q3',
      'scrutiny-pack-2009-10-Q3',
    ]);
    for (const stem of stems()) expect(files).toEqual(expect.arrayContaining([`${stem}.docx`, `${stem}.pdf`]));
  });

  it('every PDF is tagged, A4, titled, with every font embedded, and passes qpdf --check', () => {
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) {
      const info = tool('pdfinfo', join(out, pdf));
      expect(info, pdf).toMatch(/Tagged:\s+yes/);
      expect(info, pdf).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(info, pdf).toMatch(/Title:\s+\S/);
      const fonts = tool('pdffonts', join(out, pdf)).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(fonts.length, pdf).toBeGreaterThan(0);
      for (const line of fonts) expect(line, pdf).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/); // emb, sub
      expect(tool('qpdf', '--check', join(out, pdf)), pdf).toMatch(/No syntax or stream encoding errors/);
    }
  });

  it('every DOCX opens in LibreOffice and reads the same words as its PDF', () => {
    const profile = `file://${join(dir, 'lo-profile')}`;
    const converted = join(dir, 'lo');
    const docx = files.filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    tool('soffice', `-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, ...docx);
    for (const stem of stems()) {
      const fromWord = tool('pdftotext', join(converted, `${stem}.pdf`), '-');
      const fromPdf = tool('pdftotext', join(out, `${stem}.pdf`), '-');
      expect(fromWord, stem).toMatch(/Page 1 of \d+/);
      // The first heading-sized lines of our own PDF appear in LibreOffice's reading of the DOCX.
      const title = fromPdf.split('\n').map((l) => l.trim()).find((l) => l.length > 20 && !/^Page \d/.test(l)) ?? '';
      expect(title, stem).not.toBe('');
      expect(fromWord.replace(/\s+/g, ' '), stem).toContain(title.replace(/\s+/g, ' '));
    }
  }, 180_000);
});
