// User configuration (boardpack.config.json or .yaml) → resolved config, validated once, at the edge.
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { error, type Diagnostic } from './diagnostics.js';
import { configIssueMessages } from './configErrors.js';
import { parseConfirmation } from './analyse/queries/confirmations.js';
import { numberInWords } from './narrate/index.js';
import { houseStyleSchema, loadHouseStyleFiles, resolveHouseStyle } from './houseStyle.js';
import type { HouseStyle } from './model/types.js';
import { DEFAULT_MEASURE_TYPE, MEASURE_TYPES, type MeasureType } from './read/types.js';
import { chartsSchema, narrativeSchema, resolveCharts, resolveNarrativeConfig, type ChartChoice, type ChartPaper, type PaperSheet } from './narrativeConfig.js';
import type { PaperType } from './papers.js';

/** The most papers one build makes unless the config says otherwise: far above any real meeting's. */
export const DEFAULT_MAX_PAPERS = 200;

const person = z
  .object({
    name: z.string().min(1).describe('Their name, as the paper prints it'),
    title: z.string().optional().describe('Their job title'),
    telephone: z.string().optional(),
    email: z.string().optional(),
  })
  .strict()
  .meta({ id: 'person', description: 'A person the papers name: name, and optionally title, telephone and email' });

/** True for a real calendar date written YYYY-MM-DD (2017-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');

const meeting = z
  .object({
    committee: z.string().min(1).optional().describe('The meeting the paper goes to, e.g. Cabinet'),
    date: isoDate.optional().describe("The meeting's date, YYYY-MM-DD: the papers are dated with it unless --date is given"),
    agendaItem: z.string().optional().describe('The agenda item number, e.g. 7'),
    status: z.enum(['Public', 'Exempt']).optional().describe('Public (the default) or Exempt'),
    cabinetMembers: z.array(z.string()).optional().describe('The cabinet members responsible, by name'),
    wards: z.string().optional().describe('The wards affected (default All)'),
  })
  .strict()
  .meta({ id: 'meeting', description: 'A meeting: committee, date, agenda item, status, cabinet members, wards' });

/** The paper config's schema (also written out as schemas/boardpack.config.schema.json by `npm run schemas`). */
export const configSchema = z
  .object({
    council: z.string().min(1).optional().describe("The council's name, e.g. Hart District Council"),
    partnership: z.string().min(1).optional().describe("The Local Strategic Partnership's name, for the LSP exception reports"),
    directorate: z.string().min(1).optional().describe('The directorate the papers come from'),
    meeting: meeting.optional().describe('The meeting every paper goes to, unless meetings gives a paper its own'),
    meetings: z
      .object({ cabinet: meeting.optional(), scrutiny: meeting.optional(), summary: meeting.optional(), exceptions: meeting.optional() })
      .strict()
      .optional()
      .describe('Where a paper goes to another meeting (a scrutiny pack to a scrutiny panel): only what differs from meeting'),
    contactOfficers: z.array(person).optional().describe('The contact officers printed on the papers'),
    author: person.optional().describe("The report's author"),
    exceptions: z
      .object({
        threshold: z.number().int().min(1).max(12).optional().describe('Consecutive red quarters that make an exception (default 2)'),
        boardName: z.string().optional().describe('The board the exception reports go to (default LSP Executive Board)'),
        rule: z.string().optional().describe("The board's rule for exception reports, in its own words"),
      })
      .strict()
      .optional()
      .describe('The LSP exception rule'),
    templates: z.string().optional().describe("A council's own templates folder, relative to this file: its templates replace the built-in ones of the same name"),
    area: z.string().min(1).optional().describe('In a long open-data file with one row per area per quarter: the council whose rows to read, its name or code as the file writes it'),
    neighbours: z
      .array(z.string().min(1))
      .optional()
      .describe("The council's statistical neighbours in such a file (names or codes): the mean of their rows is the statistical neighbours' comparator"),
    measureType: z.enum(MEASURE_TYPES as [MeasureType, ...MeasureType[]]).optional().describe('How an indicator without a Measure type column entry is counted (default snapshot)'),
    comparators: z
      .object({ national: z.string().min(1).optional(), region: z.string().min(1).optional() })
      .strict()
      .optional()
      .describe("How the papers name the national and regional comparators (default: the scorecard's column headers, else England)"),
    noiseBands: z.record(z.string(), z.number().nonnegative()).optional().describe('Per indicator ID, the movement below which the papers say "broadly unchanged" (default half the tolerance)'),
    limits: z
      .object({ maxPapers: z.number().int().positive().max(100_000).optional() })
      .strict()
      .optional()
      .describe('The most papers one build may make (maxPapers, default 200); more stops the build, naming the count, before any is rendered'),
    narrative: narrativeSchema.optional().describe("The paper's own words (title, purpose, recommendations, implications ...), shared and per paper"),
    charts: chartsSchema.optional().describe('Which indicators get a trend chart: all, red (red or in exception) or none, for every paper or per paper'),
    queries: z
      .object({
        confirmed: z
          .array(z.string().refine((entry) => parseConfirmation(entry) !== null, 'must be an indicator ID, or an ID and a quarter such as "IT06 2014-15 Q2"'))
          .optional()
          .describe('Data queries checked with the service: HR05 (all of an indicator\'s) or IT06 2014-15 Q2 (one quarter\'s figure)'),
      })
      .strict()
      .optional()
      .describe('Data queries confirmed with the service'),
    style: houseStyleSchema.optional().describe("The council's house style: font, logo, colours, running header and footer"),
  })
  .strict();

export type UserConfig = z.infer<typeof configSchema>;

export interface Meeting {
  committee: string;
  date: string | null;
  agendaItem: string;
  status: 'Public' | 'Exempt';
  cabinetMembers: string[];
  wards: string;
}
export type Person = z.infer<typeof person>;

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

function resolveMeeting(given: z.infer<typeof meeting>): Meeting {
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
 * Validates an already-parsed config object; every problem is reported at once, in words, with its path (after
 * `prefix`, where the config sits inside another, as a run config's `jobs.0.paperConfig`).
 */
export function validateConfig(raw: unknown, file: string, prefix: readonly PropertyKey[] = []): ConfigResult {
  const parsed = configSchema.safeParse(raw ?? {});
  if (parsed.success) return { config: resolveConfig(parsed.data), diagnostics: [] };
  const messages = configIssueMessages(configSchema, parsed.error.issues, raw ?? {}, prefix);
  return { config: null, diagnostics: messages.map((message) => error('config-invalid', message, { file })) };
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
    return { raw: yaml ? parseYaml(text, { logLevel: 'error' }) : JSON.parse(text) };
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
  const checked = validateConfig(read.raw, file);
  if (checked.config === null) return checked;
  // A council's templates folder, fonts and logo are named relative to the config file, wherever the command is run from.
  const templates = checked.config.templates;
  const styled = await loadHouseStyleFiles(checked.config.style, dirname(file), file);
  if (styled.diagnostics.length > 0) return { config: null, diagnostics: [...checked.diagnostics, ...styled.diagnostics] };
  return { ...checked, config: { ...checked.config, style: styled.style, templates: templates === null ? null : resolve(dirname(file), templates) } };
}
