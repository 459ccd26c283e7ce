// Finding templates on disk: papers `NAME.md.hbs`, partials `partials/NAME.md.hbs`; a council's folder first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';

export const TEMPLATE_SUFFIX = '.md.hbs';

export interface TemplateFile {
  name: string;
  /** The path as found, used in every diagnostic. */
  file: string;
  source: string;
}

export interface TemplateSet {
  papers: Map<string, TemplateFile>;
  partials: Map<string, TemplateFile>;
  diagnostics: Diagnostic[];
}

function templatesIn(dir: string): TemplateFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  // Sorted so the same folder gives the same set on every file system.
  return readdirSync(dir)
    .filter((f) => f.endsWith(TEMPLATE_SUFFIX))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      // Windows line endings would otherwise put a \r in every line of the paper; NUL is our partial-line mark.
      const source = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
      return { name: f.slice(0, -TEMPLATE_SUFFIX.length), file, source };
    });
}

/**
 * Reads every paper and partial in `dirs`, earlier folders first: a council's own folder comes before the
 * built-in templates/, so its `cabinet.md.hbs` or `partials/front-sheet.md.hbs` replaces ours (a clerk
 * edits templates, never code).
 */
export function loadTemplates(dirs: readonly string[]): TemplateSet {
  const papers = new Map<string, TemplateFile>();
  const partials = new Map<string, TemplateFile>();
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      diagnostics.push(error('templates-folder', `templates folder "${dir}" does not exist`, { file: dir }));
      continue;
    }
    for (const t of templatesIn(dir)) if (!papers.has(t.name)) papers.set(t.name, t);
    for (const t of templatesIn(join(dir, 'partials'))) if (!partials.has(t.name)) partials.set(t.name, t);
  }
  return { papers, partials, diagnostics };
}
