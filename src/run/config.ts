// The run config (`boardpack run --config FILE`): the month-end jobs, validated once, paths resolved from its folder.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { FORMATS, type Format } from '../build.js';
import { isoDate, readDataFile, validateConfig, type ResolvedConfig } from '../config.js';
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
    name: z.string().max(MAX_JOB_NAME).regex(JOB_NAME, 'must be a simple slug: lower-case letters, digits and single hyphens (e.g. "childrens-services")'),
    scorecard: z.string().min(1),
    papers: paperList.optional(),
    formats: formatList.optional(),
    period: periodField.optional(),
    /** The folder the job's papers go under (as `<output>/<period>/<job>/`); default the run's outputRoot. */
    output: z.string().min(1).optional(),
    date: isoDate.optional(),
    /** Meeting details: the same fields as boardpack.config.yaml, checked by validateConfig. */
    paperConfig: z.unknown().optional(),
    /** Hold this job (write nothing) while its scorecard has unconfirmed data queries that doubt a figure. */
    holdOnQueries: z.boolean().optional(),
  })
  .strict();

const runSchema = z
  .object({
    /** Nothing is ever written outside this folder. Default: the run config's own folder. */
    outputRoot: z.string().min(1).optional(),
    period: periodField.optional(),
    papers: paperList.optional(),
    formats: formatList.optional(),
    /** Meeting details every job shares; a job's own paperConfig replaces them key by key. */
    paperConfig: z.record(z.string(), z.unknown()).optional(),
    /** The default for every job: hold a job whose scorecard has unconfirmed data queries (default false). */
    holdOnQueries: z.boolean().optional(),
    limits: z
      .object({
        maxUnpackedMb: z.number().positive().max(10_000).optional(),
        maxRows: z.number().int().positive().max(10_000_000).optional(),
      })
      .strict()
      .optional(),
    jobs: z.array(jobSchema).min(1, 'list at least one job'),
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

function pathOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(top level)';
}

/** Checks an already-parsed run config; every problem comes back with the path of its field. */
export function validateRunConfig(raw: unknown, file: string): RunConfigResult {
  const configFile = resolve(file);
  const base = dirname(configFile);
  const parsed = runSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { config: null, diagnostics: parsed.error.issues.map((issue) => error('run-config-invalid', `${pathOf(issue.path)}: ${issue.message}`, { file: configFile })) };
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
    const checked = validateConfig({ ...shared, ...own }, configFile);
    // validateConfig names fields from the paper config's top; say where they sit in the run config.
    for (const d of checked.diagnostics) diagnostics.push({ ...d, code: 'run-config-invalid', message: `${at}.paperConfig.${d.message}` });
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
  return 'diagnostic' in read ? { config: null, diagnostics: [read.diagnostic] } : validateRunConfig(read.raw, file);
}
