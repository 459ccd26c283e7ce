// User configuration (boardpack.config.json or .yaml) → resolved config, validated once, at the edge.
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { error, type Diagnostic } from './diagnostics.js';
import { numberInWords } from './narrate/index.js';
import { loadHouseStyleFiles, resolveHouseStyle } from './houseStyle.js';
import type { HouseStyle } from './model/types.js';
import { DEFAULT_MEASURE_TYPE, type MeasureType } from './read/types.js';
import { resolveCharts, resolveNarrativeConfig, type ChartChoice, type ChartPaper, type PaperSheet } from './narrativeConfig.js';
import type { PaperType } from './papers.js';
import type { Person, UserConfig, UserMeeting } from './configSchema.js';

export type { Person, UserConfig } from './configSchema.js';

/** The most papers one build makes unless the config says otherwise: far above any real meeting's. */
export const DEFAULT_MAX_PAPERS = 200;

/** True for a real calendar date written YYYY-MM-DD (2017-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export interface Meeting {
  committee: string;
  date: string | null;
  agendaItem: string;
  status: 'Public' | 'Exempt';
  cabinetMembers: string[];
  wards: string;
}

/** What the papers see: every field filled, placeholders clearly marked where the user gave nothing. */
export interface ResolvedConfig {
  council: string;
  partnership: string;
  directorate: string;
  meeting: Meeting;
  /** Per paper type, the meeting it goes to where that differs from `meeting`. */
  meetings: Partial<Record<PaperType, Meeting>>;
  /** Limits on a build: the most papers it may make (a runaway exception count stops it before any is rendered). */
  limits: { maxPapers: number };
  contactOfficers: Person[];
  author: Person;
  exceptions: { threshold: number; boardName: string; rule: string };
  /** A council's own templates folder, searched before the built-in one; null for none. */
  templates: string | null;
  /** How an indicator whose scorecard gives no Measure type is counted. */
  measureType: MeasureType;
  /** The comparators' names as the config gives them; null to take the scorecard's headers (build fills them in). */
  comparators: { national: string | null; region: string | null };
  /** Per indicator ID, its noise band in the indicator's unit. */
  noiseBands: Record<string, number>;
  /** In a long file with one row per area: the council whose rows to read (name or code); null to read every row. */
  area: string | null;
  /** Its statistical neighbours (names or codes), whose rows' mean is a comparator. */
  neighbours: string[];
  /** Data queries confirmed with the service (see `parseConfirmation`). */
  queries: { confirmed: string[] };
  /** The paper's own words: what every paper says, and what one paper says instead (the Paper sheet laid over at build). */
  narrative: PaperSheet;
  /** Per paper, which indicators get a trend chart. */
  charts: Record<ChartPaper, ChartChoice>;
  /** The council's house style (files absolute once loadConfig has checked them). */
  style: HouseStyle;
}

/** A placeholder a clerk must replace: visible in the paper, never mistaken for content. */
export const placeholder = (what: string): string => `[${what}]`;

export function resolveConfig(user: UserConfig): ResolvedConfig {
  const threshold = user.exceptions?.threshold ?? 2;
  const boardName = user.exceptions?.boardName ?? 'LSP Executive Board';
  return {
    council: user.council ?? placeholder('Council name'),
    partnership: user.partnership ?? placeholder('Partnership name'),
    directorate: user.directorate ?? placeholder('Directorate'),
    meeting: resolveMeeting(user.meeting ?? {}),
    meetings: Object.fromEntries(
      Object.entries(user.meetings ?? {}).map(([paper, differs]) => [paper, resolveMeeting({ ...user.meeting, ...differs })]),
    ),
    contactOfficers: user.contactOfficers ?? [{ name: placeholder('Contact officer'), telephone: placeholder('Telephone') }],
    author: user.author ?? { name: placeholder('Report author'), title: placeholder('Job title') },
    exceptions: {
      threshold,
      boardName,
      rule:
        user.exceptions?.rule ??
        `The ${boardName} has agreed that should an improvement target underperform for a period of ${numberInWords(threshold)} or more consecutive quarters, the relevant delivery plan or progress report will be reported to a subsequent board meeting for consideration and to identify any further action to be taken.`,
    },
    templates: user.templates ?? null,
    measureType: user.measureType ?? DEFAULT_MEASURE_TYPE,
    comparators: { national: user.comparators?.national ?? null, region: user.comparators?.region ?? null },
    area: user.area ?? null,
    neighbours: user.neighbours ?? [],
    noiseBands: user.noiseBands ?? {},
    queries: { confirmed: user.queries?.confirmed ?? [] },
    narrative: resolveNarrativeConfig(user.narrative),
    charts: resolveCharts(user.charts),
    limits: { maxPapers: user.limits?.maxPapers ?? DEFAULT_MAX_PAPERS },
    style: resolveHouseStyle(user.style),
  };
}

function resolveMeeting(given: UserMeeting): Meeting {
  return {
    committee: given.committee ?? placeholder('Committee'),
    date: given.date ?? null,
    agendaItem: given.agendaItem ?? placeholder('Agenda item'),
    status: given.status ?? 'Public',
    cabinetMembers: given.cabinetMembers ?? [placeholder('Cabinet member responsible')],
    wards: given.wards ?? 'All',
  };
}


export interface ConfigResult {
  config: ResolvedConfig | null;
  diagnostics: Diagnostic[];
}

/**
 * Reads a JSON or YAML (.yaml/.yml) file into plain data, or says why not. `what` names the file in messages and
 * prefixes the diagnostic codes (`config-missing`, `config-syntax`).
 */
export async function readDataFile(file: string, what: 'config' | 'run-config'): Promise<{ raw: unknown } | { diagnostic: Diagnostic }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { diagnostic: error(`${what}-missing`, `cannot read the ${what.replace('-', ' ')} file`, { file }) };
  }
  const yaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
  try {
    // logLevel error: the YAML parser's own warnings (an unsupported %YAML version) must not reach the terminal as Node warnings.
    // The YAML parser is loaded only for a YAML file: a JSON config, or none, never pays for it.
    return { raw: yaml ? (await import('yaml')).parse(text, { logLevel: 'error' }) : JSON.parse(text) };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { diagnostic: error(`${what}-syntax`, `not valid ${yaml ? 'YAML' : 'JSON'}: ${reason}`, { file }) };
  }
}

/** Reads boardpack.config.json or .yaml/.yml; with no file, the defaults (placeholders for the meeting details). */
export async function loadConfig(file: string | undefined): Promise<ConfigResult> {
  if (file === undefined) return { config: resolveConfig({}), diagnostics: [] };
  const read = await readDataFile(file, 'config');
  if ('diagnostic' in read) return { config: null, diagnostics: [read.diagnostic] };
  // The schemas (and zod) load only now: with no config file there is nothing to check.
  const { validateConfig } = await import('./configSchema.js');
  const checked = validateConfig(read.raw, file);
  if (checked.config === null) return checked;
  // A council's templates folder, fonts and logo are named relative to the config file, wherever the command is run from.
  const templates = checked.config.templates;
  const styled = await loadHouseStyleFiles(checked.config.style, dirname(file), file);
  if (styled.diagnostics.length > 0) return { config: null, diagnostics: [...checked.diagnostics, ...styled.diagnostics] };
  return { ...checked, config: { ...checked.config, style: styled.style, templates: templates === null ? null : resolve(dirname(file), templates) } };
}
