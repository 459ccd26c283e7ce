// A paper template's YAML front matter: read, checked against what a paper may set, each value's line known.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import { error, type Diagnostic } from '../diagnostics.js';
import { PAPER_TYPES } from '../papers.js';

const frontMatterSchema = z.strictObject({
  title: z.string().min(1),
  subject: z.string().optional(),
  author: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  /** Council paragraph numbering (1, 1.1, 1.2, 2 ...). */
  numbering: z.boolean().optional(),
  /** A table of contents: at `<!-- toc -->`, or before the first section when the paper has no marker. */
  toc: z.boolean().optional(),
  header: z.string().optional(),
  footer: z.string().optional(),
  /** The paper type whose narrative and charts setting the template reads (`narrative.cabinet`, `charts.cabinet`). */
  paper: z.enum(PAPER_TYPES).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitTemplate {
  frontMatter: FrontMatter | null;
  /** File line of each top-level key, so a Handlebars error in a value names its line. */
  keyLines: Map<string, number>;
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

export function splitFrontMatter(source: string, file: string): SplitTemplate {
  const fence = FENCE.exec(source);
  if (fence === null) {
    return {
      frontMatter: null, keyLines: new Map(), body: source, bodyLine: 1,
      diagnostics: [error('template-error', 'a paper template starts with front matter between --- lines, giving at least its title', { file, line: 1 })],
    };
  }
  const yamlText = fence[1] ?? '';
  const body = source.slice(fence[0].length);
  const bodyLine = fence[0].split('\n').length - (fence[0].endsWith('\n') ? 1 : 0) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // YAML line 1 is file line 2, after the opening ---; an error found at the end is on the last line.
  const lastLine = Math.max(2, bodyLine - 2);
  const fileLine = (offset: number): number => Math.min(lineCounter.linePos(offset).line + 1, lastLine);
  const diagnostics: Diagnostic[] = doc.errors.map((e) =>
    error('template-error', `front matter: ${e.message.split('\n')[0] ?? e.message}`, { file, line: fileLine(e.pos[0]) }),
  );
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
    }
  }
  if (diagnostics.length > 0) return { frontMatter: null, keyLines, body, bodyLine, diagnostics };
  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
      const line = typeof key === 'string' ? keyLines.get(key) : undefined;
      const name = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (allowed: ${Object.keys(frontMatterSchema.shape).join(', ')})` : `${issue.path.join('.')}: ${issue.message}`;
      diagnostics.push(error('template-error', `front matter: ${name}`, line === undefined ? { file, line: 2 } : { file, line }));
    }
    return { frontMatter: null, keyLines, body, bodyLine, diagnostics };
  }
  return { frontMatter: parsed.data, keyLines, body, bodyLine, diagnostics };
}
