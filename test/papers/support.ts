// Test support for the papers: compose a built-in paper from an Analysis, and read a Document as a reader does.
import { join } from 'node:path';
import { paperContext, type ExceptionHistory } from '../../src/build.js';
import { composePaper, createChartFactory, type ComposeResult } from '../../src/compose/index.js';
import { resolveConfig, type ResolvedConfig, type UserConfig } from '../../src/config.js';
import { analyse } from '../../src/analyse/index.js';
import { collect, plainText } from '../../src/model/index.js';
import type { Analysis, IndicatorAnalysis, QuarterResult } from '../../src/analyse/types.js';
import type { Block, Document } from '../../src/model/types.js';
import type { Commentary, Indicator, Observation, Scorecard } from '../../src/read/types.js';
import { parsePeriod, periodFromLabel } from '../../src/period.js';

export const BUILT_IN = join(import.meta.dirname, '../../templates');

export const sampleConfig: UserConfig = {
  council: 'Wirral Council',
  partnership: 'Wirral Local Strategic Partnership',
  directorate: "Children and Young People's Department",
  meeting: { committee: 'Cabinet', date: '2010-01-12', agendaItem: '8', status: 'Public', cabinetMembers: ['Cllr Sheila Scott'] },
  contactOfficers: [{ name: 'Julia Hassall', title: "Head of Branch, Children's Social Care", telephone: '0151 666 4293' }],
  author: { name: 'Julia Hassall', title: "Head of Branch, Children's Social Care", telephone: '0151 666 4293', email: 'juliahassall@wirral.gov.uk' },
};

export interface PaperOptions {
  config?: ResolvedConfig;
  indicator?: IndicatorAnalysis | null;
  exceptionHistory?: ExceptionHistory;
  dirs?: string[];
}

export function paper(template: string, analysis: Analysis, options: PaperOptions = {}): ComposeResult {
  const config = options.config ?? resolveConfig(sampleConfig);
  return composePaper({
    templateName: template,
    templatesDirs: options.dirs ?? [BUILT_IN],
    context: paperContext(analysis, config, '2010-01-12', options.indicator ?? null, options.exceptionHistory ?? {}),
    charts: createChartFactory(analysis),
  });
}

/** `3.2 Definition`, `figure trend`, `table data`: the outline of a paper, top level only. */
export function outline(doc: Document): string[] {
  return doc.children.map((b) => {
    if (b.type === 'heading') return `${'#'.repeat(b.level)} ${b.number === null ? '' : `${b.number} `}${plainText(b.children)}`;
    if (b.type === 'figure') return `figure ${b.chart.kind}`;
    if (b.type === 'table') return `table ${b.role}`;
    return b.type;
  });
}

/** Headings only, numbered as printed. */
export function headings(doc: Document): string[] {
  return outline(doc).filter((line) => line.startsWith('#'));
}

/** Every piece of text in the paper, a block to a line (tables a row to a line). */
export function textLines(doc: Document): string[] {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'heading' || b.type === 'paragraph') lines.push(plainText(b.children));
      else if (b.type === 'list') b.items.forEach((item) => walk(item.children));
      else if (b.type === 'box') walk(b.children);
      else if (b.type === 'table') [...b.header, ...b.rows].forEach((row) => lines.push(row.cells.map((c) => plainText(c.children)).join(' | ')));
      else if (b.type === 'figure') lines.push(b.alt, b.caption ?? '');
    }
  };
  walk(doc.children);
  return lines;
}

/** The text of the section under a heading (by its words), up to the next heading of the same or a higher level. */
export function section(doc: Document, title: string): string[] {
  const start = doc.children.findIndex((b) => b.type === 'heading' && plainText(b.children) === title);
  if (start === -1) throw new Error(`no heading "${title}" in ${headings(doc).join(' / ')}`);
  const level = (doc.children[start] as { level: number }).level;
  const end = doc.children.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return textLines({ ...doc, children: doc.children.slice(start + 1, end === -1 ? undefined : end) });
}

export function tables(doc: Document) {
  return collect(doc, 'table');
}

// ---- a literal scorecard, run through the real analyse ----

export const PERIODS = ['2008-09 Q4', '2009-10 Q1', '2009-10 Q2', '2009-10 Q3'];

export function indicatorRow(id: string, fields: Partial<Indicator> = {}): Indicator {
  return {
    id, title: `${id} title`, polarity: 'higher', unit: 'percent', decimals: null, target: 50, tolerance: null, ratePer: null,
    theme: null, owner: null, definition: null, rationale: null, numeratorLabel: null, denominatorLabel: null,
    measureType: 'snapshot', measureTypeFrom: 'default', annualTarget: null, targetProfile: null, targetDate: null,
    where: { sheet: 'Indicators', cell: `A${id.length}` }, ...fields,
  };
}

export function observations(id: string, values: (number | null)[], fields: Partial<Observation>[] = []): Observation[] {
  return values.map((value, i) => {
    const period = parsePeriod(PERIODS[i] ?? '');
    if (period === null) throw new Error('bad test period');
    return {
      id, period, value, target: null, numerator: null, denominator: null, statisticalNeighbours: null, england: null, region: null,
      where: { sheet: 'Values', cell: `C${i + 2}` }, ...(fields[i] ?? {}),
    };
  });
}

export function scorecard(indicators: Indicator[], obs: Observation[], commentary: Commentary[] = []): Scorecard {
  return { source: 'test.xlsx', layout: 'long', indicators, observations: obs, commentary };
}

export function analysed(sc: Scorecard): Analysis {
  return analyse(sc, { period: periodFromLabel('2009-10 Q3'), exceptionThreshold: 2 });
}

export function note(id: string, section: string, text: string): Commentary {
  return { id, period: null, section, text, where: { sheet: 'Commentary', cell: 'C2' } };
}

export type { QuarterResult };
