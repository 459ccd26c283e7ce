// Where boardpack's own files are: the package root holds templates/ and templates/fonts/, whether run from src/ or dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module holding package.json (walking up works from src/ under tsx and from dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}: boardpack is not installed as a package`);
    dir = parent;
  }
}

export const builtInTemplatesDir = (): string => join(packageRoot(), 'templates');
export const fontsDir = (): string => join(builtInTemplatesDir(), 'fonts');
