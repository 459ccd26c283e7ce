// Finds the document font (Liberation Sans) shipped in templates/fonts, so charts never fall back to system fonts.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family name Chart.js asks canvas for; the same face the DOCX and PDF body text uses. */
export const documentFontFamily = 'Liberation Sans';

export interface DocumentFontFile {
  path: string;
  weight: 'normal' | 'bold';
}

/**
 * The package root: the nearest folder above `fromDir` holding package.json. Walking up, rather than a fixed `../..`,
 * finds it both from src/render/charts (tsx, vitest) and from dist/src/render/charts (built).
 */
export function findPackageRoot(fromDir: string): string {
  let dir = fromDir;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`render/charts: no package.json above ${fromDir}; cannot find templates/fonts`);
    dir = parent;
  }
}

/** Regular and bold Liberation Sans, checked to exist so a broken install fails loudly instead of drawing in DejaVu. */
export function documentFontFiles(packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)))): DocumentFontFile[] {
  const folder = join(packageRoot, 'templates', 'fonts');
  const files: DocumentFontFile[] = [
    { path: join(folder, 'LiberationSans-Regular.ttf'), weight: 'normal' },
    { path: join(folder, 'LiberationSans-Bold.ttf'), weight: 'bold' },
  ];
  for (const file of files) {
    if (!existsSync(file.path)) throw new Error(`render/charts: document font ${file.path} is missing; reinstall boardpack`);
  }
  return files;
}
