// `npm run schemas`: writes the JSON Schemas of the paper config and the run config, generated from the zod schemas
// the code validates with, so an editor (YAML language server, VS Code) completes and checks the same keys.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configSchema } from '../src/configSchema.js';
import { runSchema } from '../src/run/config.js';

export const SCHEMAS_DIR = 'schemas';
export const PAPER_CONFIG_SCHEMA = 'boardpack.config.schema.json';
export const RUN_CONFIG_SCHEMA = 'run.config.schema.json';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** The input a config file may hold (defaults not filled in); checks JSON Schema cannot say (a real date) are left to boardpack. */
function toJsonSchema(schema: z.ZodType, title: string): JsonSchema {
  return { title, ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) };
}

/** A run config's paperConfig holds the paper config's keys: the editor is pointed at that schema. */
function referPaperConfig(node: JsonSchema | undefined): void {
  const paperConfig = node?.properties?.['paperConfig'];
  if (node?.properties === undefined || paperConfig === undefined) return;
  node.properties['paperConfig'] = { description: paperConfig['description'], $ref: `./${PAPER_CONFIG_SCHEMA}` };
}

/** File name → the text `npm run schemas` writes (stable key order, two-space indent, final newline). */
export function generatedSchemas(): Record<string, string> {
  const paper = toJsonSchema(configSchema, 'boardpack paper config (boardpack.config.yaml)');
  const run = toJsonSchema(runSchema, 'boardpack run config (boardpack run --config FILE)');
  referPaperConfig(run);
  referPaperConfig(run.properties?.['jobs']?.items);
  const text = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
  return { [PAPER_CONFIG_SCHEMA]: text(paper), [RUN_CONFIG_SCHEMA]: text(run) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedSchemas())) {
    writeFileSync(join(SCHEMAS_DIR, name), text);
    console.log(`wrote ${join(SCHEMAS_DIR, name)}`);
  }
}
