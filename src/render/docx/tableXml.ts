// A table's WordprocessingML written straight from its plan (table.ts), the bytes docx writes for the same Table,
// TableRow, TableCell, Paragraph and TextRun objects (tested against docx on generated tables). In a 100-indicator
// build, docx building and then writing those objects was the largest share of the DOCX time (the whole build is 16%
// faster without it, with 35 MB less at its peak). Links stay with docx (a HYPERLINK field): a table with one is
// built from docx objects instead.
import type { Align, Inline } from '../../model/types.js';
import type { RunFormat } from './inline.js';
import { runText } from './text.js';
import { cellMargins, paperTableStyle, ruleColour } from './tableStyle.js';
import { escaped } from './xmlWriter.js';

/** One cell as both writers place it: its width (twips), fill, alignment, content and the format its text takes. */
export interface CellPlan {
  width: number;
  fill: string | null;
  align: Align;
  inlines: readonly Inline[];
  format: RunFormat;
}

export interface RowPlan {
  header: boolean;
  cells: CellPlan[];
}

/** The table's width and its columns' (twips), and its rows. */
export interface TablePlan {
  width: number;
  widths: number[];
  rows: RowPlan[];
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:color="${ruleColour}" w:sz="4"/>`)
  .join('');

const MARGINS =
  `<w:tcMar><w:top w:type="dxa" w:w="${cellMargins.top}"/><w:left w:type="dxa" w:w="${cellMargins.left}"/>` +
  `<w:bottom w:type="dxa" w:w="${cellMargins.bottom}"/><w:right w:type="dxa" w:w="${cellMargins.right}"/></w:tcMar>`;

/** Whether every inline can be written here (a link is a field docx writes). */
export function writableInlines(inlines: readonly Inline[]): boolean {
  return inlines.every((node) => node.type !== 'link' && (!('children' in node) || writableInlines(node.children)));
}

function runProperties(format: RunFormat): string {
  const parts = (format.bold === true ? '<w:b/><w:bCs/>' : '') + (format.italics === true ? '<w:i/><w:iCs/>' : '') + (format.color === undefined ? '' : `<w:color w:val="${format.color}"/>`);
  return parts === '' ? '' : `<w:rPr>${parts}</w:rPr>`;
}

/** renderInlines' runs as XML: text (dropped when empty), bold, italics and line breaks. */
function runsXml(inlines: readonly Inline[], format: RunFormat): string {
  let xml = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text': {
        const text = runText(node.value);
        if (text !== '') xml += `<w:r>${runProperties(format)}<w:t xml:space="preserve">${escaped(text)}</w:t></w:r>`;
        break;
      }
      case 'strong':
        xml += runsXml(node.children, { ...format, bold: true });
        break;
      case 'emphasis':
        xml += runsXml(node.children, { ...format, italics: true });
        break;
      case 'break':
        xml += `<w:r>${runProperties(format)}<w:br/></w:r>`;
        break;
      case 'link':
        throw new Error('render/docx: a link in a table is written by docx (writableInlines says so first)');
    }
  }
  return xml;
}

function cellXml(cell: CellPlan): string {
  const shading = cell.fill === null ? '' : `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>`;
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${shading}${MARGINS}<w:vAlign w:val="top"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="Table"/><w:jc w:val="${cell.align}"/></w:pPr>${runsXml(cell.inlines, cell.format)}</w:p></w:tc>`
  );
}

/** The whole `<w:tbl>`: Paper Table style, fixed layout on the given widths, rows that do not split, header rows repeated. */
export function tableXml(plan: TablePlan): string {
  let xml =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${paperTableStyle}"/><w:tblW w:type="dxa" w:w="${plan.width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${plan.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of plan.rows) {
    xml += `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    for (const cell of row.cells) xml += cellXml(cell);
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
