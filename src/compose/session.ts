// What composing many papers from one templates folder shares: the templates read once, their front matter split
// once, and one Handlebars environment whose compiled templates and partials are reused, its helpers writing to a
// render state that is emptied for each paper. A build of 40 papers compiled the same templates 40 times before;
// builds in one process (a month-end run's worker) share the session while the templates are unchanged.
import { createHash } from 'node:crypto';
import { createEnvironment, loadPrecompiledTemplates, precompileTemplates, type Environment, type PrecompiledTemplates, type TextToPrecompile } from './environment.js';
import { splitFrontMatter, type SplitTemplate } from './front-matter.js';
import { createRenderState, type RenderState } from './render-state.js';
import { loadTemplates, type TemplateFile, type TemplateSet } from './templates.js';
import type { ChartFactory } from './types.js';

export interface ComposeSession {
  readonly templates: TemplateSet;
  readonly env: Environment;
  /** The helpers' state: one object, emptied by beginPaper before each paper. */
  readonly state: RenderState;
  /** A paper template split into front matter and body, once per file. */
  split(paper: TemplateFile): SplitTemplate;
}

const noCharts: ChartFactory = () => {
  throw new Error('compose: a paper was rendered before beginPaper gave it its charts');
};

/**
 * Sessions by the templates they were made from (the folders, and every file's path and text): a month-end run
 * builds a score of jobs in each worker process from the same templates, and each build compiled them afresh. A
 * template edited between builds changes the key, so what is compiled is always the text on disk.
 */
const sessions = new Map<string, ComposeSession>();
const MAX_SESSIONS = 8;

function templatesKey(templatesDirs: readonly string[], templates: TemplateSet): string {
  const hash = createHash('sha256').update(JSON.stringify({ templatesDirs, diagnostics: templates.diagnostics }));
  for (const kind of [templates.papers, templates.partials]) {
    for (const t of kind.values()) hash.update(`\u0000${t.name}\u0000${t.file}\u0000${t.source}`);
    hash.update('\u0001');
  }
  return hash.digest('hex');
}

/**
 * The session for these folders' templates as they are on disk now: one made earlier in the process, or a new one.
 * `precompiled` replaces the templates `npm run build` compiled ahead (tests compare the two); such a session is not shared.
 */
export function createComposeSession(templatesDirs: readonly string[], precompiled?: PrecompiledTemplates): ComposeSession {
  const templates = loadTemplates(templatesDirs);
  if (precompiled !== undefined) return newSession(templates, precompiled);
  const key = templatesKey(templatesDirs, templates);
  const known = sessions.get(key);
  if (known !== undefined) return known;
  builtInPrecompiled ??= loadPrecompiledTemplates();
  const session = newSession(templates, builtInPrecompiled);
  if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  sessions.set(key, session);
  return session;
}

/** The built-in templates compiled ahead by `npm run build`, read once per process. */
let builtInPrecompiled: PrecompiledTemplates | null = null;

function newSession(templates: TemplateSet, precompiled: PrecompiledTemplates): ComposeSession {
  const state = createRenderState(noCharts);
  const splits = new Map<string, SplitTemplate>();
  return {
    templates,
    env: createEnvironment(templates.partials, state, precompiled),
    state,
    split(paper) {
      let split = splits.get(paper.file);
      if (split === undefined) {
        split = splitFrontMatter(paper.source, paper.file);
        splits.set(paper.file, split);
      }
      return split;
    },
  };
}

/** Empties the session's render state for the next paper, with that paper's chart factory; returns the state. */
export function beginPaper(session: ComposeSession, charts: ChartFactory): RenderState {
  const { state } = session;
  state.charts = charts;
  state.figures = [];
  state.diagnostics = [];
  state.files = [];
  state.sectionPlaces = new Set();
  return state;
}

/**
 * For `npm run build`: the templates in these folders compiled ahead (each paper's body and each partial), keyed as
 * sessions look them up. scripts/precompile-templates.mjs writes them beside the compiled environment.
 */
export function precompileTemplateFolders(templatesDirs: readonly string[]): Record<string, string> {
  const templates = loadTemplates(templatesDirs);
  const texts = [...templates.papers.values()].flatMap((paper): TextToPrecompile[] => {
    const { body, frontMatter } = splitFrontMatter(paper.source, paper.file);
    // The front-matter values composePaper renders (they may use Handlebars: `{{council}} Performance Report`).
    const values = [frontMatter?.title, frontMatter?.subject, frontMatter?.author, ...(frontMatter?.keywords ?? []), frontMatter?.header, frontMatter?.footer];
    return [
      { source: body, file: paper.file, mode: 'markdown' },
      ...values.filter((v): v is string => typeof v === 'string').map((source): TextToPrecompile => ({ source, file: paper.file, mode: 'plain' })),
    ];
  });
  return precompileTemplates(texts, templates.partials, createRenderState(noCharts));
}
