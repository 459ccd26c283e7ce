// A compose session reuses templates and compiled Handlebars across papers: each paper still composes exactly as
// it would alone, and nothing of one paper (figures, warnings, extra sections) reaches the next.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePaper, createComposeSession, type ChartFactory, type ComposeInput } from '../../src/compose/index.js';
import type { ChartSpec } from '../../src/model/types.js';
import { templatesDir } from './support.js';

const spec: ChartSpec = { kind: 'rag-summary', title: 'RAG', groups: [{ label: 'All', red: 1, amber: 0, green: 1, notRated: 0 }] };
const charts: ChartFactory = (kind, hash) =>
  hash['id'] === 'EMPTY'
    ? { severity: 'warning', code: 'empty-chart', message: 'nothing to plot', where: {} }
    : { spec, alt: `${kind} for ${String(hash['id'])}`, caption: null };

const dir = templatesDir({
  'report.md.hbs': [
    '---',
    'title: "Report on {{id}}"',
    '---',
    '# {{id}}',
    '',
    '{{> note}}',
    '',
    '{{chart "rag-summary" id=id}}',
    '',
    '{{#if missing}}{{missing.words}}{{/if}}',
  ].join('\n'),
  'partials/note.md.hbs': 'A note on {{id}}.',
});

const input = (id: string, extra: Record<string, unknown> = {}): ComposeInput => ({
  templateName: 'report',
  templatesDirs: [dir],
  context: { date: '2020-01-01', id, missing: false, ...extra },
  charts,
});

describe('compose session', () => {
  it('composes each paper exactly as composing it alone does', () => {
    const session = createComposeSession([dir]);
    for (const id of ['A1', 'EMPTY', 'B2', 'A1']) {
      expect(composePaper({ ...input(id), session })).toEqual(composePaper(input(id)));
    }
  });

  it('gives each paper only its own figures and warnings', () => {
    const session = createComposeSession([dir]);
    const first = composePaper({ ...input('EMPTY'), session });
    const second = composePaper({ ...input('B2'), session });
    expect(first.diagnostics.map((d) => d.code)).toEqual(['empty-chart']);
    expect(second.diagnostics).toEqual([]);
    const figures = second.document.children.filter((b) => b.type === 'figure');
    expect(figures.map((f) => f.type === 'figure' && f.alt)).toEqual(['rag-summary for B2']);
    expect(second.document.meta.title).toBe('Report on B2');
  });

  it('places a runtime error in the paper that made it, then composes the next paper cleanly', () => {
    const session = createComposeSession([dir]);
    const broken = composePaper({ ...input('A1', { missing: {} }), session });
    expect(broken.diagnostics.some((d) => d.severity === 'error' && d.where.file?.endsWith('report.md.hbs'))).toBe(true);
    expect(composePaper({ ...input('A1'), session })).toEqual(composePaper(input('A1')));
  });
});

describe('compose sessions across builds in one process', () => {
  it('are shared while the templates are unchanged, and made afresh when one is edited', () => {
    const folder = templatesDir({ 'note.md.hbs': '---\ntitle: Note\n---\nFirst words for {{id}}.' });
    const first = createComposeSession([folder]);
    expect(createComposeSession([folder])).toBe(first);
    const text = (session: ReturnType<typeof createComposeSession>) =>
      JSON.stringify(composePaper({ templateName: 'note', templatesDirs: [folder], context: { date: '2020-01-01', id: 'A1' }, charts, session }).document.children);
    expect(text(first)).toContain('First words for A1.');
    writeFileSync(join(folder, 'note.md.hbs'), '---\ntitle: Note\n---\nSecond words for {{id}}.');
    const edited = createComposeSession([folder]);
    expect(edited).not.toBe(first);
    expect(text(edited)).toContain('Second words for A1.');
    expect(JSON.stringify(composePaper({ templateName: 'note', templatesDirs: [folder], context: { date: '2020-01-01', id: 'A1' }, charts }).document.children)).toContain('Second words');
  });
});
