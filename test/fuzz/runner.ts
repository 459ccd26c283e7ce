// Runs a seeded batch of fuzz cases through the properties and collects every failure with its seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseSeed, generateCase } from './generators.js';
import { ExitCode } from '../../src/diagnostics.js';
import { checkBuild, checkValidate, writeCase, type Checked } from './properties.js';

export interface FuzzPlan {
  runSeed: number;
  /** The index of the first case (a batch of a longer run); default 0. */
  first?: number;
  cases: number;
  /** Every n-th case is also built as PDF, whatever validate said (0: none): the failure paths. */
  pdfEvery: number;
  /** Every n-th case that validates cleanly is also built as PDF (0: none): papers that render. */
  pdfEveryValid: number;
  /** Every n-th case that validates cleanly is also built as DOCX (0: none). */
  docxEveryValid: number;
  /** Case seeds left out of the batch (known failures, run on their own). */
  skip?: ReadonlySet<number>;
  /** Keep the folders of failing cases, for a look. */
  keepFailures?: boolean;
  progress?: (done: number, failures: number) => void;
  /** Told of each failure as it happens (a long run's findings are seen before it ends). */
  failed?: (failure: FuzzFailure) => void;
}

export interface FuzzFailure {
  seed: number;
  kind: string;
  problems: string[];
  folder: string | null;
}

export interface FuzzResult {
  cases: number;
  builds: number;
  /** How many times each command ended with each exit code: `validate 1` → 180. */
  outcomes: Record<string, number>;
  failures: FuzzFailure[];
  ms: number;
}

/** Generates, writes and checks one case; `pdf`/`docx` also build it. */
/** Which builds a case gets, decided once validate has run (`validated`: its exit code was 0). */
export type BuildChoice = (validated: boolean) => { pdf: boolean; docx: boolean };

export async function runCase(seed: number, root: string, chooseBuilds: BuildChoice): Promise<{ kind: string; problems: string[]; builds: number; folder: string; outcomes: string[] }> {
  const folder = join(root, String(seed));
  let kind = '(not generated)';
  const problems: string[] = [];
  const outcomes: string[] = [];
  let builds = 0;
  const note = (command: string, checked: Checked): void => {
    outcomes.push(`${command} ${checked.code}`);
    problems.push(...checked.problems);
  };
  const failedCheck = (e: unknown): Checked => ({ code: 'threw', problems: [`the check itself failed (a fuzz suite bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] });
  try {
    const fuzzCase = await generateCase(seed);
    kind = fuzzCase.kind;
    writeCase(fuzzCase, folder);
    const validated = await checkValidate(fuzzCase, folder).catch(failedCheck);
    note('validate', validated);
    const checks = chooseBuilds(validated.code === ExitCode.ok);
    if (checks.pdf) {
      builds += 1;
      note('build pdf', await checkBuild(fuzzCase, join(folder, 'pdf'), 'pdf', seed % 4 !== 0).catch(failedCheck));
    }
    if (checks.docx) {
      builds += 1;
      note('build docx', await checkBuild(fuzzCase, join(folder, 'docx'), 'docx', true).catch(failedCheck));
    }
  } catch (e) {
    problems.push(`the case could not be made or written (a fuzz generator bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  return { kind, problems, builds, folder, outcomes };
}

export async function runFuzz(plan: FuzzPlan): Promise<FuzzResult> {
  const root = mkdtempSync(join(tmpdir(), 'boardpack-fuzz-'));
  const started = Date.now();
  const failures: FuzzFailure[] = [];
  let builds = 0;
  const outcomes: Record<string, number> = {};
  let valid = 0;
  try {
    for (let i = plan.first ?? 0; i < (plan.first ?? 0) + plan.cases; i++) {
      const seed = caseSeed(plan.runSeed, i);
      if (plan.skip?.has(seed) === true) continue;
      const every = (n: number, count: number): boolean => n > 0 && count % n === 0;
      const outcome = await runCase(seed, root, (validated) => {
        if (validated) valid += 1;
        return {
          pdf: every(plan.pdfEvery, i + 1) || (validated && every(plan.pdfEveryValid, valid)),
          docx: validated && every(plan.docxEveryValid, valid + Math.floor(plan.docxEveryValid / 2)),
        };
      });
      builds += outcome.builds;
      for (const o of outcome.outcomes) outcomes[o] = (outcomes[o] ?? 0) + 1;
      if (outcome.problems.length > 0) {
        const failure = { seed, kind: outcome.kind, problems: outcome.problems, folder: plan.keepFailures === true ? outcome.folder : null };
        failures.push(failure);
        plan.failed?.(failure);
      }
      if (outcome.problems.length === 0 || plan.keepFailures !== true) rmSync(outcome.folder, { recursive: true, force: true });
      plan.progress?.(i + 1 - (plan.first ?? 0), failures.length);
    }
  } finally {
    if (plan.keepFailures !== true || failures.length === 0) rmSync(root, { recursive: true, force: true });
  }
  return { cases: plan.cases, builds, outcomes, failures, ms: Date.now() - started };
}

/** The report of one failure: its seed, what it was, what went wrong, and how to run it again. */
export function describeFailure(failure: FuzzFailure): string {
  return [
    `case ${failure.seed} (${failure.kind}):`,
    ...failure.problems.map((p) => `  - ${p}`),
    `  reproduce: npm run fuzz -- --case ${failure.seed}${failure.folder === null ? '' : `   (files kept in ${failure.folder})`}`,
  ].join('\n');
}
