// The run config (`boardpack run --config FILE`): the month-end jobs, validated once, paths resolved from its folder.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { FORMATS, type Format } from '../build.js';
import { readDataFile, type ResolvedConfig } from '../config.js';
import { isoDate, validateConfig } from '../configSchema.js';
import { loadHouseStyleFiles } from '../houseStyle.js';
import { configIssueMessages } from '../configErrors.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { parsePeriod, periodLabel } from '../period.js';

/** Job names become folder names and `--job` arguments: lower-case words joined by hyphens, nothing else. */
export const JOB_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_JOB_NAME = 64;

/** `latest` (the newest quarter with data) or any period the scorecards accept, e.g. `2016-17 Q3`, `Q3 2016/17`. */
const periodField = z.string().refine((p) => p === 'latest' || parsePeriod(p) !== null, 'must be a quarter such as "2016-17 Q3", or "latest"');

const formatList = z.array(z.enum(FORMATS as [Format, ...Format[]])).min(1);
const paperList = z.array(z.string().min(1)).min(1);

const jobSchema = z
  .object({
    name: z
      .string()
      .max(MAX_JOB_NAME)
      .regex(JOB_NAME, 'must be a simple slug: lower-case letters, digits and single hyphens (e.g. "childrens-services")')
      .describe('The job\'s name: its folder and its --job argument; lower-case letters, digits and single hyphens'),
    scorecard: z.string().min(1).describe('The scorecard workbook (.xlsx) or .csv, relative to this file'),
    papers: paperList.optional().describe('The papers to build: cabinet, scrutiny, summary, exceptions, all, or template names (default the run\'s, else all)'),
    formats: formatList.optional().describe('docx, pdf or both (default the run\'s, else both)'),
    period: periodField.optional().describe('The report quarter, e.g. 2016-17 Q3, or latest (default the run\'s)'),
    output: z.string().min(1).optional().describe("The folder the job's papers go under (as <output>/<period>/<job>/), inside outputRoot; default outputRoot"),
    date: isoDate.optional().describe("The papers' date, YYYY-MM-DD (default the meeting date, else the end of the quarter)"),
    // Checked by validateConfig, with the paths of the run config; the JSON Schema refers to the paper config's.
    paperConfig: z.unknown().optional().describe('Meeting details: the same keys as boardpack.config.yaml, laid over the run\'s paperConfig key by key'),
    holdOnQueries: z.boolean().optional().describe('Hold this job (write nothing) while its scorecard has unconfirmed data queries that doubt a figure'),
  })
  .strict();

/** The run config's schema (also written out as schemas/run.config.schema.json by `npm run schemas`). */
export const runSchema = z
  .object({
    outputRoot: z.string().min(1).optional().describe("Nothing is ever written outside this folder (default: the run config's own folder)"),
    period: periodField.optional().describe('The report quarter for every job, e.g. 2016-17 Q3, or latest (the newest with data)'),
    papers: paperList.optional().describe('The papers every job builds: cabinet, scrutiny, summary, exceptions, all, or template names (default all)'),
    formats: formatList.optional().describe('docx, pdf or both (default both)'),
    paperConfig: z.record(z.string(), z.unknown()).optional().describe("Meeting details every job shares (the keys of boardpack.config.yaml); a job's own paperConfig replaces them key by key"),
    holdOnQueries: z.boolean().optional().describe('The default for every job: hold a job whose scorecard has unconfirmed data queries (default false)'),
    limits: z
      .object({
        maxUnpackedMb: z.number().positive().max(10_000).optional().describe('The most a workbook may unpack to, in MB'),
        maxRows: z.number().int().positive().max(10_000_000).optional().describe('The most rows a workbook sheet may have'),
        /** The most papers one job may make (default 200); a job's paperConfig limits.maxPapers wins. */
        maxPapers: z.number().int().positive().max(100_000).optional(),
      })
      .strict()
      .optional(),
    jobs: z.array(jobSchema).min(1, 'list at least one job').describe('The jobs: one scorecard each, built in parallel'),
  })
  .strict();

/** Workbook limits a run sets; null fields keep the read stage's defaults. */
export interface RunLimits {
  maxUnpackedMb: number | null;
  maxRows: number | null;
}

export interface RunJob {
  name: string;
  /** Absolute path of the scorecard. */
  scorecard: string;
  papers: string[];
  formats: Format[];
  /** Canonical label (`2016-17 Q3`) or `latest`: text, as a job crosses to its worker process as plain data. */
  period: string;
  /** Absolute output folder (inside outputRoot). */
  output: string;
  date: string | null;
  paperConfig: ResolvedConfig;
  /** Write nothing for the job while its scorecard has unconfirmed data queries that doubt a figure. */
  holdOnQueries: boolean;
}

export interface RunConfig {
  /** The run config file, absolute; its folder is where relative paths start. */
  file: string;
  outputRoot: string;
  limits: RunLimits;
  jobs: RunJob[];
}

export interface RunConfigResult {
  config: RunConfig | null;
  diagnostics: Diagnostic[];
}

