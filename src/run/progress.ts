// Telling the operator how a run goes: bars on a terminal, one plain line per event in a log, or nothing.
import cliProgress from 'cli-progress';
import { expandPapers, isPaperType, PAPERS } from '../papers.js';
import type { RunJob } from './config.js';
import type { RunProgress } from './runner.js';
import type { JobStatus } from './types.js';

/** Files a job will at least render: exception reports are one per exception, so are known only as they come. */
export function expectedFiles(job: RunJob): number {
  const papers = expandPapers(job.papers).filter((p) => !isPaperType(p) || PAPERS[p].per === 'build');
  return Math.max(1, papers.length * job.formats.length);
}

export const silentProgress: RunProgress = { start: () => {}, file: () => {}, finish: () => {}, stop: () => {} };

/** For cron mail and CI logs: whole lines, no cursor movement. */
export function lineProgress(write: (line: string) => void, workers: number): RunProgress {
  return {
    start: (jobs) => write(`run: ${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'} on up to ${Math.min(workers, jobs.length)} ${workers === 1 ? 'worker' : 'workers'}`),
    file: (job, name) => write(`${job}: rendered ${name}`),
    finish: (job, status, detail) => write(`${job}: ${status}${detail === '' ? '' : ` (${detail})`}`),
    stop: () => {},
  };
}

/** For a person at a terminal: one bar for the jobs, one per job for its files. */
export function barProgress(stream: NodeJS.WritableStream): RunProgress {
  const multibar = new cliProgress.MultiBar(
    { stream, format: '{label} [{bar}] {value}/{total} {what}', hideCursor: true, clearOnComplete: false, barsize: 30, autopadding: true },
    cliProgress.Presets.shades_classic,
  );
  let overall: cliProgress.SingleBar | null = null;
  const perJob = new Map<string, { bar: cliProgress.SingleBar; total: number; done: number }>();
  const jobsByName = new Map<string, RunJob>();
  let finished = 0;
  const label = (name: string): string => name.padEnd(20).slice(0, 20);
  return {
    start(jobs) {
      for (const job of jobs) jobsByName.set(job.name, job);
      overall = multibar.create(jobs.length, 0, { label: label('all jobs'), what: 'jobs' });
    },
    file(job, name) {
      let entry = perJob.get(job);
      if (entry === undefined) {
        const known = jobsByName.get(job);
        const total = known === undefined ? 1 : expectedFiles(known);
        entry = { bar: multibar.create(total, 0, { label: label(job), what: 'files' }), total, done: 0 };
        perJob.set(job, entry);
      }
      entry.done += 1;
      if (entry.done > entry.total) entry.total = entry.done;
      entry.bar.setTotal(entry.total);
      entry.bar.update(entry.done, { what: name });
    },
    finish(job: string, status: JobStatus, detail: string) {
      finished += 1;
      overall?.update(finished);
      const entry = perJob.get(job);
      entry?.bar.update(entry.done, { what: status });
      if (status !== 'ok') multibar.log(`${job}: ${status} (${detail})\n`);
    },
    stop() {
      multibar.stop();
    },
  };
}
