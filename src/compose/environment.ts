// One isolated Handlebars environment per set of templates: strict, our helpers, partials that name their own file.
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

// Prototype access stays off (the default): templates see only data's own fields.
const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

export function createEnvironment(partials: ReadonlyMap<string, TemplateFile>, state: RenderState): Environment {
  const hb = Handlebars.create();
  const ownHelpers = registerHelpers({ register: (name, fn) => hb.registerHelper(name, fn) }, state);
  const helperNames = new Set(Object.keys(hb.helpers));
  const partialNames = new Set(partials.keys());

  const compileRun = (source: string, file: string, firstLine: number, mode: OutputMode): { run: Run | null; problems: unknown[] } => {
    let program: hbs.AST.Program;
    try {
      program = hb.parse(source);
    } catch (e) {
      return { run: null, problems: [placeError(e, file, firstLine)] };
    }
    const rewritten = rewriteTemplate(program, {
      helpers: helperNames,
      ownHelpers,
      partials: partialNames,
      escapeHelper: mode === 'markdown' ? MARKDOWN_OUTPUT : PLAIN_OUTPUT,
    });
    if (rewritten.problems.length > 0) return { run: null, problems: rewritten.problems.map((p) => placeError(p, file, firstLine)) };
    const template = hb.compile(rewritten.program, COMPILE_OPTIONS);
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
