// Throughput of renderChart: 100 trend charts at 160 × 80 mm, 200 dpi, one after another. Run: npx tsx test/render/charts/benchmark.ts
// Reports wall-clock charts/second, CPU milliseconds per chart (steadier on a shared machine) and peak RSS.

import type { ChartSpec, Status } from '../../../src/model/types.js';
import { renderChart } from '../../../src/render/charts/index.js';

const statuses: Status[] = ['red', 'amber', 'green'];

function trendSpec(i: number): ChartSpec {
  return {
    kind: 'trend',
    title: `Indicator ${i}: percentage of household waste sent for reuse, recycling or composting`,
    unit: '%',
    valueSuffix: '%',
    decimals: 1,
    points: Array.from({ length: 8 }, (_, k) => ({
      period: `${2016 + Math.floor(k / 4)}-${17 + Math.floor(k / 4)} Q${(k % 4) + 1}`,
      value: k === 3 ? null : 40 + ((i * 7 + k * 3) % 11) + 0.1 * k,
      target: k === 5 ? null : 45,
      status: statuses[(i + k) % 3] ?? null,
    })),
  };
}

const size = { widthMm: 160, heightMm: 80, dpi: 200 };
const charts = 100;
const rounds = Number(process.argv[2] ?? 3);

await renderChart(trendSpec(0), size); // set-up: fonts, Chart.js, the canvas for this size
let peakRss = 0;
for (let round = 1; round <= rounds; round += 1) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < charts; i += 1) {
    bytes += (await renderChart(trendSpec(i), size)).byteLength;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `round ${round}: ${charts} charts in ${seconds.toFixed(2)} s = ${(charts / seconds).toFixed(1)} charts/s; ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / charts).toFixed(1)} ms/chart; mean PNG ${(bytes / charts / 1024).toFixed(0)} KiB`,
  );
}
console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);
