// Writes the illustrative sample scorecards in data/ (long and wide layouts) from scripts/sample-figures.ts.
// Run: npx tsx scripts/make-sample-data.ts
import ExcelJS from 'exceljs';
import { commentary, indicators, periods } from './sample-figures.js';

const NOTICE =
  'ILLUSTRATIVE SAMPLE DATA: figures drawn from published council papers and DfE England averages, placed on one made-up council’s timeline. Not a real council’s return.';
const TITLE = "Sample Borough Council: Children's Services performance scorecard";

// exceljs stamps the wall clock into docProps; fix it so regenerating gives the same workbook.
const FIXED_DATE = new Date(Date.UTC(2010, 0, 12));

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'boardpack sample data';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function titleRows(sheet: ExcelJS.Worksheet, width: number): void {
  sheet.addRow([TITLE]);
  sheet.addRow([NOTICE]);
  sheet.addRow([]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(2).font = { italic: true };
}

function boldHeader(sheet: ExcelJS.Worksheet): void {
  sheet.lastRow!.font = { bold: true };
}

function addIndicatorsSheet(wb: ExcelJS.Workbook): void {
  const sheet = wb.addWorksheet('Indicators');
  const header = ['ID', 'Title', 'Theme', 'Polarity', 'Unit', 'Decimals', 'Target', 'Tolerance', 'Rate per', 'Owner', 'Definition', 'Rationale', 'Numerator', 'Denominator'];
  titleRows(sheet, header.length);
  sheet.addRow(header);
  boldHeader(sheet);
  for (const i of indicators) {
    sheet.addRow([i.id, i.title, i.theme, i.polarity ?? '', i.unit, i.decimals ?? null, i.target ?? null, i.tolerance ?? null, i.ratePer ?? null, i.owner, i.definition ?? '', i.rationale ?? '', i.numeratorLabel ?? '', i.denominatorLabel ?? '']);
  }
}

function addCommentarySheet(wb: ExcelJS.Workbook): void {
  const sheet = wb.addWorksheet('Commentary');
  sheet.addRow(['ID', 'Period', 'Section', 'Text']);
  boldHeader(sheet);
  for (const c of commentary) sheet.addRow([c.id, c.period, c.section, c.text]);
}

async function writeLong(file: string): Promise<void> {
  const wb = newWorkbook();
  addIndicatorsSheet(wb);
  const sheet = wb.addWorksheet('Values');
  const header = ['ID', 'Period', 'Value', 'Target', 'Numerator', 'Denominator', 'Statistical neighbours', 'England'];
  titleRows(sheet, header.length);
  sheet.addRow(header);
  boldHeader(sheet);
  for (const i of indicators) {
    periods.forEach((period, p) => {
      const value = i.values[p] ?? null;
      sheet.addRow([i.id, period, value === null ? 'n/a' : value, null, i.numerator?.[p] ?? null, i.denominator?.[p] ?? null, i.statisticalNeighbours?.[p] ?? null, i.england?.[p] ?? null]);
    });
    sheet.addRow([]); // officers leave a blank row between indicators
  }
  addCommentarySheet(wb);
  await wb.xlsx.writeFile(file);
}

/** The wide layout as officers keep it: one column per quarter, period headers written `Q3 2009/10`, percent cells as fractions. */
async function writeWide(file: string): Promise<void> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('Scorecard');
  const quarterHeaders = periods.map((p) => `Q${p.slice(-1)} ${p.slice(0, 4)}/${p.slice(5, 7)}`);
  const header = ['Ref', 'Indicator', 'Theme', 'Good is', 'Unit', 'Target', 'Rate per', 'Decimals', ...quarterHeaders];
  titleRows(sheet, header.length);
  sheet.addRow(header);
  boldHeader(sheet);
  for (const i of indicators) {
    const isPercent = i.unit === 'percent';
    const row = sheet.addRow([
      i.id, i.title, i.theme, i.polarity ?? '', i.unit, i.target === undefined ? null : isPercent ? i.target / 100 : i.target, i.ratePer ?? null, i.decimals ?? null,
      ...i.values.map((v) => (v === null ? '-' : isPercent ? Math.round(v * 10) / 1000 : v)),
    ]);
    if (isPercent) {
      for (let c = 6; c <= header.length; c++) if (c !== 7 && c !== 8) row.getCell(c).numFmt = '0.0%';
    }
  }
  addCommentarySheet(wb);
  await wb.xlsx.writeFile(file);
}

await writeLong('data/sample-scorecard.xlsx');
await writeWide('data/sample-scorecard-wide.xlsx');
console.log(`wrote data/sample-scorecard.xlsx and data/sample-scorecard-wide.xlsx: ${indicators.length} indicators × ${periods.length} quarters`);
