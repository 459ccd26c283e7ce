// The JSON Schemas in schemas/ are generated from the zod schemas the code validates with: a config key added or
// changed without regenerating them fails here, saying what to run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, PAPER_CONFIG_SCHEMA, RUN_CONFIG_SCHEMA, SCHEMAS_DIR } from '../../scripts/make-schemas.js';

const generated = generatedSchemas();
const committed = (name: string): string => readFileSync(join(SCHEMAS_DIR, name), 'utf8');

describe('schemas/', () => {
  it.each([PAPER_CONFIG_SCHEMA, RUN_CONFIG_SCHEMA])('%s is what `npm run schemas` writes from the code now', (name) => {
    expect(committed(name) === generated[name], `schemas/${name} is out of date with the zod schemas in src/configSchema.ts and src/run/config.ts: run \`npm run schemas\` and commit schemas/`).toBe(true);
  });

  it('describes the keys for an editor, and refuses unknown ones as boardpack does', () => {
    const paper = JSON.parse(generated[PAPER_CONFIG_SCHEMA]!) as { additionalProperties: boolean; properties: Record<string, { description?: string }>; $defs: Record<string, { properties: Record<string, { description?: string }> }> };
    expect(paper.additionalProperties).toBe(false);
    expect(paper.properties['council']?.description).toMatch(/council's name/);
    expect(paper.$defs['meeting']?.properties['date']?.description).toMatch(/YYYY-MM-DD/);
    const run = JSON.parse(generated[RUN_CONFIG_SCHEMA]!) as { properties: Record<string, { $ref?: string; items?: { properties: Record<string, { $ref?: string }> } }> };
    expect(run.properties['paperConfig']?.$ref).toBe(`./${PAPER_CONFIG_SCHEMA}`);
    expect(run.properties['jobs']?.items?.properties['paperConfig']?.$ref).toBe(`./${PAPER_CONFIG_SCHEMA}`);
  });

  it('the sample config points the YAML language server at its schema, and uses only keys the schema has', () => {
    const text = readFileSync('data/boardpack.config.yaml', 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../${SCHEMAS_DIR}/${PAPER_CONFIG_SCHEMA}`);
    const keys = Object.keys(parseYaml(text) as Record<string, unknown>);
    const allowed = Object.keys((JSON.parse(generated[PAPER_CONFIG_SCHEMA]!) as { properties: Record<string, unknown> }).properties);
    expect(keys.filter((k) => !allowed.includes(k))).toEqual([]);
  });
});
