// The built-in templates compiled ahead by `npm run build` compose every paper exactly as compiling them at run time
// does, and a text that differs from the one compiled ahead (an edited template, a council's extra partial) is
// compiled afresh.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { paperContext } from '../../src/build.js';
import { composePaper, createChartFactory, createComposeSession } from '../../src/compose/index.js';
import { precompileTemplateFolders } from '../../src/compose/session.js';
import { resolveConfig } from '../../src/config.js';
import { readScorecard } from '../../src/read/index.js';
import { BUILT_IN, sampleConfig } from '../papers/support.js';
import { templatesDir } from './support.js';

const precompiled = new Map(Object.entries(precompileTemplateFolders([BUILT_IN])));

/** The templates compiled ahead, counting the lookups that found one. */
class CountedTemplates extends Map<string, string> {
  found = 0;
  override get(key: string): string | undefined {
    const spec = super.get(key);
    if (spec !== undefined) this.found += 1;
    return spec;
  }
}

describe('templates compiled ahead', () => {
  it('cover every paper body, partial and front-matter value of the built-in templates', () => {
    // 4 paper bodies, 14 partials, and each paper's title (at least).
    expect(precompiled.size).toBeGreaterThanOrEqual(4 + 14 + 4);
  });

  it('compose every built-in paper exactly as templates compiled at run time do', async () => {
    const read = await readScorecard('data/sample-scorecard.xlsx');
    if (read.scorecard === null) throw new Error('the sample scorecard did not read');
    const analysis = analyse(read.scorecard);
    const config = resolveConfig(sampleConfig);
    const counted = new CountedTemplates(precompiled);
    const ahead = createComposeSession([BUILT_IN], counted);
    const atRunTime = createComposeSession([BUILT_IN], new Map());
    const exception = analysis.indicators.find((i) => i.exception) ?? null;
    for (const [templateName, indicator] of [['cabinet-paper', null], ['scrutiny-pack', null], ['performance-summary', null], ['exception-report', exception]] as const) {
      const input = { templateName, templatesDirs: [BUILT_IN], context: paperContext(analysis, config, '2010-01-12', indicator, {}), charts: createChartFactory(analysis) };
      const composed = composePaper({ ...input, session: ahead });
      expect(composed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(composed).toEqual(composePaper({ ...input, session: atRunTime }));
    }
    // Every paper's body and title, and the partials they use, came compiled ahead.
    expect(counted.found).toBeGreaterThanOrEqual(4 * 2 + 10);
  });

  it('are not used for a text that differs from the one compiled ahead', () => {
    const dir = templatesDir({ 'report.md.hbs': '---\ntitle: "Report"\n---\n# {{id}}\n' });
    // An entry under the key of another text must never be run for this one: a stale entry would print "stale".
    const staleSession = createComposeSession([dir], new Map(Object.entries(precompileTemplateFolders([templatesDir({ 'report.md.hbs': '---\ntitle: "Report"\n---\n# stale\n' })]))));
    const composed = composePaper({ templateName: 'report', templatesDirs: [dir], context: { date: '2020-01-01', id: 'A1' }, charts: () => null as never, session: staleSession });
    expect(JSON.stringify(composed.document)).toContain('A1');
    expect(JSON.stringify(composed.document)).not.toContain('stale');
  });

  it('are written by the package build for the built-in templates as they are now', () => {
    const file = join(import.meta.dirname, '../../dist/compose/precompiled-templates.json');
    // `npm test` builds dist first (scripts/bootstrap.sh); the file must match the templates in the repository.
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string | null; templates: Record<string, string> };
    expect(written.templates).toEqual(Object.fromEntries(precompiled));
    expect(written.stamp).toMatch(/^[0-9a-f]{64}$/);
  });
});
