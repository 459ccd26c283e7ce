// Finds the document font (Liberation Sans) shipped in templates/fonts, so charts never fall back to system fonts.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot as findPackageRoot } from '../../paths.js';

/** The family name Chart.js asks canvas for; the same face the DOCX and PDF body text uses. */
export const documentFontFamily = 'Liberation Sans';

export interface DocumentFontFile {
  path: string;
  weight: 'normal' | 'bold';
}

/** Regular and bold Liberation Sans, checked to exist so a broken install fails loudly instead of drawing in DejaVu. */
export function documentFontFiles(packageRoot = findPackageRoot()): DocumentFontFile[] {
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
