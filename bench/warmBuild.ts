// Builds every paper of one workbook several times in one process, in memory (DOCX and PDF, no files written), and
// prints one JSON line with each build's milliseconds. From the second build on nothing is started, loaded or
// compiled: what is left is the work itself, the floor a whole `build` command cannot go below. bench/floor.ts runs
// it on the built package.
import { pathToFileURL } from 'node:url';

const [data, roundsArgument = '4'] = process.argv.slice(2);
const rounds = Number(roundsArgument);
if (data === undefined || !Number.isInteger(rounds) || rounds < 2) throw new Error('usage: node --import tsx bench/warmBuild.ts WORKBOOK [ROUNDS ≥ 2]');
const built = <T>(path: string): Promise<T> => import(pathToFileURL(path).href) as Promise<T>;
const { buildPapers } = await built<typeof import('../src/build.js')>('dist/build.js');
const { resolveConfig } = await built<typeof import('../src/config.js')>('dist/config.js');

const config = resolveConfig({});
const ms: number[] = [];
let files = 0;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  const result = await buildPapers({ data, papers: ['all'], formats: ['docx', 'pdf'], config, date: '2017-01-12' });
  ms.push(performance.now() - start);
  if (result.files.length === 0) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  files = result.files.length;
}
console.log(JSON.stringify({ ms, files }));
