// Factories for every node of the document model: the only way code builds nodes, so every text value is
// cleaned of characters XML cannot hold and every optional field gets its explicit default.
import { stripIllegalXmlChars } from './text.js';
import type {
  Align,
  Block,
  Box,
  ChartSpec,
  Document,
  DocumentMeta,
  Emphasis,
  Figure,
  Heading,
  HouseStyle,
  Inline,
  LineBreak,
  Link,
  List,
  ListItem,
  PageBreak,
  PageFurniture,
  Paragraph,
  Status,
  Strong,
  Table,
  TableCell,
  TableColumn,
  TableOfContents,
  TableRow,
  Text,
} from './types.js';

/** Inline content may be given as a plain string, which becomes one text run. */
export type InlineContent = string | readonly Inline[];

function inlines(content: InlineContent): Inline[] {
  return typeof content === 'string' ? [text(content)] : [...content];
}

// ---- inline ----
export function text(value: string): Text {
  return { type: 'text', value: stripIllegalXmlChars(value) };
}
export function strong(content: InlineContent): Strong {
  return { type: 'strong', children: inlines(content) };
}
export function emphasis(content: InlineContent): Emphasis {
  return { type: 'emphasis', children: inlines(content) };
}
export function link(url: string, content: InlineContent): Link {
  return { type: 'link', url: stripIllegalXmlChars(url), children: inlines(content) };
}
export function lineBreak(): LineBreak {
  return { type: 'break' };
}

// ---- blocks ----
export function heading(level: 1 | 2 | 3, content: InlineContent, number: string | null = null): Heading {
  return { type: 'heading', level, children: inlines(content), number };
}
export function paragraph(content: InlineContent, number: string | null = null): Paragraph {
  return { type: 'paragraph', children: inlines(content), number };
}
export function listItem(children: readonly Block[]): ListItem {
  return { type: 'listItem', children: [...children] };
}
/** A list; items given as strings become one-paragraph items. */
export function list(
  ordered: boolean,
  items: readonly (ListItem | string)[],
  options: { start?: number; number?: string | null } = {},
): List {
  return {
    type: 'list',
    ordered,
    start: options.start ?? 1,
    items: items.map((item) => (typeof item === 'string' ? listItem([paragraph(item)]) : item)),
    number: options.number ?? null,
  };
}
export function column(align: Align = 'left', width: number | null = null): TableColumn {
  return { align, width };
}
export function cell(content: InlineContent, status: Status | null = null): TableCell {
  return { type: 'tableCell', children: inlines(content), status };
}
/** A row; cells given as strings become plain cells. */
export function row(cells: readonly (TableCell | string)[]): TableRow {
  return { type: 'tableRow', cells: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) };
}
export function table(parts: {
  role?: Table['role'];
  caption?: string | null;
  columns: readonly TableColumn[];
  header?: readonly TableRow[];
  rows: readonly TableRow[];
}): Table {
  return {
    type: 'table',
    role: parts.role ?? 'data',
    caption: parts.caption == null ? null : stripIllegalXmlChars(parts.caption),
    columns: [...parts.columns],
    header: [...(parts.header ?? [])],
    rows: [...parts.rows],
  };
}

/** The size a chart is placed at unless a template says otherwise. */
export const DEFAULT_FIGURE_SIZE_MM = { width: 160, height: 80 } as const;

export function figure(
  chart: ChartSpec,
  alt: string,
  options: { caption?: string | null; widthMm?: number; heightMm?: number } = {},
): Figure {
  return {
    type: 'figure',
    chart,
    alt: stripIllegalXmlChars(alt),
    caption: options.caption == null ? null : stripIllegalXmlChars(options.caption),
    widthMm: options.widthMm ?? DEFAULT_FIGURE_SIZE_MM.width,
    heightMm: options.heightMm ?? DEFAULT_FIGURE_SIZE_MM.height,
  };
}
export function box(title: string | null, children: readonly Block[]): Box {
  return { type: 'box', title: title === null ? null : stripIllegalXmlChars(title), children: [...children] };
}
export function pageBreak(): PageBreak {
  return { type: 'pageBreak' };
}
export function tableOfContents(title = 'Contents'): TableOfContents {
  return { type: 'toc', title: stripIllegalXmlChars(title) };
}

// ---- document ----
export function meta(fields: Partial<DocumentMeta> & Pick<DocumentMeta, 'title' | 'date'>): DocumentMeta {
  return {
    title: stripIllegalXmlChars(fields.title),
    subject: fields.subject == null ? null : stripIllegalXmlChars(fields.subject),
    author: fields.author == null ? null : stripIllegalXmlChars(fields.author),
    keywords: (fields.keywords ?? []).map(stripIllegalXmlChars),
    // Our papers are always British English; the field exists so renderers set it, not so callers vary it.
    language: 'en-GB',
    date: fields.date,
  };
}
export function furniture(fields: Partial<PageFurniture> = {}): PageFurniture {
  return {
    header: fields.header == null ? null : stripIllegalXmlChars(fields.header),
    footer: fields.footer == null ? null : stripIllegalXmlChars(fields.footer),
  };
}
/** The built-in house style: the bundled Liberation Sans named as Arial (its metrics), GOV.UK-like colours. */
export const defaultHouseStyle: HouseStyle = {
  font: { name: 'Arial', files: null, embedInDocx: false },
  logo: null,
  colours: { heading: '#0b0c0c', accent: '#1d70b8', tableHeader: '#f3f2f1' },
  header: null,
  footer: null,
};

export function document(docMeta: DocumentMeta, pageFurniture: PageFurniture, children: readonly Block[], style: HouseStyle = defaultHouseStyle): Document {
  return { type: 'document', meta: docMeta, furniture: pageFurniture, style, children: [...children] };
}
