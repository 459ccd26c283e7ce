// Native Word charts: the chart part, its cached values, its embedded workbook, and how the package refers to them.

import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec, Document } from '../../../src/model/types.js';
import { renderChart } from '../../../src/render/charts/index.js';
import { nativeChart } from '../../../src/render/docx/charts/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cabinetPaper, trendChart } from './paper.fixture.js';
import { elements, part, readParts, type Parts } from './parts.js';

const comparison: ChartSpec = {
  kind: 'comparison',
  title: 'Children in care per 10,000 children',
  valueSuffix: '',
  decimals: 1,
  categories: ['2021-22', '2022-23'],
  series: [
    { name: 'Our value', values: [72.4, 75.1] },
    { name: 'Statistical neighbours', values: [68, null] },
    { name: 'England', values: [70, 71] },
  ],
};

const ragSummary: ChartSpec = {
  kind: 'rag-summary',
  title: 'RAG status by theme',
  groups: [
    { label: 'Front door', red: 1, amber: 0, green: 1, notRated: 2 },
    { label: 'Care & support', red: 0, amber: 2, green: 1, notRated: 0 },
  ],
};

function paperWithCharts(...charts: ChartSpec[]): Document {
  const base = cabinetPaper(3);
  return {
    ...base,
    children: charts.map((chart, i) => ({ type: 'figure' as const, chart, alt: `Chart ${i + 1} in words`, caption: null, widthMm: 150, heightMm: 70 })),
  };
}

let parts: Parts;
let zip: JSZip;

beforeAll(async () => {
  const docx = await renderDocx(paperWithCharts(trendChart, comparison, ragSummary)); // the real chart renderer
  parts = await readParts(docx);
  zip = await JSZip.loadAsync(docx);
});

describe('native charts in the package', () => {
  it('writes one chart part per figure, in figure order, each with its embedded workbook', () => {
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/charts/') || n.startsWith('word/embeddings/')).sort()).toEqual([
      'word/charts/_rels/chart1.xml.rels',
      'word/charts/_rels/chart2.xml.rels',
      'word/charts/_rels/chart3.xml.rels',
      'word/charts/chart1.xml',
      'word/charts/chart2.xml',
      'word/charts/chart3.xml',
      'word/embeddings/Chart_Data_1.xlsx',
      'word/embeddings/Chart_Data_2.xlsx',
      'word/embeddings/Chart_Data_3.xlsx',
    ]);
    expect(part(parts, 'word/charts/chart1.xml')).toContain('<c:lineChart>');
    expect(part(parts, 'word/charts/chart2.xml')).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(part(parts, 'word/charts/chart3.xml')).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  });

  it('declares the parts: content types, the document relationship, the workbook relationship', () => {
    const types = part(parts, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/word/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Default Extension="xlsx"');
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain('Id="rIdChart2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart2.xml"');
    expect(part(parts, 'word/charts/_rels/chart2.xml.rels')).toContain('Target="../embeddings/Chart_Data_2.xlsx"');
  });

  it('places each chart inline with its alt text on wp:docPr, pointing at its part', () => {
    const drawings = elements(part(parts, 'word/document.xml'), 'w:drawing');
    expect(drawings).toHaveLength(3);
    expect(drawings[1]).toMatch(/<wp:docPr id="2" name="Figure 2" descr="Chart 2 in words" title="Children in care per 10,000 children"\/>/);
    expect(drawings[1]).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    expect(drawings[1]).toContain('r:id="rIdChart2"');
  });

  it('keeps the workbook a clerk edits in step with the cached values', async () => {
    const workbook = await JSZip.loadAsync(await zip.file('word/embeddings/Chart_Data_1.xlsx')!.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="B1" t="inlineStr"><is><t>Actual</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>58.2</v></c>');
    expect(sheet).toContain('<c r="A5" t="inlineStr"><is><t>Q4 2024/25</t></is></c>');
    // A status series repeats Actual by formula, so correcting Actual moves the marker too.
    expect(sheet).toContain('<c r="D2"><f>B2</f><v>58.2</v></c>');
  });
});

