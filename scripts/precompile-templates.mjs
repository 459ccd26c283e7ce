// Part of `npm run build`: compiles the built-in templates ahead, so a build does not parse and compile them in every
// process. Writes dist/compose/precompiled-templates.json; a template edited later has another key and is compiled
// at run time as before, so the file can never make a paper differ from its template.
import { writeFileSync } from 'node:fs';
import { builtInTemplatesDir } from '../dist/paths.js';
import { precompileTemplateFolders } from '../dist/compose/session.js';

const templates = precompileTemplateFolders([builtInTemplatesDir()]);
const sorted = Object.fromEntries(Object.entries(templates).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../dist/compose/precompiled-templates.json', import.meta.url), `${JSON.stringify({ templates: sorted })}\n`);