/** True when `inner` is `outer` or inside it, judged on resolved paths (so `out/../elsewhere` is outside). */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const canonicalPeriod = (p: string): string => {
  if (p === 'latest') return p;
  const parsed = parsePeriod(p);
  return parsed === null ? p : periodLabel(parsed);
};

/** Checks an already-parsed run config; every problem comes back with the path of its field. */
export function validateRunConfig(raw: unknown, file: string): RunConfigResult {
  const configFile = resolve(file);
  const base = dirname(configFile);
  const parsed = runSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { config: null, diagnostics: configIssueMessages(runSchema, parsed.error.issues, raw ?? {}).map((message) => error('run-config-invalid', message, { file: configFile })) };
  }
  const run = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const outputRoot = resolve(base, run.outputRoot ?? '.');
  const jobs: RunJob[] = [];
  const seen = new Set<string>();
  run.jobs.forEach((job, i) => {
    const at = `jobs.${i}`;
    if (seen.has(job.name)) diagnostics.push(error('run-config-invalid', `${at}.name: "${job.name}" is used by an earlier job; job names must differ`, { file: configFile }));
    seen.add(job.name);
    const output = resolve(base, job.output ?? run.outputRoot ?? '.');
    if (!isInside(outputRoot, output)) {
      diagnostics.push(error('run-config-invalid', `${at}.output: "${job.output ?? ''}" resolves to ${output}, outside the outputRoot ${outputRoot}; nothing is written outside it`, { file: configFile }));
    }
    const period = job.period ?? run.period;
    if (period === undefined) diagnostics.push(error('run-config-invalid', `${at}.period: give the job a period (or a top-level period), e.g. "2016-17 Q3" or "latest"`, { file: configFile }));
    const shared = run.paperConfig ?? {};
    const own = job.paperConfig === undefined ? {} : job.paperConfig;
    if (typeof own !== 'object' || own === null || Array.isArray(own)) {
      diagnostics.push(error('run-config-invalid', `${at}.paperConfig: must be a mapping of meeting details (council, meeting, contactOfficers, ...)`, { file: configFile }));
      return;
    }
    const merged: Record<string, unknown> = { ...shared, ...(own as Record<string, unknown>) };
    // The run's limits.maxPapers is every job's, unless its paper config sets its own.
    const paperLimits = merged['limits'];
    if (run.limits?.maxPapers !== undefined && (typeof paperLimits !== 'object' || paperLimits === null || !('maxPapers' in paperLimits))) {
      merged['limits'] = { ...(typeof paperLimits === 'object' && paperLimits !== null ? paperLimits : {}), maxPapers: run.limits.maxPapers };
    }
    // validateConfig names fields from where the paper config sits in the run config.
    const checked = validateConfig(merged, configFile, ['jobs', i, 'paperConfig']);
    for (const d of checked.diagnostics) diagnostics.push({ ...d, code: 'run-config-invalid' });
    if (checked.config === null || period === undefined) return;
    const paperConfig = checked.config.templates === null ? checked.config : { ...checked.config, templates: resolve(base, checked.config.templates) };
    jobs.push({
      name: job.name,
      scorecard: resolve(base, job.scorecard),
      papers: job.papers ?? run.papers ?? ['all'],
      formats: job.formats ?? run.formats ?? ['docx', 'pdf'],
      period: canonicalPeriod(period),
      output,
      date: job.date ?? null,
      paperConfig,
      holdOnQueries: job.holdOnQueries ?? run.holdOnQueries ?? false,
    });
  });
  if (diagnostics.length > 0) return { config: null, diagnostics };
  return {
    config: {
      file: configFile,
      outputRoot,
      limits: { maxUnpackedMb: run.limits?.maxUnpackedMb ?? null, maxRows: run.limits?.maxRows ?? null },
      jobs,
    },
    diagnostics: [],
  };
}

/** Reads a run config written as JSON or YAML (.yaml/.yml). */
export async function loadRunConfig(file: string): Promise<RunConfigResult> {
  const read = await readDataFile(file, 'run-config');
  if ('diagnostic' in read) return { config: null, diagnostics: [read.diagnostic] };
  const checked = validateRunConfig(read.raw, file);
  return checked.config === null ? checked : withHouseStyleFiles(checked.config);
}

/** Each job's house style files (fonts, logo), named relative to the run config, made absolute and checked before any job starts. */
async function withHouseStyleFiles(config: RunConfig): Promise<RunConfigResult> {
  const diagnostics: Diagnostic[] = [];
  const jobs: RunJob[] = [];
  for (const [i, job] of config.jobs.entries()) {
    const styled = await loadHouseStyleFiles(job.paperConfig.style, dirname(config.file), config.file);
    diagnostics.push(...styled.diagnostics.map((d) => ({ ...d, code: 'run-config-invalid', message: `jobs.${i}.paperConfig.${d.message}` })));
    jobs.push({ ...job, paperConfig: { ...job.paperConfig, style: styled.style } });
  }
  return diagnostics.length > 0 ? { config: null, diagnostics } : { config: { ...config, jobs }, diagnostics: [] };
}
