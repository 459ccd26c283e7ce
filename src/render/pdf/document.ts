// The pdfkit document for a paper: A4, tagged (PDF/UA-1 identified), en-GB, title shown, fonts embedded, and
// every date taken from the paper's own date so the same Document gives the same bytes (and the same file ID).
import PDFDocument from 'pdfkit';
import type { DocumentMeta, FontFiles } from '../../model/types.js';
import { fontData, registerFonts, type ChartFaces } from './fonts.js';
import { PAGE } from './layout.js';
import type { PdfDocument } from './pdfkit.js';
import { gatherStreamText } from './streamText.js';
import { rememberHexColours } from './colours.js';

/** `2024-07-18` → midnight UTC that day; anything else is refused, because a wall-clock date breaks reproducibility. */
export function paperDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const valid = !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === date;
  if (!valid) throw new Error(`render/pdf: meta.date: "${date}" is not a calendar date in the form YYYY-MM-DD`);
  return new Date(parsed);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

interface MetadataWriter {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/**
 * pdfkit copies Title, Author, Subject and Keywords into the XMP packet unescaped, so "Health & Wellbeing" would
 * make the metadata invalid XML. The Info dictionary needs the raw strings; the XMP packet gets escaped copies.
 */
function escapeXmpMetadata(pdf: PdfDocument): void {
  const writer = pdf as unknown as MetadataWriter;
  const addInfo = writer._addInfo.bind(writer);
  writer._addInfo = () => {
    const raw = writer.info;
    writer.info = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]));
    try {
      addInfo();
    } finally {
      writer.info = raw;
    }
  };
}

const fontHost = (): PdfDocument => new PDFDocument({ autoFirstPage: false, font: fontData().regular as unknown as string });

/** The pdfkit document and the font names its chart text is drawn in. */
export function createPdfDocument(meta: DocumentMeta, fonts: FontFiles | null = null): { pdf: PdfDocument; chartFaces: ChartFaces } {
  const date = paperDate(meta.date);
  const info: PDFKit.DocumentInfo = {
    Title: meta.title,
    Creator: 'boardpack',
    Producer: 'boardpack (PDFKit)',
    CreationDate: date,
    ModDate: date,
  };
  if (meta.author !== null) info.Author = meta.author;
  if (meta.subject !== null) info.Subject = meta.subject;
  if (meta.keywords.length > 0) info.Keywords = meta.keywords.join(', ');

  const pdf = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    pdfVersion: '1.7',
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: meta.language === '' ? 'en-GB' : meta.language,
    displayTitle: true,
    bufferPages: true,
    info,
    // No default font, so pdfkit never loads Helvetica (not embedded; no ≥ or Ł); registerFonts opens ours. Not the
    // paper's font either: pdfkit would file it under its PostScript name only, and every later font('regular') would
    // open the face again (a new subset) to find it equal to that one, over 2,000 times in the sample's five PDFs.
    font: null as unknown as string,
  });
  gatherStreamText(pdf);
  rememberHexColours(pdf);
  const chartFaces = registerFonts(pdf, fontHost, fonts);
  escapeXmpMetadata(pdf);
  return { pdf, chartFaces };
}

export function collectBytes(pdf: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    pdf.on('error', reject);
  });
}
