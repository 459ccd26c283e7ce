// `node --import ./bench/loaded-packages.mjs …`: on exit, writes the packages the process loaded (ESM and CommonJS,
// main thread only) to BENCH_PACKAGES_FILE, one a line, so the bench can show that a command loads no renderer.
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const packages = new Set();
const packageOf = (url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => {
  const name = packageOf(url);
  if (name !== undefined) packages.add(name);
});
port1.unref();
register('./loaded-packages-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });

process.on('exit', () => {
  // CommonJS modules required from CommonJS never pass the ESM hooks; the require cache has them.
  for (const path of Object.keys(createRequire(import.meta.url).cache)) {
    const name = packageOf(path);
    if (name !== undefined) packages.add(name);
  }
  if (process.env.BENCH_PACKAGES_FILE) writeFileSync(process.env.BENCH_PACKAGES_FILE, [...packages].sort().join('\n'));
});
