// Writes a large synthetic scorecard (long layout) for the benchmarks: N indicators × Q quarters, mixed units and RAG.
import ExcelJS from 'exceljs';

const UNITS = ['percent', 'number', 'rate', 'days'] as const;
const THEMES = ['Front door', 'Assessment', 'Child protection', 'Looked after children', 'Care leavers'];

/** Quarter labels ending at 2016-17 Q3, oldest first. */
export function quarterLabels(count: number): string[] {
  const labels: string[] = [];
  const end = 2016 * 4 + 2;
  for (let i = end - count + 1; i <= end; i++) {
    const year = Math.floor(i / 4);
    labels.push(`${year}-${String((year + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`);
  }
  return labels;
}

/** A deterministic pseudo-random sequence, so every run benchmarks the same workbook. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Month labels (`Apr 2014`) ending at December 2016, oldest first. */
export function monthLabels(count: number): string[] {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const end = 2016 * 12 + 11;
  return Array.from({ length: count }, (_, i) => {
    const index = end - count + 1 + i;
    return `${names[index % 12]!} ${Math.floor(index / 12)}`;
  });
}

/**
 * `monthly`: one row per month (`quarters` counts months then), the indicators' measure types mixed as a trust's
 * or council's monthly return would mix them, so analysing gathers every quarter from its months.
 * `redLastTwo`: every indicator well short of its target in the last two quarters, so each is an exception (a whole
 * scorecard with its polarity entered backwards looks like this): one exception report per indicator.
 */
export async function writeBenchWorkbook(file: string, indicators: number, quarters: number, monthly = false, redLastTwo = false): Promise<void> {
  const random = sequence(42);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  const meta = wb.addWorksheet('Indicators');
  meta.addRow(['ID', 'Title', 'Theme', 'Polarity', 'Unit', 'Target', 'Rate per', 'Definition', 'Measure type']);
  const values = wb.addWorksheet('Values');
  values.addRow(['ID', 'Period', 'Value', 'Numerator', 'Denominator', 'Statistical neighbours', 'England']);
  const labels = monthly ? monthLabels(quarters) : quarterLabels(quarters);
  const types = monthly ? ['flow', 'snapshot', 'cumulative', 'rolling'] : ['snapshot'];
  for (let i = 0; i < indicators; i++) {
    const id = `KPI${String(i + 1).padStart(4, '0')}`;
    const unit = UNITS[i % UNITS.length]!;
    const polarity = i % 3 === 0 ? 'lower' : 'higher';
    const base = unit === 'percent' ? 40 + random() * 50 : unit === 'days' ? 20 + random() * 400 : 50 + random() * 900;
    const target = Math.round(base * (polarity === 'higher' ? 1.05 : 0.95) * 10) / 10;
    meta.addRow([id, `Benchmark indicator ${i + 1}: ${unit} measure`, THEMES[i % THEMES.length], polarity, unit, target, unit === 'rate' ? 10000 : null, 'A synthetic indicator for benchmarking.', types[i % types.length]]);
    for (const [q, period] of labels.entries()) {
      const red = redLastTwo && q >= labels.length - 2;
      const value = red ? Math.round(target * (polarity === 'higher' ? 0.75 : 1.25) * 10) / 10 : Math.round(base * (0.85 + random() * 0.3) * 10) / 10;
      const capped = unit === 'percent' ? Math.min(100, value) : value;
      values.addRow([id, period, capped, null, null, Math.round(base * 10) / 10, Math.round(base * 1.02 * 10) / 10]);
    }
  }
  await wb.xlsx.writeFile(file);
}
