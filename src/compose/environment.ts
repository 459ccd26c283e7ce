// One isolated Handlebars environment per set of templates: strict, our helpers, partials that name their own file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { MARKDOWN_OUTPUT, PLAIN_OUTPUT } from './helpers/escaping.js';
import { registerHelpers } from './helpers/index.js';
import type { RenderState } from './render-state.js';
import { endPartialLines, rewriteTemplate } from './rewrite.js';
import { placeError } from './template-error.js';
import type { TemplateFile } from './templates.js';

/** Markdown for the paper's body; plain text for front-matter values (titles are not Markdown). */
export type OutputMode = 'markdown' | 'plain';

type Run = (context: unknown, options: Handlebars.RuntimeOptions) => string;

export interface Compiled {
  /** Null when there were problems. */
  render: ((context: unknown) => string) | null;
  /** Syntax errors, unknown helpers, missing partials: each placed at its file and line. */
  problems: unknown[];
}

export interface Environment {
  /** Compiles `source`, the part of `file` that starts at file line `firstLine`; running throws placed errors. */
  compile(source: string, file: string, firstLine: number, mode: OutputMode): Compiled;
}

// Prototype access stays off (the default): templates see only data's own fields. Handlebars writes into the options
// it is given (data, knownHelpers...), so each compile gets its own copy and this stays as written.
const COMPILE_OPTIONS = Object.freeze({ strict: true, noEscape: true } as const);
const compileOptions = (): CompileOptions => ({ ...COMPILE_OPTIONS });

/**
 * Templates compiled ahead, by `precompiledKey`: `npm run build` compiles the built-in templates once
 * (scripts/precompile-templates.mjs), so a build does not parse and compile them again in every process.
 */
export type PrecompiledTemplates = ReadonlyMap<string, string>;

/**
 * What a compiled template depends on: the text, the output mode, the helpers and partials it may name, the compiler
 * and its options. Any change (an edited template, a council's extra partial) gives another key, so the text is compiled afresh.
 */