describe('the trend chart part', () => {
  let xml = '';
  beforeAll(async () => {
    const svg = await renderChart(trendChart, { widthMm: 150, heightMm: 80 });
    const { readChartSvg } = await import('../../../src/render/charts/index.js');
    xml = nativeChart(trendChart, readChartSvg(svg).valueAxis)?.chartXml ?? '';
  });

  it('caches every value and period, with references into the embedded sheet', () => {
    expect(xml).toContain('<c:f>Sheet1!$B$2:$B$5</c:f><c:numCache><c:formatCode>#,##0.0&quot;%&quot;</c:formatCode><c:ptCount val="4"/><c:pt idx="0"><c:v>58.2</c:v></c:pt>');
    expect(xml).toContain('<c:strCache><c:ptCount val="4"/><c:pt idx="0"><c:v>Q1 2024/25</c:v></c:pt>');
  });

  it('draws the target as a dashed second series', () => {
    const target = elements(xml, 'c:ser')[1] ?? '';
    expect(target).toContain('<c:v>Target</c:v>');
    expect(target).toContain('<a:prstDash val="dash"/>');
  });

  it('shows RAG status by marker shape and letter, not colour alone', () => {
    const [red, amber] = elements(xml, 'c:ser').slice(2);
    expect(red).toContain('<c:v>Red (R)</c:v>');
    expect(red).toContain('<c:symbol val="triangle"/>');
    expect(red).toMatch(/<c:dLbl><c:idx val="0"\/><c:tx><c:rich>[\s\S]*?<a:t>R<\/a:t>/);
    expect(amber).toContain('<c:symbol val="diamond"/>');
    expect(amber).toMatch(/<a:t>A<\/a:t>/);
    // A status series holds only its own points.
    expect(amber).not.toContain('<c:v>58.2</c:v>');
  });

  it('takes the value axis the shared drawing laid out', () => {
    expect(xml).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="\d+"\/><c:min val="\d+"\/><\/c:scaling>/);
    expect(xml).toMatch(/<c:majorUnit val="\d+(\.\d+)?"\/>/);
  });

  it('sets its text in Liberation Sans', () => {
    expect(xml).toContain('<a:latin typeface="Liberation Sans"/>');
  });
});

describe('the other chart kinds', () => {
  it('hatches the third comparison series and leaves a missing value as a gap', () => {
    const xml = nativeChart(comparison, null)?.chartXml ?? '';
    const series = elements(xml, 'c:ser');
    expect(series[2]).toContain('<a:pattFill prst="wdUpDiag">');
    expect(series[1]).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>68</c:v></c:pt></c:numCache>');
  });

  it('puts the first theme at the top of a RAG summary, hides zero counts and escapes names', () => {
    const xml = nativeChart(ragSummary, null)?.chartXml ?? '';
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:numFmt formatCode="0;-0;;@" sourceLinked="0"/>');
    expect(xml).toContain('<c:v>Care &amp; support</c:v>');
    expect(elements(xml, 'c:ser').map((s) => /<c:v>(Red|Amber|Green|Not rated)<\/c:v>/.exec(s)?.[1])).toEqual(['Red', 'Amber', 'Green', 'Not rated']);
  });
});

describe('a chart with no native form', () => {
  it('is placed as its SVG drawing with a PNG for readers without SVG', async () => {
    const { prepareFigureChart } = await import('../../../src/render/docx/figureChart.js');
    const { renderChartPng, readChartSvg } = await import('../../../src/render/charts/index.js');
    const figure = paperWithCharts(ragSummary).children[0] as Extract<Document['children'][number], { type: 'figure' }>;
    const prepared = await prepareFigureChart(figure, { draw: renderChart, native: () => null, picture: renderChartPng, readAxis: (svg) => readChartSvg(svg).valueAxis });
    expect(prepared.kind).toBe('svg');
    if (prepared.kind !== 'svg') return;
    expect(new TextDecoder().decode(prepared.svg.subarray(0, 4))).toBe('<svg');
    expect([...prepared.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

describe("the council's own series in the house accent, as the PDF draws it", () => {
  const fillOf = (series: string): string | undefined => /<c:spPr>(?:<a:solidFill>|<a:pattFill [^>]*><a:fgClr>[^]*?<\/a:fgClr><a:bgClr>)<a:srgbClr val="([0-9A-F]{6})"\/>/.exec(series)?.[1];
  const cases: { name: string; accent: string; expected: string[] }[] = [
    { name: 'the default accent (the first series colour already)', accent: '#1d70b8', expected: ['1D70B8', '383F43', '6F777B'] },
    { name: 'a council accent', accent: '#6a1b4d', expected: ['6A1B4D', '383F43', '6F777B'] },
    { name: 'an accent written in capitals', accent: '#00703C', expected: ['00703C', '383F43', '6F777B'] },
  ];
  it.each(cases)('fills the first series (and only it) in $name', async ({ accent, expected }) => {
    const base = paperWithCharts(comparison);
    const docx = await renderDocx({ ...base, style: { ...base.style, colours: { ...base.style.colours, accent } } });
    const xml = part(await readParts(docx), 'word/charts/chart1.xml');
    expect(elements(xml, 'c:ser').map(fillOf)).toEqual(expected);
  });

  it('leaves the default colours when no accent is given, and recolours a fifth series that reuses the first style', () => {
    const five: ChartSpec = { ...comparison, series: ['Our value', 'Neighbours', 'Region', 'England', 'Best'].map((name) => ({ name, values: [1, 2] })) };
    expect(elements(nativeChart(five, null)?.chartXml ?? '', 'c:ser').map(fillOf)).toEqual(['1D70B8', '383F43', '6F777B', '949494', '1D70B8']);
    expect(elements(nativeChart(five, null, { accent: '#6a1b4d' })?.chartXml ?? '', 'c:ser').map(fillOf)).toEqual(['6A1B4D', '383F43', '6F777B', '949494', '6A1B4D']);
  });

  it('keeps trend and RAG summary charts in their own colours whatever the accent', () => {
    for (const spec of [trendChart, ragSummary]) expect(nativeChart(spec, null, { accent: '#6a1b4d' })?.chartXml).toBe(nativeChart(spec, null)?.chartXml);
  });
});
