// The built workbook worker starts with none of the process's flags (src/read/runWorker.ts), so a script run as
// `node --input-type=module -e …`, and a run's worker process started with V8 flags, read workbooks as any other.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const script = `import { readScorecard } from './dist/index.js';
const { scorecard, diagnostics } = await readScorecard('data/sample-scorecard.xlsx');
console.log(JSON.stringify({ indicators: scorecard?.indicators.length, errors: diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) }));`;

describe('the workbook worker (the built package)', () => {
  it.each([
    [['--input-type=module']],
    [['--input-type', 'module']],
    [['--heap-growing-percent=100', '--single-threaded', '--input-type=module']],
  ])('reads the sample in `node %j -e …`', (flags) => {
    const run = spawnSync(process.execPath, [...flags, '-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ indicators: 15, errors: [] });
  });
});