export function precompiledKey(source: string, mode: OutputMode, helpers: ReadonlySet<string>, partials: ReadonlySet<string>): string {
  const parts = [Handlebars.VERSION, COMPILE_OPTIONS, mode, [...helpers].sort(), [...partials].sort(), source];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The built-in templates compiled ahead, where the build wrote them; empty (everything compiled here) without one. */
export function loadPrecompiledTemplates(): PrecompiledTemplates {
  try {
    const file = JSON.parse(readFileSync(new URL('./precompiled-templates.json', import.meta.url), 'utf8')) as { templates?: Record<string, string> };
    return new Map(Object.entries(file.templates ?? {}));
  } catch {
    return new Map();
  }
}

/** A template compiled ahead, made runnable: Handlebars' precompiled output is the source of an object literal. */
function precompiledTemplate(hb: typeof Handlebars, spec: string): HandlebarsTemplateDelegate {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same code Handlebars would generate and run itself
  return hb.template(new Function(`return ${spec};`)() as TemplateSpecification);
}

/** A template parsed and rewritten (escaping, helper lines), ready to compile; or its problems, each placed. */
type Prepared = { program: hbs.AST.Program; problems: [] } | { program: null; problems: unknown[] };

function prepare(hb: typeof Handlebars, source: string, file: string, firstLine: number, mode: OutputMode, names: { helpers: ReadonlySet<string>; ownHelpers: ReadonlySet<string>; partials: ReadonlySet<string> }): Prepared {
  let program: hbs.AST.Program;
  try {
    program = hb.parse(source);
  } catch (e) {
    return { program: null, problems: [placeError(e, file, firstLine)] };
  }
  const rewritten = rewriteTemplate(program, { ...names, escapeHelper: mode === 'markdown' ? MARKDOWN_OUTPUT : PLAIN_OUTPUT });
  if (rewritten.problems.length > 0) return { program: null, problems: rewritten.problems.map((p) => placeError(p, file, firstLine)) };
  return { program: rewritten.program, problems: [] };
}

/** A Handlebars environment with our helpers; `ownHelpers` are the ones told each call's line. */
function helpersEnvironment(state: RenderState): { hb: typeof Handlebars; ownHelpers: ReadonlySet<string>; helperNames: ReadonlySet<string> } {
  const hb = Handlebars.create();
  const ownHelpers = registerHelpers({ register: (name, fn) => hb.registerHelper(name, fn) }, state);
  return { hb, ownHelpers, helperNames: new Set(Object.keys(hb.helpers)) };
}

/** A text to compile ahead: a paper's body or a partial (Markdown), or a front-matter value (plain). */
export interface TextToPrecompile {
  source: string;
  file: string;
  mode: OutputMode;
}

/**
 * Templates compiled ahead (for `npm run build`), keyed as `createEnvironment` looks them up; partials are compiled
 * as Markdown. A text with problems is left out: compiling it at run time reports them.
 */
export function precompileTemplates(texts: readonly TextToPrecompile[], partials: ReadonlyMap<string, TemplateFile>, state: RenderState): Record<string, string> {
  const { hb, ownHelpers, helperNames } = helpersEnvironment(state);
  const names = { helpers: helperNames, ownHelpers, partials: new Set(partials.keys()) };
  const found: Record<string, string> = {};
  const partialTexts = [...partials.values()].map(({ source, file }): TextToPrecompile => ({ source, file, mode: 'markdown' }));
  for (const { source, file, mode } of [...texts, ...partialTexts]) {
    const prepared = prepare(hb, source, file, 1, mode, names);
    if (prepared.program === null) continue;
    found[precompiledKey(source, mode, helperNames, names.partials)] = hb.precompile(prepared.program, compileOptions()) as unknown as string;
  }
  return found;
}

export function createEnvironment(partials: ReadonlyMap<string, TemplateFile>, state: RenderState, precompiled: PrecompiledTemplates = new Map()): Environment {
  const { hb, ownHelpers, helperNames } = helpersEnvironment(state);
  const partialNames = new Set(partials.keys());
  const names = { helpers: helperNames, ownHelpers, partials: partialNames };

  const compileRun = (source: string, file: string, firstLine: number, mode: OutputMode): { run: Run | null; problems: unknown[] } => {
    const ahead = precompiled.get(precompiledKey(source, mode, helperNames, partialNames));
    let template: HandlebarsTemplateDelegate;
    if (ahead !== undefined) template = precompiledTemplate(hb, ahead);
    else {
      const prepared = prepare(hb, source, file, firstLine, mode, names);
      if (prepared.program === null) return { run: null, problems: prepared.problems };
      template = hb.compile(prepared.program, compileOptions());
    }
    const run: Run = (context, options) => {
      state.files.push({ file, firstLine });
      try {
        return template(context, options);
      } catch (e) {
        // The innermost template claims the error, so one in a partial names the partial.
        throw placeError(e, file, firstLine);
      } finally {
        state.files.pop();
      }
    };
    return { run, problems: [] };
  };

  for (const [name, partial] of partials) {
    let run: Run | null = null;
    // Compiled on first use, so a broken partial the paper never includes does not stop it.
    const invoke = (context: unknown, options: Handlebars.RuntimeOptions): string => {
      if (run === null) {
        const compiled = compileRun(partial.source, partial.file, 1, 'markdown');
        if (compiled.run === null) throw compiled.problems[0];
        run = compiled.run;
      }
      return run(context, options);
    };
    hb.registerPartial(name, invoke as unknown as Handlebars.Template);
  }

  // Each text compiled once: a build composes many papers (one exception report per indicator) from the same template.
  const compiled = new Map<string, Compiled>();
  return {
    compile(source, file, firstLine, mode) {
      const key = `${mode}\u0000${file}\u0000${firstLine}\u0000${source}`;
      let result = compiled.get(key);
      if (result === undefined) {
        const { run, problems } = compileRun(source, file, firstLine, mode);
        result = { render: run === null ? null : (context) => endPartialLines(run(context, { data: { root: context } })), problems };
        compiled.set(key, result);
      }
      return result;
    },
  };
}
