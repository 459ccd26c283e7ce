import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFontFiles } from '../../../src/render/charts/fonts.js';
import { packageRoot as findPackageRoot } from '../../../src/paths.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = findPackageRoot();
const fontsFolder = join(packageRoot, 'templates', 'fonts');

/** Renders in a fresh process (fontconfig starts once per process), with extra environment. */
function renderInChild(env: Record<string, string>): { stdout: string; sha256: string; fontconfigAfter: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'renderOnce.ts')], {
    cwd: packageRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`child render failed (${result.status}): ${result.stderr}`);
  return {
    stdout: result.stdout,
    sha256: /sha256 ([0-9a-f]{64})/.exec(result.stdout)?.[1] ?? '',
    fontconfigAfter: /FONTCONFIG_FILE after render: (.*)/.exec(result.stdout)?.[1] ?? '',
  };
}

describe('document font', () => {
  it('finds the package root and the shipped Liberation Sans from this module', () => {
    expect(documentFontFiles(packageRoot).map((f) => [f.path, f.weight])).toEqual([
      [join(fontsFolder, 'LiberationSans-Regular.ttf'), 'normal'],
      [join(fontsFolder, 'LiberationSans-Bold.ttf'), 'bold'],
    ]);
  });

  it('names the missing file when the fonts are not installed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'boardpack-nofonts-'));
    expect(() => documentFontFiles(empty)).toThrow(`document font ${join(empty, 'templates', 'fonts', 'LiberationSans-Regular.ttf')} is missing`);
  });

  it('draws every glyph from the shipped font files, never from an installed copy', () => {
    // FC_DEBUG=1 makes fontconfig print each face it matches, with its file.
    const { stdout } = renderInChild({ FC_DEBUG: '1' });
    const files = [...stdout.matchAll(/file: "([^"]+)"/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set([join(fontsFolder, 'LiberationSans-Regular.ttf'), join(fontsFolder, 'LiberationSans-Bold.ttf')]));
  });

  it('gives the same bytes whatever the host fontconfig set-up, and puts FONTCONFIG_FILE back', () => {
    const folder = mkdtempSync(join(tmpdir(), 'boardpack-fc-'));
    const bare = join(folder, 'fonts.conf');
    writeFileSync(bare, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n');
    const host = renderInChild({});
    const withoutSystemFonts = renderInChild({ FONTCONFIG_FILE: bare });
    expect(host.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(withoutSystemFonts.sha256).toBe(host.sha256);
    expect(withoutSystemFonts.fontconfigAfter).toBe(bare);
    expect(host.fontconfigAfter).toBe('(unset)');
  });
});
