// The paper's own words (config `narrative:` and the workbook's Paper sheet) and which charts each paper shows.
import type { UserCharts } from './configSchema.js';
import {
  NARRATIVE_PAPERS, type ExtraSection, type NarrativeInput, type NarrativePaper, type PaperSheet,
} from './read/paperSheet.js';
import type { PaperType } from './papers.js';

export { NARRATIVE_PAPERS, SECTION_PLACES, type NarrativeInput, type NarrativePaper, type ExtraSection, type SectionPlace, type PaperSheet } from './read/paperSheet.js';

/** The same marking as config.ts `placeholder()`: `[Financial implications]`. */
const placeholder = (what: string): string => `[${what}]`;

/** Which indicators get a trend chart: every one, the red ones and those in exception, or none. */
export const CHART_CHOICES = ['all', 'red', 'none'] as const;
export type ChartChoice = (typeof CHART_CHOICES)[number];
/** The papers that print trend charts (an exception report always has its indicator's). */
export type ChartPaper = Exclude<PaperType, 'exceptions'>;

/** A cabinet paper has a chart per indicator, a summary paper only for those needing attention, a scrutiny pack none. */
export const DEFAULT_CHARTS: Readonly<Record<ChartPaper, ChartChoice>> = { cabinet: 'all', scrutiny: 'none', summary: 'red' };

export function resolveCharts(user: UserCharts | undefined): Record<ChartPaper, ChartChoice> {
  if (user === undefined) return { ...DEFAULT_CHARTS };
  if (typeof user === 'string') return { cabinet: user, scrutiny: user, summary: user };
  return { cabinet: user.cabinet ?? DEFAULT_CHARTS.cabinet, scrutiny: user.scrutiny ?? DEFAULT_CHARTS.scrutiny, summary: user.summary ?? DEFAULT_CHARTS.summary };
}

/** The config's narrative split into what every paper says and what each paper says instead. */
export function resolveNarrativeConfig(user: (NarrativeInput & Partial<Record<NarrativePaper, NarrativeInput>>) | undefined): PaperSheet {
  const shared: NarrativeInput = {};
  const papers: PaperSheet['papers'] = {};
  for (const [key, value] of Object.entries(user ?? {})) {
    if ((NARRATIVE_PAPERS as readonly string[]).includes(key)) papers[key as NarrativePaper] = value as NarrativeInput;
    else (shared as Record<string, unknown>)[key] = value;
  }
  return { shared, papers };
}

/** `over` laid on `under`: a piece `over` gives replaces `under`'s; implications and glossary merge by name. */
function layer(under: NarrativeInput, over: NarrativeInput): NarrativeInput {
  const merged: NarrativeInput = { ...under, ...over };
  if (under.implications !== undefined || over.implications !== undefined) merged.implications = { ...under.implications, ...over.implications };
  if (under.glossary !== undefined || over.glossary !== undefined) merged.glossary = { ...under.glossary, ...over.glossary };
  return merged;
}

/**
 * The workbook's Paper sheet over the config's narrative: the sheet is this quarter's words, the config the standing
 * ones, so where both give a piece the sheet's is used, even a sheet row for every paper over the config's words for
 * one paper. The layers, lowest first: config shared, config per paper, sheet shared, sheet per paper.
 */
export function withPaperSheet(config: PaperSheet, sheet: PaperSheet | null | undefined): PaperSheet {
  if (sheet === null || sheet === undefined) return config;
  const papers: PaperSheet['papers'] = {};
  for (const p of NARRATIVE_PAPERS) {
    const configOwn = config.papers[p];
    const sheetOwn = sheet.papers[p];
    if (configOwn === undefined && sheetOwn === undefined) continue;
    // The sheet's shared words go over the config's own words for this paper, as far as this paper takes them.
    const underSheet = configOwn === undefined ? {} : layer(configOwn, sharedFor(sheet, p));
    papers[p] = layer(underSheet, sheetOwn ?? {});
  }
  return { shared: layer(config.shared, sheet.shared), papers };
}

/** One implication as a paper prints it: `{key: 'financial', heading: 'Financial implications', text}`. */
export interface Implication {
  /** Lower case, single spaces: `financial`, `human resources`, `health and safety`, `citizen impact`. */
  key: string;
  heading: string;
  text: string;
}

/** What a template sees as `narrative`: every piece, placeholders where a required one was not given. */
export interface PaperNarrative {
  title: string | null;
  purpose: string | null;
  recommendations: string[];
  reasons: string | null;
  /** Financial and legal always (a placeholder when not given), then the others in the order of IMPLICATION_ORDER, then as given. */
  implications: Implication[];
  consultation: string | null;
  backgroundPapers: string[];
  appendices: string[];
  glossary: { term: string; meaning: string }[];
  affected: string | null;
  signature: string | null;
  sections: ExtraSection[];
}

/** The implications every council report states; missing, they are a placeholder and a warning. */
export const REQUIRED_IMPLICATIONS = ['financial', 'legal'] as const;

