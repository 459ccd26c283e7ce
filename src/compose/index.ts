// The compose stage: a paper template (Handlebars over Markdown, with front matter) and its data → Document.
// Steps: find the template (council's folder first) → front matter → Handlebars with escaping helpers →
// Markdown → model blocks → contents and paragraph numbering as the front matter asks.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { narrativeFor, PLACEHOLDER_SOURCES, type NarrativePaper, type PaperSheet } from '../narrativeConfig.js';
import { defaultHouseStyle, document, furniture, meta, tableOfContents } from '../model/builders.js';
import { numberParagraphs } from '../model/numbering.js';
import { collect } from '../model/visit.js';
import type { Block, Document } from '../model/types.js';
import type { Environment } from './environment.js';
import type { FrontMatter } from './front-matter.js';
import { HelperError } from './helpers/define.js';
import { unplacedSections } from './helpers/narrative.js';
import { ukDate } from './helpers/dates.js';
import { markdownToBlocks } from './markdown/index.js';
import { beginPaper, createComposeSession } from './session.js';
import { templateDiagnostic } from './template-error.js';
import { TEMPLATE_SUFFIX } from './templates.js';
import type { ComposeInput, ComposeResult } from './types.js';

export type { ChartFactory, ChartResult, ComposeInput, ComposeResult } from './types.js';
export { isDiagnostic } from './types.js';
export { escapeMarkdown, escapeCommentary, MarkdownString } from './escape.js';
export { markdownToBlocks } from './markdown/index.js';
export { loadTemplates, type TemplateFile, type TemplateSet } from './templates.js';
export { createComposeSession, type ComposeSession } from './session.js';
export { createChartFactory } from './charts.js';
export { ukDate, ordinal } from './helpers/dates.js';

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    ukDate(value);
    return value;
  } catch (e) {
    if (e instanceof HelperError) return null;
    throw e;
  }
}

/** Renders one front-matter value (it may use Handlebars, e.g. `{{council}} Performance Report`) as plain text. */
function renderValue(env: Environment, value: string, file: string, line: number, context: unknown, diagnostics: Diagnostic[]): string {
  const compiled = env.compile(value, file, line, 'plain');
  if (compiled.render === null) {
    diagnostics.push(...compiled.problems.map((p) => templateDiagnostic(p, file)));
    return value;
  }
  try {
    return compiled.render(context).trim();
  } catch (e) {
    diagnostics.push(templateDiagnostic(e, file));
    return value;
  }
}

/** Where a table of contents goes when the front matter asks for one and the body has no marker. */
function withContents(blocks: Block[]): Block[] {
  if (blocks.some((b) => b.type === 'toc')) return blocks;
  const firstSection = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
  const at = firstSection === -1 ? 0 : firstSection;
  return [...blocks.slice(0, at), tableOfContents(), ...blocks.slice(at)];
}

/**
 * What the template sees besides the caller's context: `narrative`, the paper's own words for its type (front matter
 * `paper:`), and `charts`, which indicators get a trend chart. A context that already has them keeps its own.
 */
function withNarrative(context: Record<string, unknown>, paper: NarrativePaper | undefined): Record<string, unknown> {
  const config = context['config'] as { narrative?: PaperSheet; charts?: Record<string, string> } | undefined;
  const narrative = context['narrative'] ?? narrativeFor(config?.narrative ?? { shared: {}, papers: {} }, paper ?? null);
  const charts = context['charts'] ?? (paper === undefined || paper === 'exceptions' ? 'all' : (config?.charts?.[paper] ?? 'all'));
  return { ...context, narrative, charts };
}

/**
 * One warning per paper naming every placeholder it shows (`[Committee]`, `[Financial implications]`) and where to
 * fill each in, so the same missing piece is reported the same way in every paper.
 */
function placeholderWarnings(doc: Document, file: string): Diagnostic[] {
  const text = [doc.meta.title, doc.meta.subject ?? '', doc.meta.author ?? '', doc.furniture.header ?? '', doc.furniture.footer ?? '', ...collect(doc, 'text').map((t) => t.value)].join('\n');
  const shown = Object.entries(PLACEHOLDER_SOURCES).filter(([label]) => text.includes(`[${label}]`));
  if (shown.length === 0) return [];
  const list = shown.map(([label, source]) => `[${label}] (${source})`).join('; ');
  return [warning('missing-paper-text', `the paper shows ${shown.length === 1 ? 'a placeholder' : 'placeholders'} to fill in: ${list}`, { file })];
}

export function composePaper(input: ComposeInput): ComposeResult {
  const session = input.session ?? createComposeSession(input.templatesDirs);
  const { templates, env } = session;
  const diagnostics: Diagnostic[] = [...templates.diagnostics];
  const date = isoDate(input.context['date']);
  if (date === null) diagnostics.push(error('missing-date', `the paper needs a date written YYYY-MM-DD (--date); got ${JSON.stringify(input.context['date'] ?? null)}`));
  const dated = date ?? '1970-01-01';
  const paper = templates.papers.get(input.templateName);
  if (paper === undefined) {
    const known = [...templates.papers.keys()].join(', ');
    diagnostics.push(error('no-template', `there is no paper template ${input.templateName}${TEMPLATE_SUFFIX} in ${input.templatesDirs.join(' or ')} (found: ${known || 'none'})`));
    return { document: document(meta({ title: input.templateName, date: dated }), furniture(), []), diagnostics };
  }

  const split = session.split(paper);
  diagnostics.push(...split.diagnostics);
  const state = beginPaper(session, input.charts);
  const front: FrontMatter = split.frontMatter ?? { title: input.templateName };
  const context = withNarrative(input.context, front.paper ?? input.paper);
  const text = (key: keyof FrontMatter, value: string): string =>
    renderValue(env, value, paper.file, split.keyLines.get(key) ?? 1, context, diagnostics);

  const docMeta = meta({
    title: text('title', front.title),
    subject: front.subject === undefined ? null : text('subject', front.subject),
    author: front.author === undefined ? null : text('author', front.author),
    keywords: (front.keywords ?? []).map((k) => text('keywords', k)),
    date: dated,
  });
  const style = input.style ?? defaultHouseStyle;
  // The house style's header and footer, when the config gives them, stand in for the template's.
  const pageFurniture = furniture({
    header: style.header ?? (front.header === undefined ? null : text('header', front.header)),
    footer: style.footer ?? (front.footer === undefined ? null : text('footer', front.footer)),
  });

  const body = env.compile(split.body, paper.file, split.bodyLine, 'markdown');
  let markdown: string | null = null;
  if (body.render === null) diagnostics.push(...body.problems.map((p) => templateDiagnostic(p, paper.file)));
  else {
    try {
      markdown = body.render(context);
    } catch (e) {
      diagnostics.push(templateDiagnostic(e, paper.file));
    }
  }
  diagnostics.push(...state.diagnostics);
  if (markdown === null) return { document: document(docMeta, pageFurniture, [], style), diagnostics };

  const converted = markdownToBlocks(markdown, { figures: state.figures, file: paper.file });
  diagnostics.push(...converted.diagnostics);
  const blocks = front.toc === true ? withContents(converted.blocks) : converted.blocks;
  const doc: Document = document(docMeta, pageFurniture, blocks, style);
  diagnostics.push(...unplacedSections(context, state, paper.file), ...placeholderWarnings(doc, paper.file));
  return { document: front.numbering === true ? numberParagraphs(doc) : doc, diagnostics };
}
