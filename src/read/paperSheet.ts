// The Paper sheet: the paper's own words (title, purpose, recommendations, implications ...) as Field / Text rows.
import type { Where } from '../diagnostics.js';
import type { CellValue } from './cell.js';
import { cellAt, type GridRow, type SheetGrid } from './grid.js';
import { headerKey } from './headers.js';
import { readText } from './numbers.js';
import type { Findings } from './place.js';
import { PAPER_TYPES } from '../papers.js';

/** The paper types a narrative can be given for on its own (a `Paper` column, or `narrative.cabinet` in the config). */
/** The papers a narrative can be given for: every paper type in the catalogue. */
export const NARRATIVE_PAPERS = PAPER_TYPES;
export type NarrativePaper = (typeof NARRATIVE_PAPERS)[number];

/** Where an extra section goes: after the paper's section of that name (each built-in paper has every one). */
export const SECTION_PLACES = ['start', 'purpose', 'recommendations', 'performance', 'implications', 'consultation', 'background papers', 'end'] as const;
export type SectionPlace = (typeof SECTION_PLACES)[number];

export interface ExtraSection {
  title: string;
  text: string;
  after: SectionPlace;
}

/**
 * The paper's own words as an author gives them, in the config's `narrative:` or on the Paper sheet. Text is as
 * written: paragraphs and `- ` bullets, escaped like commentary when printed. Implications and glossary by name.
 */
export interface NarrativeInput {
  title?: string;
  purpose?: string;
  recommendations?: string[];
  reasons?: string;
  /** By name as written (`financial`, `Human resources`, `Health and safety`). */
  implications?: Record<string, string>;
  consultation?: string;
  backgroundPapers?: string[];
  appendices?: string[];
  /** Term → meaning. */
  glossary?: Record<string, string>;
  /** Who the services reported on affect, in a sentence: `children, young people and families`, `patients`. */
  affected?: string;
  signature?: string;
  sections?: ExtraSection[];
}

export interface PaperSheet {
  /** For every paper. */
  shared: NarrativeInput;
  /** Rows whose Paper column names one paper type. */
  papers: Partial<Record<NarrativePaper, NarrativeInput>>;
}

const SHEET_NAMES = new Set(['paper', 'papertext', 'narrative', 'reporttext']);
const FIELD_HEADERS = new Set(['field', 'item', 'heading', 'part']);
const TEXT_HEADERS = new Set(['text', 'value', 'content', 'words']);
const PAPER_HEADERS = new Set(['paper', 'papertype', 'for']);
const AFTER_HEADERS = new Set(['after', 'place', 'position']);

/** Fields that are one piece of text, by their header key. */
const SINGLE: Readonly<Record<string, 'title' | 'purpose' | 'reasons' | 'consultation' | 'affected' | 'signature'>> = {
  title: 'title', papertitle: 'title', reporttitle: 'title',
  purpose: 'purpose', purposeofreport: 'purpose', purposeandreasonforreport: 'purpose', executivesummary: 'purpose', summary: 'purpose',
  reasons: 'reasons', reason: 'reasons', reasonsforrecommendations: 'reasons', reasonsfortherecommendations: 'reasons', reasonforscrutiny: 'reasons',
  consultation: 'consultation',
  affected: 'affected', whoisaffected: 'affected', servicesaffect: 'affected', citizens: 'affected',
  signature: 'signature', signedby: 'signature', signed: 'signature',
};

/** Fields that are a list: `Recommendation 1`, `Recommendations` (one a line), `Background paper 2`, `Appendix A`. */
const LISTS: readonly [RegExp, 'recommendations' | 'backgroundPapers' | 'appendices'][] = [
  [/^recommendations?\d*$/, 'recommendations'],
  [/^(backgroundpapers?|backgrounddocuments?)\d*$/, 'backgroundPapers'],
  [/^(appendix|appendices)\w{0,3}$/, 'appendices'],
];

/** `Financial implications` → `financial`; `Citizen impact` → `citizen impact`; any `… implications/impact/considerations`. */
function implicationName(field: string): string | null {
  const words = field.trim().replace(/\s+/g, ' ');
  const m = /^(.+?)\s+(implications?|considerations?)$/i.exec(words);
  if (m?.[1] !== undefined) return m[1];
  if (/\bimpact$/i.test(words)) return words;
  return null;
}

function textOf(cell: CellValue): string | null {
  if (cell.kind !== 'text') return readText(cell);
  const text = cell.text.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/** A text cell as a list: one item a line (blank lines and a leading `- ` or `1.` dropped). */
function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim()).filter((l) => l !== '');
}

interface Header {
  row: number;
  field: number;
  text: number;
  paper: number | undefined;
  after: number | undefined;
}

