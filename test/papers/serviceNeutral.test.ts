// Any council, any service: every built-in paper built from four services' scorecards says nothing about children's
// services unless the config says it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { Analysis } from '../../src/analyse/types.js';
import { resolveConfig, type UserConfig } from '../../src/config.js';
import type { Document } from '../../src/model/types.js';
import { readScorecard } from '../../src/read/index.js';
import { paper, sampleConfig, section, textLines } from './support.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/papers');

/** Words that belong to children's services: none may come from a built-in template or sentence. */
const CHILDRENS_WORDING = /\b(child|children|childrens|children's|young people|famil(y|ies)|looked[- ]after|care leavers?|safeguard\w*|social care|social work\w*|CYP|LSCB|corporate parent\w*|Ofsted)\b/i;

interface Service {
  name: string;
  data: string;
  config: UserConfig;
}

const SERVICES: Service[] = [
  {
    name: "children's social care (the sample), the children's wording from the config",
    data: join(ROOT, 'data/sample-scorecard.xlsx'),
    config: { ...sampleConfig, narrative: { affected: 'children, young people and families in Wirral' } },
  },
  { name: "a district council's corporate KPIs (Hart)", data: join(FIXTURES, 'hart-real.xlsx'), config: { council: 'Hart District Council', directorate: 'Corporate Services', meeting: { committee: 'Overview and Scrutiny Committee' } } },
  { name: 'a planning service (Trafford)', data: join(FIXTURES, 'trafford-planning.xlsx'), config: { council: 'Trafford Council', directorate: 'Place', partnership: 'Trafford Partnership' } },
  { name: "an NHS trust's A&E, with no config at all", data: join(FIXTURES, 'uhl-ae-quarterly.xlsx'), config: {} },
];

const PAPERS = ['cabinet-paper', 'scrutiny-pack', 'performance-summary'] as const;

/** Every built-in paper for the scorecard: the three per build and one exception report per exception. */
function everyPaper(analysis: Analysis, config: UserConfig): { name: string; doc: Document }[] {
  const resolved = resolveConfig(config);
  const papers: { name: string; doc: Document }[] = PAPERS.map((name) => {
    const built = paper(name, analysis, { config: resolved });
    expect(built.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
    return { name, doc: built.document };
  });
  for (const e of analysis.exceptions) {
    const indicator = analysis.indicators.find((a) => a.id === e.id) ?? null;
    const built = paper('exception-report', analysis, { config: resolved, indicator });
    expect(built.diagnostics.filter((d) => d.severity === 'error'), e.id).toEqual([]);
    papers.push({ name: `exception-report ${e.id}`, doc: built.document });
  }
  return papers;
}

/** All the paper's words: metadata, running header and footer, and the body. */
function wordsOf(doc: Document): string[] {
  return [doc.meta.title, doc.meta.subject ?? '', doc.furniture.header ?? '', doc.furniture.footer ?? '', ...textLines(doc)];
}

describe.each(SERVICES)('$name', (service) => {
  let analysis: Analysis;
  let papers: { name: string; doc: Document }[];
  beforeAll(async () => {
    const read = await readScorecard(service.data);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    analysis = analyse(read.scorecard!, { exceptionThreshold: 2 });
    papers = everyPaper(analysis, service.config);
  }, 60_000);

  it('builds the cabinet paper, the scrutiny pack, the summary and an exception report per exception', () => {
    expect(papers.map((p) => p.name).slice(0, 3)).toEqual([...PAPERS]);
    expect(papers).toHaveLength(3 + analysis.exceptions.length);
  });

  it("has children's-services wording only where the scorecard or the config gives it", () => {
    // What the service itself wrote (titles, commentary, theme names) and the config are allowed to say anything.
    const given = [
      ...analysis.indicators.flatMap((a) => [a.title, a.indicator.theme ?? '', a.indicator.definition ?? '', a.indicator.rationale ?? '', a.indicator.numeratorLabel ?? '', a.indicator.denominatorLabel ?? '', ...a.commentary.map((c) => c.text)]),
      JSON.stringify(service.config),
    ].join('\n');
    for (const { name, doc } of papers) {
      for (const line of wordsOf(doc)) {
        const found = CHILDRENS_WORDING.exec(line);
        if (found === null) continue;
        // A line with such a word must get it from the data or the config.
        expect(given.toLowerCase(), `${name}: "${line}"`).toContain(found[0].toLowerCase());
        if (!service.name.startsWith("children's")) expect.fail(`${name} says "${found[0]}": "${line}"`);
      }
    }
  });

  it("the scrutiny pack's citizen impact names who is affected only from the config", () => {
    const scrutiny = papers.find((p) => p.name === 'scrutiny-pack')!.doc;
    const impact = section(scrutiny, 'Citizen impact').join(' ');
    const affected = service.config.narrative?.affected;
    if (affected === undefined) expect(impact).toBe('The performance reported here measures services that directly affect the people who use them.');
    else expect(impact).toBe(`The performance reported here measures services that directly affect the welfare and wellbeing of ${affected}.`);
  });
});

describe("the children's sample scorecard with a config that says nothing about children's services", () => {
  it('no built-in sentence brings children in: the words come only from the scorecard itself', async () => {
    const read = await readScorecard(join(ROOT, 'data/sample-scorecard.xlsx'));
    const analysis = analyse(read.scorecard!, { exceptionThreshold: 2 });
    const neutral: UserConfig = { council: 'Sample Borough Council', directorate: 'People Directorate' };
    for (const { name, doc } of everyPaper(analysis, neutral)) {
      // Take out every piece of text the scorecard supplies; what is left is the templates' and the sentences' own.
      const fromData = analysis.indicators.flatMap((a) => [a.title, a.indicator.theme ?? '', a.indicator.definition ?? '', a.indicator.rationale ?? '', a.indicator.numeratorLabel ?? '', a.indicator.denominatorLabel ?? '', ...a.commentary.map((c) => c.text)]);
      const fragments = fromData
        .flatMap((t) => t.split('\n'))
        .map((t) => t.replace(/^\s*[-*•]\s+/, '').trim().toLowerCase())
        .filter((t) => t !== '')
        .sort((a, b) => b.length - a.length);
      const own = wordsOf(doc).map((line) => fragments.reduce((rest, t) => rest.split(t).join(' '), line.toLowerCase()));
      const offending = own.filter((line) => CHILDRENS_WORDING.test(line));
      expect(offending, name).toEqual([]);
    }
  }, 60_000);
});
