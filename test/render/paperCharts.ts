// The charts real papers draw, for the direct layouts' tests (trendLayout, barLayout): every distinct chart of the
// kinds asked for in the model of each sample and fixture workbook's papers, with the size its paper places it at.
import { join } from 'node:path';
import { buildPapers } from '../../src/build.js';
import { loadConfig, type ResolvedConfig } from '../../src/config.js';
import type { ChartSpec } from '../../src/model/types.js';
import type { ChartSize } from '../../src/render/charts/size.js';

const ROOT = join(import.meta.dirname, '../..');

/** The workbooks (and config) whose papers are searched. */
const WORKBOOKS: [string, string | undefined][] = [
  ['data/sample-scorecard.xlsx', 'data/boardpack.config.yaml'],
  ['data/sample-scorecard-wide.xlsx', undefined],
  ['test/fixtures/papers/hart-real.xlsx', undefined],
  ['test/fixtures/papers/trafford-planning.xlsx', undefined],
  ['test/fixtures/papers/uhl-ae-quarterly.xlsx', undefined],
];

export interface PaperChart<S extends ChartSpec> {
  /** The workbook and paper it came from. */
  from: string;
  spec: S;
  size: ChartSize;
}

/**
 * Each distinct chart (spec and size) of `kinds` in the papers `papers` names, built as models; `templates`, a
 * folder of extra templates relative to the repository (a paper that asks for a kind no built-in paper draws).
 */
export async function paperCharts<S extends ChartSpec>(kinds: readonly S['kind'][], papers: string[], templates?: string): Promise<Map<string, PaperChart<S>>> {
  const charts = new Map<string, PaperChart<S>>();
  const collect = (node: unknown, from: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) collect(child, from);
    } else if (typeof node === 'object' && node !== null) {
      const figure = node as { chart?: S; widthMm?: number; heightMm?: number };
      if (figure.chart !== undefined && kinds.includes(figure.chart.kind) && figure.widthMm !== undefined && figure.heightMm !== undefined) {
        const chart = { from, spec: figure.chart, size: { widthMm: figure.widthMm, heightMm: figure.heightMm } };
        charts.set(JSON.stringify([chart.spec, chart.size]), chart);
      }
      for (const value of Object.values(node)) collect(value, from);
    }
  };
  for (const [data, configFile] of WORKBOOKS) {
    const loaded = (await loadConfig(configFile === undefined ? undefined : join(ROOT, configFile))).config as ResolvedConfig;
    const config = templates === undefined ? loaded : { ...loaded, templates: join(ROOT, templates) };
    const result = await buildPapers({ data: join(ROOT, data), papers, formats: [], config, emit: 'model' });
    for (const file of result.files) collect(JSON.parse(new TextDecoder().decode(file.bytes)), `${data}: ${file.name}`);
  }
  return charts;
}
