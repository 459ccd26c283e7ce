// A council's own templates folder replaces one partial of a real paper; the rest of the paper stays built-in.
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../compose/support.js';
import { analysed, BUILT_IN, headings, indicatorRow, observations, paper, scorecard, textLines } from './support.js';

describe('council overrides', () => {
  const analysis = analysed(scorecard([indicatorRow('NI68', { title: 'Referrals going on to initial assessment', target: 72 })], observations('NI68', [80, 80, 60.4, 64.7])));
  const indicator = analysis.indicators[0] ?? null;

  it('an author-block partial in the council folder replaces the built-in one in the exception report', () => {
    const council = templatesDir({ 'partials/author-block.md.hbs': '**Report author:** {{@root.config.author.name}}, Wirral Council\n' });
    const { document, diagnostics } = paper('exception-report', analysis, { indicator, dirs: [council, BUILT_IN] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lines = textLines(document);
    expect(lines.at(-1)).toBe('Report author: Julia Hassall, Wirral Council');
    expect(lines.some((l) => l.startsWith('Name/Author'))).toBe(false);
    // The title heading (the paper's title, unnumbered), then the seed's first section.
    expect(headings(document).slice(0, 2)).toEqual([`# ${document.meta.title}`, '# 1 Executive summary']);
  });

  it('without the council folder the built-in author block is used', () => {
    const lines = textLines(paper('exception-report', analysis, { indicator }).document);
    expect(lines.at(-4)).toBe('Name/Author | Julia Hassall');
  });
});
