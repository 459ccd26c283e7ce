// `npm run fuzz`: thousands of generated hostile scorecards through validate and build; prints its figures and every failure.
// Usage: npm run fuzz [-- --cases 5000] [--seed N] [--pdf-every 100] [--pdf-every-valid 10] [--docx-every-valid 100] [--case SEED]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFailure, runCase, runFuzz } from '../test/fuzz/runner.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: process.env.FUZZ_CASES ?? '5000' },
    seed: { type: 'string', default: process.env.FUZZ_SEED },
    'pdf-every': { type: 'string', default: '100' },
    'pdf-every-valid': { type: 'string', default: '10' },
    'docx-every-valid': { type: 'string', default: '100' },
    case: { type: 'string' },
  },
});

const whole = (text: string | undefined, what: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`fuzz: ${what} takes a whole number, not "${text}"\n`);
    process.exit(2);
  }
  return n;
};

if (values.case !== undefined) {
  // One case again, with every check (validate, PDF and DOCX builds), its files kept.
  const seed = whole(values.case, '--case');
  const outcome = await runCase(seed, mkdtempSync(join(tmpdir(), 'boardpack-fuzz-case-')), () => ({ pdf: true, docx: true }));
  process.stdout.write(`case ${seed} (${outcome.kind}), files in ${outcome.folder}\n`);
  process.stdout.write(outcome.problems.length === 0 ? 'no problems\n' : `${outcome.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(outcome.problems.length === 0 ? 0 : 1);
}

const runSeed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : whole(values.seed, '--seed');
const cases = whole(values.cases, '--cases');
process.stdout.write(`fuzz: ${cases} cases, run seed ${runSeed} (again: npm run fuzz -- --seed ${runSeed} --cases ${cases})\n`);
let lastReport = Date.now();
const result = await runFuzz({
  runSeed,
  cases,
  pdfEvery: whole(values['pdf-every'], '--pdf-every'),
  pdfEveryValid: whole(values['pdf-every-valid'], '--pdf-every-valid'),
  docxEveryValid: whole(values['docx-every-valid'], '--docx-every-valid'),
  keepFailures: true,
  failed: (failure) => process.stdout.write(`${describeFailure(failure)}\n`),
  progress: (done, failures) => {
    if (Date.now() - lastReport > 15_000 || done === cases) {
      lastReport = Date.now();
      process.stdout.write(`  ${done}/${cases} cases, ${failures} failing\n`);
    }
  },
});
const outcomes = Object.entries(result.outcomes).sort(([a], [b]) => a.localeCompare(b));
process.stdout.write(`exit codes: ${outcomes.map(([what, n]) => `${what}: ${n}`).join(', ')}\n`);
process.stdout.write(
  `fuzz: ${result.cases} cases (${result.builds} builds) in ${(result.ms / 1000).toFixed(1)} s, ${(result.ms / result.cases).toFixed(0)} ms a case; ${result.failures.length} failing; run seed ${runSeed}\n`,
);
process.exit(result.failures.length === 0 ? 0 : 1);
