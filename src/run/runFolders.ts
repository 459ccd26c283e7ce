// Where a run writes (`<output>/<period>/<job>/`), and the check, before any work, that it can and safely.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { periodFromLabel, periodSlug } from '../period.js';
import { existingFolderInside, OutputPathError, outputFolderProblem } from '../safePaths.js';

/** `2016-17 Q3` → `2016-17-Q3`, the period's folder name: the label a job carries (text, across processes), slugged as every file name is. */
export const periodFolder = (label: string): string => periodSlug(periodFromLabel(label));

/** A folder name periodFolder gives: where a `latest` job may write, once its scorecard says which quarter. */
const PERIOD_FOLDER = /^\d{4}-\d{2}-Q[1-4]$/;

/** What the check needs of a job: where its papers go, its name, and its period (`latest` until built). */
export interface JobPlace {
  name: string;
  output: string;
  period: string;
}

const refused = (e: OutputPathError): Diagnostic => error('output-folder-unsafe', e.reason, { file: e.path });

/** The period folders a job may write into: its own, or for `latest` every period folder already there. */
async function periodFoldersOf(outputRoot: string, job: JobPlace): Promise<string[]> {
  if (job.period !== 'latest') return [periodFolder(job.period)];
  const output = await existingFolderInside(outputRoot, job.output);
  if (output === null) return [];
  const entries = await readdir(output, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => (e.isDirectory() || e.isSymbolicLink()) && PERIOD_FOLDER.test(e.name)).map((e) => e.name);
}

/**
 * Before any work: the outputRoot can be made and written (within a bounded time), and no folder a job will write
 * into (its output, period and job folders, where they exist) is a link leading out of the outputRoot. Returns
 * every problem, each naming the folder or link; an empty list means the run may start. Links are checked again as
 * each file is written, so one made during the run fails its job rather than being followed.
 */
export async function runFolderProblems(outputRoot: string, jobs: readonly JobPlace[], configFile: string): Promise<Diagnostic[]> {
  const unusable = await outputFolderProblem(outputRoot);
  if (unusable !== null) {
    return [error('output-folder-unusable', `${unusable.reason}; set outputRoot in ${configFile} to a folder this machine can write`, { file: unusable.path })];
  }
  const problems = new Map<string, Diagnostic>();
  const check = async (folder: string): Promise<void> => {
    try {
      await existingFolderInside(outputRoot, folder);
    } catch (e) {
      if (!(e instanceof OutputPathError)) throw e;
      problems.set(e.path, refused(e));
    }
  };
  for (const job of jobs) {
    await check(job.output);
    for (const period of await periodFoldersOf(outputRoot, job).catch(() => [])) {
      await check(join(job.output, period));
      await check(join(job.output, period, job.name));
    }
  }
  return [...problems.values()];
}
