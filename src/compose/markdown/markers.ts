// Our additions to Markdown, each spelt so that escaped data can never produce it:
//   <!-- pagebreak -->            a page break (a thematic break `***` is one too)
//   <!-- toc -->  <!-- toc: Contents -->   where the table of contents goes
//   <!-- widths: 3,1,1 -->        relative column widths of the table that follows
//   <!-- key-value -->            the table that follows is a front sheet or contact block (no header row)
//   <!-- caption: Text -->        caption of the table that follows
//   > [!box Title]                a boxed panel: a block quote whose first line is the box marker
//   {rag:red} Red                 at the start of a table cell: the cell's RAG shading (the word stays)
//   ![](chart:N)                  a chart the chart helper registered as figure N
// Data is escaped (`<`, `[`, `{` gain a backslash), and the markers are matched on the unescaped source.

export type TableMarker =
  | { kind: 'widths'; widths: number[] }
  | { kind: 'keyValue' }
  | { kind: 'caption'; caption: string };

export type Marker =
  | { kind: 'pageBreak' }
  | { kind: 'toc'; title: string }
  | TableMarker
  | { kind: 'invalid'; message: string };

const COMMENT = /^<!--([\s\S]*?)-->\s*$/;

/** Undoes Markdown backslash escapes, for text that reaches us inside a comment (a caption from data). */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Reads one of our HTML-comment markers; null for any other HTML. */
export function readMarker(html: string): Marker | null {
  const comment = COMMENT.exec(html.trim());
  if (comment === null) return null;
  const body = (comment[1] ?? '').trim();
  if (/^page-?break$/i.test(body)) return { kind: 'pageBreak' };
  if (/^key-?value$/i.test(body)) return { kind: 'keyValue' };
  const toc = /^toc(?::\s*([\s\S]*))?$/i.exec(body);
  if (toc !== null) return { kind: 'toc', title: unescapeMarkdown(toc[1]?.trim() || 'Contents') };
  const caption = /^caption:\s*([\s\S]*)$/i.exec(body);
  if (caption !== null) return { kind: 'caption', caption: unescapeMarkdown((caption[1] ?? '').trim()) };
  const widths = /^widths:\s*([\s\S]*)$/i.exec(body);
  if (widths !== null) {
    const parts = (widths[1] ?? '').split(',').map((w) => w.trim());
    const numbers = parts.map(Number);
    if (parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n) || n <= 0)) {
      return { kind: 'invalid', message: `column widths "${widths[1]?.trim() ?? ''}" must be positive numbers separated by commas, e.g. <!-- widths: 3,1,1 -->` };
    }
    return { kind: 'widths', widths: numbers };
  }
  return null;
}

const BOX = /^\[!box(?:[ \t]+([^\n]*?))?\][ \t]*(?:\n|$)/;

/** The box marker at the start of a block quote's first paragraph: its title ('' for none) and its length. */
export function readBoxMarker(text: string): { title: string; length: number } | null {
  const match = BOX.exec(text);
  return match === null ? null : { title: (match[1] ?? '').trim(), length: match[0].length };
}

const RAG = /^\{rag:(red|amber|green)\}[ \t]*/;

/** A RAG marker at the start of a cell's text. */
export function readRagMarker(text: string): { status: 'red' | 'amber' | 'green'; length: number } | null {
  const match = RAG.exec(text);
  return match === null ? null : { status: match[1] as 'red' | 'amber' | 'green', length: match[0].length };
}

const CHART = /^chart:(\d+)$/;

/** The figure number of a chart placeholder image. */
export function readChartUrl(url: string): number | null {
  const match = CHART.exec(url);
  return match === null ? null : Number(match[1]);
}
