// Part of `npm run build`: compiles the built-in templates ahead, so a build does not parse and compile them in every
// process. Writes dist/compose/precompiled-templates.json, stamped with the compiler modules it was made with; a
// template edited later has another key, and a dist/ rebuilt without this script another stamp, and either way the
// text is compiled at run time as before, so the file can never make a paper differ from its template.
import { writeFileSync } from 'node:fs';
import { builtInTemplatesDir } from '../dist/paths.js';
import { compilerStamp } from '../dist/compose/environment.js';
import { precompileTemplateFolders } from '../dist/compose/session.js';

const templates = precompileTemplateFolders([builtInTemplatesDir()]);
const sorted = Object.fromEntries(Object.entries(templates).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../dist/compose/precompiled-templates.json', import.meta.url), `${JSON.stringify({ stamp: compilerStamp(), templates: sorted })}\n`);
