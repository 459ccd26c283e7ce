// What composing many papers from one templates folder shares: the templates read once, their front matter split
// once, and one Handlebars environment whose compiled templates and partials are reused, its helpers writing to a
// render state that is emptied for each paper. A build of 40 papers compiled the same templates 40 times before;
// builds in one process (a month-end run's worker) share the session while the templates are unchanged.
import { createHash } from 'node:crypto';
import { createEnvironment, type Environment } from './environment.js';
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

/** The session for these folders' templates as they are on disk now: one made earlier in the process, or a new one. */
export function createComposeSession(templatesDirs: readonly string[]): ComposeSession {
  const templates = loadTemplates(templatesDirs);
  const key = templatesKey(templatesDirs, templates);
  const known = sessions.get(key);
  if (known !== undefined) return known;
  const session = newSession(templates);
  if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  sessions.set(key, session);
  return session;
}

function newSession(templates: TemplateSet): ComposeSession {
  const state = createRenderState(noCharts);
  const splits = new Map<string, SplitTemplate>();
  return {
    templates,
    env: createEnvironment(templates.partials, state),
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
