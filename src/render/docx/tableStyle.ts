// The named table style every table uses ("Paper Table"): thin grey rules, cell margins, the header row in the house
// table-header fill with bold text in the colour that reads on it, so a clerk restyles every table at once.

import type { HouseStyle } from '../../model/types.js';
import { textColourOn } from '../../colour.js';

export const paperTableStyle = 'PaperTable';
export const ruleColour = 'B1B4B6';

/** Table text in half-points: 9.5 pt, the PDF's table text, so a long table takes as many pages in Word as in the PDF. */
export const tableTextHalfPoints = 19;
/** Cell margins in twips: 4 pt either side as the PDF's cell padding; less above and below, Word's line being taller. */
export const cellMargins = { top: 57, bottom: 57, left: 80, right: 80 } as const;

const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

/** The header fill and its text colour, both as Word writes them (no '#'). */
export function headerColours(style: HouseStyle): { fill: string; text: string } {
  return { fill: hex(style.colours.tableHeader), text: hex(textColourOn(style.colours.tableHeader)) };
}

export function tableStyleXml(style: HouseStyle): string {
  const rule = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${ruleColour}"/>`;
  const margin = (side: string, twips: number): string => `<w:${side} w:w="${twips}" w:type="dxa"/>`;
  const header = headerColours(style);
  return (
    `<w:style w:type="table" w:styleId="${paperTableStyle}"><w:name w:val="Paper Table"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${tableTextHalfPoints}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(rule).join('')}</w:tblBorders>` +
    `<w:tblCellMar>${margin('top', cellMargins.top)}${margin('left', cellMargins.left)}${margin('bottom', cellMargins.bottom)}${margin('right', cellMargins.right)}</w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${header.text}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${header.fill}"/></w:tcPr></w:tblStylePr></w:style>`
  );
}

/**
 * The styles part with the table style added: the docx library writes paragraph and character styles only (its
 * imported styles replace the document defaults), so the table style goes in after compiling.
 */
export function withTableStyle(parts: ReadonlyMap<string, string | Uint8Array>, style: HouseStyle): Map<string, string | Uint8Array> {
  const result = new Map(parts);
  const data = parts.get('word/styles.xml');
  if (data === undefined) throw new Error('render/docx: the compiled package has no word/styles.xml');
  const xml = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const at = xml.lastIndexOf('</w:styles>');
  if (at < 0) throw new Error('render/docx: word/styles.xml has no </w:styles>');
  result.set('word/styles.xml', `${xml.slice(0, at)}${tableStyleXml(style)}${xml.slice(at)}`);
  return result;
}
