// Template errors: each names the file and line a clerk must fix, as a `template-error` diagnostic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePaper, type ChartFactory } from '../../src/compose/index.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { compose } from './support.js';

/** Every diagnostic as the CLI prints it, with the temp folder written as `T`. */
function printed(result: ReturnType<typeof compose>): string[] {
  return result.diagnostics.map((d) => formatDiagnostic(d).replace(result.dir + '/', 'T/'));
}

// The paper's front matter is lines 1-3, so its body starts on line 4.
describe('template errors name the file and line', () => {
  it.each<[string, string, Record<string, unknown>, Record<string, string>, string[]]>([
    ['a misspelt field', 'Intro\n\n{{councl}}', { council: 'Wirral' }, {}, [
      'error: T/paper.md.hbs:6: "councl" is not defined here: a misspelt field, or a helper that does not exist',
    ]],
    ['a misspelt nested field', '{{meeting.comittee}}', { meeting: { committee: 'Cabinet' } }, {}, [
      'error: T/paper.md.hbs:4: "comittee" is not defined here: a misspelt field, or a helper that does not exist',
    ]],
    ['a misspelt field earlier in a path', '{{meetin.committee}}', { meeting: { committee: 'Cabinet' } }, {}, [
      'error: T/paper.md.hbs:4: cannot read "committee": the field it belongs to is missing (a misspelt name earlier in the path?)',
    ]],
    ['a misspelt field in a helper argument', '\n{{#if overdu}}x{{/if}}', { overdue: true }, {}, [
      'error: T/paper.md.hbs:5: "overdu" is not defined here: a misspelt field, or a helper that does not exist',
    ]],
    ['a misspelt field in a hash argument', '{{> item x=titel}}', { title: 't' }, { item: '{{x}}' }, [
      'error: T/paper.md.hbs:4: "titel" is not defined here: a misspelt field, or a helper that does not exist',
    ]],
    ['an unknown helper', 'a\n{{formatt x}}', { x: 1 }, {}, ['error: T/paper.md.hbs:5: unknown helper "formatt"']],
    ['an unknown helper in a sub-expression and a block', '{{#if (eqq a b)}}\n{{/if}}\n{{#iff a}}{{/iff}}', { a: 1, b: 1 }, {}, [
      'error: T/paper.md.hbs:4: unknown helper "eqq"',
      'error: T/paper.md.hbs:6: unknown helper "iff"',
    ]],
    ['a missing partial', '\n\n{{> front-shet}}', {}, {}, ['error: T/paper.md.hbs:6: partial "front-shet" not found (looked for partials/front-shet.md.hbs)']],
    ['a syntax error', 'a\n\n{{#each rows}}\n{{/eahc}}', { rows: [] }, {}, ['error: T/paper.md.hbs:6: each doesn\'t match eahc']],
    ['an unclosed mustache', 'a\n{{x', { x: 1 }, {}, [
      'error: T/paper.md.hbs:5: Handlebars syntax error near "a{{x": Expecting \'ID\', \'STRING\', \'NUMBER\', \'BOOLEAN\', \'UNDEFINED\', \'NULL\', \'DATA\', got \'INVALID\'',
    ]],
    ['a misspelt field inside a partial names the partial', 'a\n{{> item}}', { title: 't' }, { item: 'one\ntwo {{titel}}' }, [
      'error: T/partials/item.md.hbs:2: "titel" is not defined here: a misspelt field, or a helper that does not exist',
    ]],
    ['an unknown helper inside a partial', '{{> item}}', {}, { item: '\n{{nope 1}}' }, ['error: T/partials/item.md.hbs:2: unknown helper "nope"']],
    ['a missing partial inside a partial', '{{> item}}', {}, { item: '{{> other}}' }, [
      'error: T/partials/item.md.hbs:1: partial "other" not found (looked for partials/other.md.hbs)',
    ]],
    ['a helper given the wrong thing', '\n\n{{date when}}', { when: '12/01/2010' }, {}, ['error: T/paper.md.hbs:6: {{date}}: "12/01/2010" is not a date written YYYY-MM-DD']],
    ['an unknown indicator in a lookup', '{{#with (indicator "NI99")}}{{/with}}', { indicators: [] }, {}, ['error: T/paper.md.hbs:4: {{indicator}}: no indicator with id "NI99"']],
    ['a field shadowed by a helper of the same name', '{{date}}', {}, {}, [
      'error: T/paper.md.hbs:4: {{date}}: expects an ISO date (YYYY-MM-DD), got nothing ({{date}} is a helper; to show a field called "date", write {{this.date}})',
    ]],
    ['decorators', '{{* deco}}', {}, {}, ['error: T/paper.md.hbs:4: decorators ({{* ...}}) are not supported in boardpack templates']],
  ])('%s', (_name, body, context, partials, expected) => {
    expect(printed(compose(body, context, { partials }))).toEqual(expected);
  });

  it('an error inside {{#each}} in a partial names the partial and its line', () => {
    const result = compose('{{> rows}}', { items: [{ a: 1 }, { b: 2 }] }, { partials: { rows: '{{#each items}}\n{{a}}\n{{/each}}' } });
    expect(printed(result)).toEqual(['error: T/partials/rows.md.hbs:2: "a" is not defined here: a misspelt field, or a helper that does not exist']);
  });

  it('a partial the paper never uses may be broken', () => {
    expect(compose('fine', {}, { partials: { broken: '{{#if}}' } }).diagnostics).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['a misspelt field in a front-matter value', 'title: Report\nheader: "{{councl}}"', ['error: T/paper.md.hbs:3: "councl" is not defined here: a misspelt field, or a helper that does not exist']],
    ['an unknown front-matter field', 'title: Report\nnumberin: true', ['error: T/paper.md.hbs:3: front matter: unknown field numberin (allowed: title, subject, author, keywords, numbering, toc, header, footer, paper)']],
    ['a wrongly typed front-matter field', 'title: Report\ntoc: "yes"', ['error: T/paper.md.hbs:3: front matter: toc: Invalid input: expected boolean, received string']],
    ['invalid YAML', 'title: [Report', ['error: T/paper.md.hbs:2: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]']],
  ])('%s', (_name, front, expected) => {
    expect(printed(compose('body', { council: 'Wirral' }, { front }))).toEqual(expected);
  });

  it('a chart for an unknown indicator is an error at the helper\'s line; an empty chart is a warning there', () => {
    const charts: ChartFactory = (_kind, hash) =>
      hash['id'] === 'NI68'
        ? { severity: 'warning', code: 'empty-chart', message: 'NI68 has no values to chart', where: {} }
        : { severity: 'error', code: 'unknown-indicator', message: `no indicator with id "${String(hash['id'])}"`, where: {} };
    expect(printed(compose('a\n\n{{chart "trend" id="NI68"}}', {}, { charts }))).toEqual(['warning: T/paper.md.hbs:6: NI68 has no values to chart']);
    expect(printed(compose('a\n\n{{chart "trend" id="NI69"}}', {}, { charts }))).toEqual(['error: T/paper.md.hbs:6: {{chart}}: no indicator with id "NI69"']);
  });

  it('a chart size the renderers cannot draw is an error at the helper\'s line', () => {
    const charts: ChartFactory = () => ({ spec: { kind: 'rag-summary', title: 'RAG', groups: [] }, alt: 'Bar chart', caption: null });
    expect(printed(compose('a\n\n{{chart "rag-summary" width=5}}', {}, { charts }))).toEqual([
      'error: T/paper.md.hbs:6: {{chart}}: width is a size in millimetres from 10 to 1000, got number 5',
    ]);
  });

  it('a missing paper template and a missing date are errors', () => {
    const result = compose('x', { date: 'soon' });
    expect(printed(result)).toEqual(['error: the paper needs a date written YYYY-MM-DD (--date); got "soon"']);
    const missing = composePaper({ templateName: 'cabinet', templatesDirs: [result.dir, join(result.dir, 'nowhere')], context: { date: '2010-01-12' }, charts: () => { throw new Error('unused'); } });
    expect(missing.diagnostics.map(formatDiagnostic).map((s: string) => s.replaceAll(result.dir, 'T'))).toEqual([
      'error: T/nowhere: templates folder "T/nowhere" does not exist',
      'error: there is no paper template cabinet.md.hbs in T or T/nowhere (found: paper)',
    ]);
  });
});
