// The document model: one small typed tree that both renderers read. Every node is `{type, ...}` and
// serialises as JSON (`--emit model`). Imports no stage.

export type Status = 'red' | 'amber' | 'green';

// ---- inline content ----
export interface Text { type: 'text'; value: string }
export interface Strong { type: 'strong'; children: Inline[] }
export interface Emphasis { type: 'emphasis'; children: Inline[] }
export interface Link { type: 'link'; url: string; children: Inline[] }
export interface LineBreak { type: 'break' }
export type Inline = Text | Strong | Emphasis | Link | LineBreak;

// ---- blocks ----
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
  /** Paragraph number ("3", "3.2"), set by numberParagraphs when the template switches numbering on. */
  number: string | null;
}

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  number: string | null;
}

export interface ListItem { type: 'listItem'; children: Block[] }
export interface List {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  items: ListItem[];
  number: string | null;
}

export type Align = 'left' | 'center' | 'right';
export interface TableColumn {
  align: Align;
  /** Relative width (weights, not units); null shares the rest equally. */
  width: number | null;
}
export interface TableCell {
  type: 'tableCell';
  children: Inline[];
  /** RAG shading; the cell's text must say the status in words too. */
  status: Status | null;
}
export interface TableRow { type: 'tableRow'; cells: TableCell[] }
export interface Table {
  type: 'table';
  /** `data`: header row(s) on top; `keyValue`: a front sheet or contact block, labels in the first column. */
  role: 'data' | 'keyValue';
  caption: string | null;
  columns: TableColumn[];
  /** Header rows, repeated on each page. Empty for keyValue tables. */
  header: TableRow[];
  rows: TableRow[];
}

/** Data for a chart; `render/charts` draws it (PNG), the same for both renderers. */
export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
  status: Status | null;
}
export type ChartSpec =
  | {
      kind: 'trend';
      title: string;
      unit: string;
      /** Suffix for values on the axis, e.g. "%", " days"; empty for counts. */
      valueSuffix: string;
      decimals: number;
      points: TrendPoint[];
      /** `cumulative`: each point is a year-to-date figure, restarting every April (said in the alt text). */
      yearToDate?: boolean;
    }
  | {
      kind: 'comparison';
      title: string;
      valueSuffix: string;
      decimals: number;
      /** Category labels along the axis (periods). */
      categories: string[];
      /** One series per comparator: "Our value", "Statistical neighbours", "England", "Region". */
      series: { name: string; values: (number | null)[] }[];
    }
  | {
      kind: 'rag-summary';
      title: string;
      /** One group per theme. */
      groups: { label: string; red: number; amber: number; green: number; notRated: number }[];
    };

export interface Figure {
  type: 'figure';
  chart: ChartSpec;
  /** Alt text in words, generated from the data. */
  alt: string;
  caption: string | null;
  /** Placed size on the page, in millimetres. */
  widthMm: number;
  heightMm: number;
}

/** A boxed panel, e.g. the cabinet paper's recommendations box. */
export interface Box { type: 'box'; title: string | null; children: Block[] }
export interface PageBreak { type: 'pageBreak' }
/** Where the renderer puts a table of contents (DOCX field; PDF list of headings). */
export interface TableOfContents { type: 'toc'; title: string }

export type Block = Heading | Paragraph | List | Table | Figure | Box | PageBreak | TableOfContents;

export interface DocumentMeta {
  title: string;
  subject: string | null;
  author: string | null;
  keywords: string[];
  /** BCP 47; always en-GB for our papers. */
  language: string;
  /** ISO date the paper is dated (`--date`); never the wall clock, so output is reproducible. */
  date: string;
}

export interface PageFurniture {
  /** Running header text (committee and date), null for none. */
  header: string | null;
  /** Footer text shown beside "Page X of Y". */
  footer: string | null;
}

/** The four faces a paper's text is set in. */
export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/**
 * A council's house style, from the config's `style:` (checked there: files readable, colours with enough contrast).
 * Colours are `#rrggbb`. Renderers apply it; templates never need to change for it.
 */
export interface HouseStyle {
  font: {
    /** The family name Word shows and asks for (Arial); the PDF embeds `files`, or the bundled Liberation Sans. */
    name: string;
    /** Absolute paths of the council's TTF/OTF files; null for the bundled Liberation Sans (metrics of Arial). */
    files: FontFiles | null;
    /** Also embed `files` in the DOCX, for readers without the font. */
    embedInDocx: boolean;
  };
  /** The council's logo on the front sheet: a PNG or JPEG file (absolute path), with its alt text. */
  logo: { file: string; alt: string; widthMm: number } | null;
  colours: {
    /** Heading text: at least 4.5:1 against white. */
    heading: string;
    /** Rules, box borders and the council's own series in charts: at least 3:1 against white. */
    accent: string;
    /** Table header row fill; its text is near-black or white, whichever gives at least 4.5:1. */
    tableHeader: string;
  };
  /** Running header and footer text for every page; null keeps the template's. */
  header: string | null;
  footer: string | null;
}

export interface Document {
  type: 'document';
  meta: DocumentMeta;
  furniture: PageFurniture;
  style: HouseStyle;
  children: Block[];
}

export type Node = Document | Block | ListItem | TableRow | TableCell | Inline;
export type NodeType = Node['type'];
