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

// Prototype access stays off (the default): templates see only data's own fields. Handlebars.precompile writes into
// the options it is given (data, knownHelpers...), so each compile gets its own copy and this stays as written.
const COMPILE_OPTIONS = Object.freeze({ strict: true, noEscape: true } as const);
const compileOptions = (): CompileOptions => ({ ...COMPILE_OPTIONS });

/**
 * Templates compiled ahead, by `precompiledKey`: `npm run build` compiles the built-in templates once
 * (scripts/precompile-templates.mjs), so a build does not parse and compile them again in every process.
 */
export type PrecompiledTemplates = ReadonlyMap<string, string>;

/** The names a template is rewritten and compiled against. */
interface TemplateNames {
  helpers: ReadonlySet<string>;
  /** Our helpers: they are given the line of each call. */
  ownHelpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

/**
 * What a compiled template depends on besides the code that compiles it: the text, the output mode, the helpers and
 * partials it may name, the compiler and its options. Any change (an edited template, a council's extra partial)
 * gives another key, so the text is compiled afresh. The code is `compilerStamp`'s part.
 */
export function precompiledKey(source: string, mode: OutputMode, names: TemplateNames): string {
  const parts = [Handlebars.VERSION, COMPILE_OPTIONS, mode, [...names.helpers].sort(), [...names.ownHelpers].sort(), [...names.partials].sort(), source];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The modules whose code decides what a text compiles to (this one, the rewriting, the escaping helpers' names). */
const COMPILER_MODULES = ['./environment.js', './rewrite.js', './helpers/escaping.js', './helpers/define.js'];

/**
 * A digest of the built compiler modules, written beside the templates compiled ahead and checked when they are read:
 * a dist/ rebuilt without scripts/precompile-templates.mjs (tsc alone, an editor's build) ignores the old file rather
 * than run code compiled by the old modules. Null where the modules are not built JavaScript (under tsx or vitest).
 */
export function compilerStamp(): string | null {
  try {
    const hash = createHash('sha256');
    for (const module of COMPILER_MODULES) hash.update(readFileSync(new URL(module, import.meta.url)));
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/** The built-in templates compiled ahead, where the build wrote them with this compiler; else empty (all compiled here). */
export function loadPrecompiledTemplates(): PrecompiledTemplates {
  try {
    const file = JSON.parse(readFileSync(new URL('./precompiled-templates.json', import.meta.url), 'utf8')) as { stamp?: string; templates?: Record<string, string> };
    const stamp = compilerStamp();
    return stamp !== null && file.stamp === stamp ? new Map(Object.entries(file.templates ?? {})) : new Map();
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

function prepare(hb: typeof Handlebars, source: string, file: string, firstLine: number, mode: OutputMode, names: TemplateNames): Prepared {
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
    found[precompiledKey(source, mode, names)] = hb.precompile(prepared.program, compileOptions()) as unknown as string;
  }
  return found;
}

export function createEnvironment(partials: ReadonlyMap<string, TemplateFile>, state: RenderState, precompiled: PrecompiledTemplates = new Map()): Environment {
  const { hb, ownHelpers, helperNames } = helpersEnvironment(state);
  const partialNames = new Set(partials.keys());
  const names = { helpers: helperNames, ownHelpers, partials: partialNames };

  const compileRun = (source: string, file: string, firstLine: number, mode: OutputMode): { run: Run | null; problems: unknown[] } => {
    const ahead = precompiled.get(precompiledKey(source, mode, names));
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