/** Names authors use for the usual implications, and the order papers give them in. */
const IMPLICATION_NAMES: readonly [string, readonly string[]][] = [
  ['financial', ['financial', 'finance', 'resource', 'resources', 'budget']],
  ['legal', ['legal', 'law']],
  ['human resources', ['human resources', 'hr', 'humanresources', 'staffing', 'workforce']],
  ['equalities', ['equalities', 'equality', 'equality and diversity']],
  ['climate', ['climate', 'climate change', 'carbon', 'sustainability']],
  ['environmental', ['environmental', 'environment', 'environmental impact']],
  ['risk', ['risk', 'risks', 'risk management']],
  ['citizen impact', ['citizen', 'citizen impact', 'citizens', 'community impact']],
];

function implicationKey(name: string): string {
  // `humanResources`, `Human-resources implications`, `human resources` are one key.
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/\s+(implications?|considerations?)$/, '');
  for (const [key, names] of IMPLICATION_NAMES) if (names.includes(spaced)) return key;
  return spaced;
}

/** Headings of the usual implications; any other is named as written with "implications" after it. */
const IMPLICATION_HEADINGS: Readonly<Record<string, string>> = {
  financial: 'Financial implications',
  legal: 'Legal implications',
  'human resources': 'Human resources implications',
  equalities: 'Equalities implications',
  climate: 'Climate implications',
  environmental: 'Environmental impact',
  risk: 'Risk implications',
  'citizen impact': 'Citizen impact',
};

/** `financial` → `Financial implications`; `Health and safety` → `Health and safety implications`; `Community impact` as it is. */
function implicationHeading(key: string, asWritten: string): string {
  const known = IMPLICATION_HEADINGS[key];
  if (known !== undefined) return known;
  const base = asWritten.trim().replace(/\s+/g, ' ').replace(/\s+(implications?)$/i, '');
  const capital = `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
  return /\b(impact|considerations?)$/i.test(capital) ? capital : `${capital} implications`;
}

function implicationsOf(given: Record<string, string>): Implication[] {
  const byKey = new Map<string, Implication>();
  for (const [name, text] of Object.entries(given)) {
    const key = implicationKey(name);
    byKey.set(key, { key, heading: implicationHeading(key, name), text });
  }
  for (const key of REQUIRED_IMPLICATIONS) {
    if (!byKey.has(key)) byKey.set(key, { key, heading: implicationHeading(key, key), text: placeholder(implicationHeading(key, key)) });
  }
  const rank = (key: string): number => {
    const i = IMPLICATION_NAMES.findIndex(([k]) => k === key);
    return i === -1 ? IMPLICATION_NAMES.length : i;
  };
  // Stable: the usual ones in their order, then any other in the order given.
  return [...byKey.values()].map((imp, i) => ({ imp, i })).sort((a, b) => rank(a.imp.key) - rank(b.imp.key) || a.i - b.i).map(({ imp }) => imp);
}

/**
 * What an exception report does not take from the shared narrative: it is about one indicator, for the partnership's
 * board, so the meeting paper's title, purpose, recommendations, reasons and extra sections would be wrong there.
 */
const NOT_SHARED_WITH_EXCEPTIONS = ['title', 'purpose', 'recommendations', 'reasons', 'sections'] as const;

function sharedFor(narrative: PaperSheet, paper: NarrativePaper | null): NarrativeInput {
  if (paper !== 'exceptions') return narrative.shared;
  const shared: NarrativeInput = { ...narrative.shared };
  for (const key of NOT_SHARED_WITH_EXCEPTIONS) delete shared[key];
  return shared;
}

/**
 * The narrative one paper uses: its own pieces over the shared ones (null paper: a template built by name, shared
 * only). Exception reports take only their own title, purpose, recommendations, reasons and sections.
 */
export function narrativeFor(narrative: PaperSheet, paper: NarrativePaper | null): PaperNarrative {
  const shared = sharedFor(narrative, paper);
  const n = paper === null || narrative.papers[paper] === undefined ? shared : layer(shared, narrative.papers[paper]);
  return {
    title: n.title ?? null,
    purpose: n.purpose ?? null,
    recommendations: n.recommendations ?? [],
    reasons: n.reasons ?? null,
    implications: implicationsOf(n.implications ?? {}),
    consultation: n.consultation ?? null,
    backgroundPapers: n.backgroundPapers ?? [],
    appendices: n.appendices ?? [],
    glossary: Object.entries(n.glossary ?? {}).map(([term, meaning]) => ({ term, meaning })),
    affected: n.affected ?? null,
    signature: n.signature ?? null,
    sections: n.sections ?? [],
  };
}

/** What to fill in for each placeholder a paper may show: the config key, or the Paper sheet row. */
export const PLACEHOLDER_SOURCES: Readonly<Record<string, string>> = {
  'Council name': 'council in the config',
  'Partnership name': 'partnership in the config',
  Directorate: 'directorate in the config',
  Committee: 'meeting.committee in the config',
  'Agenda item': 'meeting.agendaItem in the config',
  'Meeting date': 'meeting.date in the config, or --date',
  'Cabinet member responsible': 'meeting.cabinetMembers in the config',
  'Contact officer': 'contactOfficers in the config',
  'Report author': 'author.name in the config',
  'Job title': 'author.title in the config',
  Telephone: 'a telephone number for the author and contact officers in the config',
  Email: 'author.email in the config',
  'Financial implications': 'narrative.implications.financial in the config, or a "Financial implications" row on the Paper sheet',
  'Legal implications': 'narrative.implications.legal in the config, or a "Legal implications" row on the Paper sheet',
};
