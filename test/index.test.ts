// The public API: the whole pipeline from a workbook to paper bytes through the package's entry point, and what each
// entry and command loads (a light library entry; validate, analyse and queries never load a renderer).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as boardpack from '../src/index.js';

describe('the public API', () => {
  it('reads, analyses, composes and renders the sample cabinet paper', async () => {
    const { scorecard, diagnostics } = await boardpack.readScorecard('data/sample-scorecard.xlsx');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const analysis = boardpack.analyse(scorecard!);
    expect(analysis.exceptions.map((e) => e.id)).toEqual(['NI68', 'IA01']);
    const result = await boardpack.buildPapers({ data: 'data/sample-scorecard.xlsx', papers: ['cabinet'], formats: ['pdf'], config: boardpack.resolveConfig({}), date: '2010-01-12' });
    expect(result.files.map((f) => f.name)).toEqual(['cabinet-paper-2009-10-Q3.pdf']);
    expect(Buffer.from(result.files[0]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('gives the sentences and the heavy half through boardpack/render', async () => {
    expect(boardpack.narrate.formatValue(64.7, 'percent', 1)).toBe('64.7%');
    const render = await import('../src/renderers.js');
    expect(typeof render.composePaper).toBe('function');
    expect(typeof render.renderDocx).toBe('function');
  });

  it('maps the package entries onto the light and heavy modules', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { default: string } | string> };
    expect(pkg.exports['.']).toMatchObject({ default: './dist/index.js' });
    expect(pkg.exports['./render']).toMatchObject({ default: './dist/renderers.js' });
  });
});

/** `import x from 'y'` and `export … from 'y'`, not `import type` and not `import()`: what loads when a module loads. */
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** Every package a module loads, statically, through its imports; with the chain that reaches each. */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.')) walk(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')), [...chain, file]);
      else if (!specifier!.startsWith('node:')) {
        const name = specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/');
        if (!packages.has(name)) packages.set(name, [...chain, file].map((f) => f.replace(`${process.cwd()}/`, '')));
      }
    }
  };
  walk(resolve(entry), []);
  return packages;
}

const RENDERERS = ['canvas', 'chartjs-node-canvas', 'chart.js', 'pdfkit', 'docx', 'fontkit'];
const COMPOSING = ['handlebars', 'markdown-it', 'yargs'];

describe('what each entry and command loads', () => {
  it.each([
    ['src/index.ts', [...RENDERERS, ...COMPOSING, 'exceljs']],
    ['src/commands/validate.ts', [...RENDERERS, ...COMPOSING, 'exceljs']],
    ['src/commands/analyse.ts', [...RENDERERS, ...COMPOSING, 'exceljs']],
    ['src/commands/queries.ts', [...RENDERERS, ...COMPOSING]],
    ['src/commands/build.ts', [...RENDERERS, 'exceljs']],
    ['src/cli.ts', [...RENDERERS, ...COMPOSING.filter((p) => p !== 'yargs'), 'exceljs']],
    ['src/read/workbookWorker.ts', ['exceljs']],
    ['src/render/pdf/index.ts', ['docx', 'jszip', 'canvas', 'chartjs-node-canvas']],
    ['src/render/docx/index.ts', ['pdfkit', 'canvas', 'chartjs-node-canvas']],
    // node-canvas only for a PNG fallback picture, loaded when one is drawn.
    ['src/render/charts/index.ts', ['canvas', 'chartjs-node-canvas']],
    ['src/build.ts', ['canvas', 'chartjs-node-canvas']],
    // jszip only to name a damaged workbook's part, loaded when a read has failed.
    ['src/read/index.ts', ['jszip', 'exceljs']],
  ])('%s never loads %j', (entry, forbidden) => {
    const loaded = packagesLoadedBy(entry);
    const reached = forbidden.filter((name) => loaded.has(name)).map((name) => `${name} via ${loaded.get(name)!.join(' → ')}`);
    expect(reached).toEqual([]);
  });

  it('sees the packages a module does load (the walk is not vacuous)', () => {
    expect([...packagesLoadedBy('src/render/pdf/index.ts').keys()]).toContain('pdfkit');
    expect([...packagesLoadedBy('src/renderers.ts').keys()]).toEqual(expect.arrayContaining(['docx', 'pdfkit', 'handlebars', 'markdown-it']));
    expect([...packagesLoadedBy('src/read/excelJsGrids.ts').keys()]).toEqual([]);
  });
});
