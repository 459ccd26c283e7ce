// Test support: write templates to a fresh folder and compose a paper from literal source.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { composePaper, type ChartFactory, type ComposeResult } from '../../src/compose/index.js';

// Every folder made here is removed when the test file that made it is done (thousands were left in /tmp).
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding `files` (paths relative to it, e.g. `partials/x.md.hbs`). */
export function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boardpack-templates-'));
  made.push(dir);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

export const noCharts: ChartFactory = () => ({ severity: 'error', code: 'no-charts', message: 'no charts in this test', where: {} });

/** Composes `body` (with a minimal front matter unless `front` is given) as paper `paper.md.hbs`. */
export function compose(
  body: string,
  context: Record<string, unknown> = {},
  options: { front?: string; partials?: Record<string, string>; charts?: ChartFactory } = {},
): ComposeResult & { dir: string } {
  const files: Record<string, string> = { 'paper.md.hbs': `---\n${options.front ?? 'title: Test'}\n---\n${body}` };
  for (const [name, source] of Object.entries(options.partials ?? {})) files[`partials/${name}.md.hbs`] = source;
  const dir = templatesDir(files);
  const result = composePaper({ templateName: 'paper', templatesDirs: [dir], context: { date: '2010-01-12', ...context }, charts: options.charts ?? noCharts });
  return { ...result, dir };
}