function findHeader(grid: SheetGrid): Header | null {
  for (const row of grid.rows.slice(0, 10)) {
    const columns = new Map<string, number>();
    for (const [column, cell] of row.cells) {
      const key = cell.kind === 'text' ? headerKey(cell.text) : '';
      if (FIELD_HEADERS.has(key)) columns.set('field', column);
      else if (TEXT_HEADERS.has(key)) columns.set('text', column);
      else if (PAPER_HEADERS.has(key)) columns.set('paper', column);
      else if (AFTER_HEADERS.has(key)) columns.set('after', column);
    }
    const field = columns.get('field');
    const text = columns.get('text');
    if (field !== undefined && text !== undefined) return { row: row.row, field, text, paper: columns.get('paper'), after: columns.get('after') };
  }
  return null;
}

function paperOf(row: GridRow, header: Header, where: Where, findings: Findings): NarrativePaper | 'all' | null {
  const given = header.paper === undefined ? null : readText(cellAt(row, header.paper));
  if (given === null || /^(all|every|any)$/i.test(given)) return 'all';
  const key = headerKey(given).replace(/(paper|pack|reports?)$/, '').replace(/^(performance|lsp|board)/, '');
  const paper = NARRATIVE_PAPERS.find((p) => p === key || `${p}s` === key || p === `${key}s`);
  if (paper !== undefined) return paper;
  findings.warning('unknown-paper', `"${given}" is not a paper type (${NARRATIVE_PAPERS.join(', ')} or all): the row is not used`, where);
  return null;
}

function placeOf(row: GridRow, header: Header, where: Where, findings: Findings): SectionPlace {
  const given = header.after === undefined ? null : readText(cellAt(row, header.after));
  if (given === null) return 'performance';
  const key = given.trim().toLowerCase().replace(/\s+/g, ' ');
  const place = SECTION_PLACES.find((p) => p === key);
  if (place !== undefined) return place;
  findings.warning('unknown-place', `"${given}" is not a place for a section (${SECTION_PLACES.join(', ')}): it goes after performance`, where);
  return 'performance';
}

/** Adds one Field/Text row to a narrative; false when the field is not one the papers know. */
function addField(narrative: NarrativeInput, field: string, text: string, after: () => SectionPlace): boolean {
  const key = headerKey(field);
  const single = SINGLE[key];
  if (single !== undefined) {
    narrative[single] = text;
    return true;
  }
  const list = LISTS.find(([pattern]) => pattern.test(key))?.[1];
  if (list !== undefined) {
    // `Recommendation 1` is one item however many lines; `Recommendations` is one a line.
    const items = /\d$|^appendix\w+$/.test(key) && key !== 'appendices' ? [text] : lines(text);
    narrative[list] = [...(narrative[list] ?? []), ...items];
    return true;
  }
  const glossary = /^(glossary|term)\s*[:\-–]\s*(.+)$/i.exec(field.trim());
  if (glossary?.[2] !== undefined) {
    narrative.glossary = { ...narrative.glossary, [glossary[2].trim()]: text };
    return true;
  }
  const section = /^(section|extra section)\s*[:\-–]\s*(.+)$/i.exec(field.trim());
  if (section?.[2] !== undefined) {
    narrative.sections = [...(narrative.sections ?? []), { title: section[2].trim(), text, after: after() }];
    return true;
  }
  const implication = implicationName(field);
  if (implication !== null) {
    narrative.implications = { ...narrative.implications, [implication]: text };
    return true;
  }
  return false;
}

/** The workbook's Paper sheet (two columns, Field and Text; optional Paper and After); null when there is none. */
export function readPaperSheet(grids: readonly SheetGrid[], findings: Findings): PaperSheet | null {
  // A sheet called Narrative is often the officers' commentary (ID, Section, Text): it is the Paper sheet only when it
  // has the Paper sheet's Field and Text columns; a sheet called Paper is said to be wrong when it has not.
  const named = grids.filter((g) => SHEET_NAMES.has(headerKey(g.name)));
  const grid = named.find((g) => findHeader(g) !== null) ?? named.find((g) => headerKey(g.name) !== 'narrative');
  if (grid === undefined) return null;
  const header = findHeader(grid);
  if (header === null) {
    findings.warning('missing-column', `the ${grid.name} sheet needs a header row with Field and Text columns (the paper's words are not used)`, findings.sheet(grid.name));
    return null;
  }
  const sheet: PaperSheet = { shared: {}, papers: {} };
  for (const row of grid.rows.filter((r) => r.row > header.row)) {
    const field = readText(cellAt(row, header.field));
    const text = textOf(cellAt(row, header.text));
    if (field === null || text === null) continue;
    const where = findings.at(grid.name, row.row, header.field);
    const paper = paperOf(row, header, where, findings);
    if (paper === null) continue;
    const narrative = paper === 'all' ? sheet.shared : (sheet.papers[paper] ??= {});
    const known = addField(narrative, field, text, () => placeOf(row, header, findings.at(grid.name, row.row, header.after ?? header.field), findings));
    if (!known) {
      findings.warning(
        'unknown-paper-field',
        `"${field}" is not a part of a paper I know (Title, Purpose, Recommendation 1, Reasons, Financial implications, Consultation, Background paper 1, Appendix 1, Glossary: term, Section: title, Signature ...): the row is not used`,
        where,
      );
    }
  }
  return sheet;
}
