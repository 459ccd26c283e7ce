// Runs the poppler and qpdf command-line tools on a rendered PDF, the way a reader's software would see it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUT_DIR = join(process.cwd(), '.tmp', 'pdf-test');

export function writePdf(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfinfo(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] !== undefined) fields[m[1]] = m[2] ?? '';
  }
  return fields;
}

/** `layout` keeps columns side by side (page numbers beside contents entries); without it text comes in reading order. */
export function pdftotext(file: string, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-']);
}

/** The file with streams uncompressed and objects one per block, so the structure can be read as text. */
export function qdf(file: string): string {
  const out = file.replace(/\.pdf$/, '.qdf.pdf');
  run('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out).toString('latin1');
}

/** The shared PDF/UA checker, when this machine has it. */
export const PDFUA_CHECKER = '/work/shared/tools/check_pdfua.py';

/**
 * Failures the PDF/UA checker reports for a file (its lines naming a rule), empty when it passes. A checker that did
 * not run to its summary line (pikepdf missing, say) throws: it has checked nothing.
 */
export function pdfuaFailures(file: string): string[] {
  let output: string;
  try {
    output = run('/usr/bin/python3', [PDFUA_CHECKER, file]);
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  if (!/^check_pdfua: \d+ failure/m.test(output)) throw new Error(`the PDF/UA checker did not run on ${file}:\n${output}`);
  return output.split('\n').filter((line) => line.startsWith(`${file}:`));
}

/** pdffonts' table as rows: each font's name (with its subset tag, e.g. `BZZZZZ+DejaVuSans`) and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
}
