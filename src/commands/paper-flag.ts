// `--paper`: each name a paper type, `all`, or a template; a name that is none of them is a usage error with the nearest.
import { readdir } from 'node:fs/promises';
import { error, type Diagnostic } from '../diagnostics.js';
import { nearest } from '../nearest.js';
import { ALL_PAPERS, PAPER_TYPES } from '../papers.js';
import { builtInTemplatesDir } from '../paths.js';

const TEMPLATE_SUFFIX = '.md.hbs';

/** The templates a folder holds, by name (`cabinet-paper`); none when it cannot be read (compose reports that). */
async function templatesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(TEMPLATE_SUFFIX)).map((n) => n.slice(0, -TEMPLATE_SUFFIX.length)).sort();
}

/**
 * One error per `--paper` name that is no paper type, not `all` and no template in the council's templates folder
 * or the built-in one: `--paper: no paper called "cabniet": did you mean cabinet? The papers are ...`.
 */
export async function unknownPapers(names: readonly string[], councilTemplates: string | null): Promise<Diagnostic[]> {
  const folders = [...(councilTemplates === null ? [] : [councilTemplates]), builtInTemplatesDir()];
  const templates = [...new Set((await Promise.all(folders.map(templatesIn))).flat())];
  const known = [...PAPER_TYPES, ALL_PAPERS, ...templates];
  return names
    .filter((name) => !known.includes(name))
    .map((name) => {
      const near = nearest(name, known);
      return error(
        'unknown-paper',
        `--paper: no paper called "${name}"${near === null ? '.' : `: did you mean ${near}?`} The papers are ${PAPER_TYPES.join(', ')}, ${ALL_PAPERS}, or the name of a template in ${folders.join(' or ')} (${templates.join(', ')})`,
      );
    });
}
