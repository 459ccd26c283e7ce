// Runs a seeded batch of fuzz cases through the properties and collects every failure with its seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseSeed, generateCase } from './generators.js';
import { checkBuild, checkValidate, writeCase } from './properties.js';

export interface FuzzPlan {
  runSeed: number;
  /** The index of the first case (a batch of a longer run); default 0. */
  first?: number;
  cases: number;
  /** Every n-th case is also built as PDF (0: none). */
  pdfEvery: number;
  /** Every n-th case is also built as DOCX (0: none). */
  docxEvery: number;
  /** Keep the folders of failing cases, for a look. */
  keepFailures?: boolean;
  progress?: (done: number, failures: number) => void;
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
  failures: FuzzFailure[];
  ms: number;
}

/** Generates, writes and checks one case; `pdf`/`docx` also build it. */
export async function runCase(seed: number, root: string, checks: { pdf: boolean; docx: boolean }): Promise<{ kind: string; problems: string[]; builds: number; folder: string }> {
  const folder = join(root, String(seed));
  let kind = '(not generated)';
  const problems: string[] = [];
  let builds = 0;
  try {
    const fuzzCase = await generateCase(seed);
    kind = fuzzCase.kind;
    writeCase(fuzzCase, folder);
    problems.push(...(await checkValidate(fuzzCase, folder)));
    if (checks.pdf) {
      builds += 1;
      problems.push(...(await checkBuild(fuzzCase, join(folder, 'pdf'), 'pdf', seed % 4 !== 0).catch((e: unknown) => [`the pdf check itself failed: ${String(e)}`])));
    }
    if (checks.docx) {
      builds += 1;
      problems.push(...(await checkBuild(fuzzCase, join(folder, 'docx'), 'docx', true).catch((e: unknown) => [`the docx check itself failed: ${String(e)}`])));
    }
  } catch (e) {
    problems.push(`the case could not be made or written (a fuzz generator bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  return { kind, problems, builds, folder };
}

export async function runFuzz(plan: FuzzPlan): Promise<FuzzResult> {
  const root = mkdtempSync(join(tmpdir(), 'boardpack-fuzz-'));
  const started = Date.now();
  const failures: FuzzFailure[] = [];
  let builds = 0;
  try {
    for (let i = plan.first ?? 0; i < (plan.first ?? 0) + plan.cases; i++) {
      const seed = caseSeed(plan.runSeed, i);
      const checks = { pdf: plan.pdfEvery > 0 && i % plan.pdfEvery === 0, docx: plan.docxEvery > 0 && i % plan.docxEvery === plan.docxEvery - 1 };
      const outcome = await runCase(seed, root, checks);
      builds += outcome.builds;
      if (outcome.problems.length > 0) failures.push({ seed, kind: outcome.kind, problems: outcome.problems, folder: plan.keepFailures === true ? outcome.folder : null });
      if (outcome.problems.length === 0 || plan.keepFailures !== true) rmSync(outcome.folder, { recursive: true, force: true });
      plan.progress?.(i + 1 - (plan.first ?? 0), failures.length);
    }
  } finally {
    if (plan.keepFailures !== true || failures.length === 0) rmSync(root, { recursive: true, force: true });
  }
  return { cases: plan.cases, builds, failures, ms: Date.now() - started };
}

/** The report of one failure: its seed, what it was, what went wrong, and how to run it again. */
export function describeFailure(failure: FuzzFailure): string {
  return [
    `case ${failure.seed} (${failure.kind}):`,
    ...failure.problems.map((p) => `  - ${p}`),
    `  reproduce: npm run fuzz -- --case ${failure.seed}${failure.folder === null ? '' : `   (files kept in ${failure.folder})`}`,
  ].join('\n');
}
