// Worker threads must draw charts with the same private fontconfig as a single-process build does.
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFontconfig } from '../render/charts/fontIsolation.js';

/**
 * render/charts points FONTCONFIG_FILE at a private configuration while canvas starts fontconfig, but a worker
 * thread's process.env is its own copy: setting it there never reaches the C library, so charts drawn in a worker
 * used the host's hinting and came out with different pixels from `boardpack build`. Setting it in the main
 * thread, before any worker starts, does reach it. Returns a function that puts the variable back.
 */
export function shareDocumentFontconfig(): () => void {
  const path = join(tmpdir(), `boardpack-run-fontconfig-${createHash('sha256').update(documentFontconfig).digest('hex').slice(0, 12)}.conf`);
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, documentFontconfig);
  renameSync(partial, path);
  const previous = process.env['FONTCONFIG_FILE'];
  process.env['FONTCONFIG_FILE'] = path;
  return () => {
    if (previous === undefined) delete process.env['FONTCONFIG_FILE'];
    else process.env['FONTCONFIG_FILE'] = previous;
  };
}
