// Native chart parts added to the compiled package: the docx library has no charts, so each chart's XML, its embedded
// workbook, their relationships and content types are written here, in figure order, with fixed names and ids.

import type { NativeChart } from './charts/index.js';
import { WORKBOOK_RELATIONSHIP } from './charts/index.js';
import type { PartData } from './package.js';

const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ids the library never uses (it counts rId1, rId2 ...), so ours cannot clash with its own. */
export const chartRelationshipId = (n: number): string => `rIdChart${n}`;

const decoder = new TextDecoder();
const text = (data: PartData | undefined, name: string): string => {
  if (data === undefined) throw new Error(`render/docx: the compiled package has no ${name}`);
  return typeof data === 'string' ? data : decoder.decode(data);
};

function insertBefore(xml: string, closing: string, addition: string, name: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`render/docx: ${name} has no ${closing}`);
  return `${xml.slice(0, at)}${addition}${xml.slice(at)}`;
}

/** The parts with every native chart added; the same parts back when there are none. */
export function withChartParts(parts: ReadonlyMap<string, PartData>, charts: readonly NativeChart[]): Map<string, PartData> {
  const result = new Map(parts);
  if (charts.length === 0) return result;
  const relationships = charts.map((_c, i) => `<Relationship Id="${chartRelationshipId(i + 1)}" Type="${RELATIONSHIP_TYPE}/chart" Target="charts/chart${i + 1}.xml"/>`);
  result.set('word/_rels/document.xml.rels', insertBefore(text(parts.get('word/_rels/document.xml.rels'), 'document relationships'), '</Relationships>', relationships.join(''), 'document relationships'));
  const overrides = charts.map((_c, i) => `<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`);
  let types = text(parts.get('[Content_Types].xml'), '[Content_Types].xml');
  if (!/Extension="xlsx"/i.test(types)) types = insertBefore(types, '</Types>', `<Default Extension="xlsx" ContentType="${XLSX_CONTENT_TYPE}"/>`, '[Content_Types].xml');
  result.set('[Content_Types].xml', insertBefore(types, '</Types>', overrides.join(''), '[Content_Types].xml'));
  charts.forEach((chart, i) => {
    const n = i + 1;
    result.set(`word/charts/chart${n}.xml`, chart.chartXml);
    result.set(
      `word/charts/_rels/chart${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="${WORKBOOK_RELATIONSHIP}" Type="${RELATIONSHIP_TYPE}/package" Target="../embeddings/Chart_Data_${n}.xlsx"/></Relationships>`,
    );
    result.set(`word/embeddings/Chart_Data_${n}.xlsx`, chart.workbook);
  });
  return result;
}
