// The command line's bundle (dist/cli.bundle.cjs, written by scripts/bundle-cli.mjs): dist/cli.js and everything it
// imports in one file, so a command compiles one script, from V8's code cache after its first run, instead of
// resolving, reading and compiling some 700 modules. Its manifest names what it was made from; a bundle whose
// sources have changed since (a dist/ rebuilt by tsc alone, a dependency installed afresh) is not used, and the
// modules run as built, so the bundle can make a command faster but never make it run other code.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const BUNDLE_FILE = 'cli.bundle.cjs';
export const MANIFEST_FILE = 'cli.bundle.json';

export interface BundleManifest {
  /** The bundle's size in bytes and SHA-256 (the code cache is keyed by it). */
  size: number;
  sha256: string;
  /** The built modules bundled, relative to dist/, in a fixed order, and the SHA-256 of their contents in that order. */
  modules: string[];
  modulesSha256: string;
  /**
   * Each dependency bundled: the packages Node.js passes through to find it from dist/ (`['cliui', 'string-width']`
   * for cliui's own copy of string-width), and the version its package.json gave.
   */
  packages: { path: string[]; version: string }[];
}

/** The SHA-256 of the files' contents, one after another. */
export function digestOf(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** The version in a package folder's package.json, or null where there is none. */
export function packageVersionIn(dir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : null;
  } catch {
    return null;
  }
}

/** The folder of the package holding a bundled file (`node_modules/cliui/node_modules/wrap-ansi/index.js` → `node_modules/cliui/node_modules/wrap-ansi`). */
export function packageDirOf(input: string): string | null {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return null;
  const scoped = parts[at + 1]!.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

/** The bundle in `distDir` with its manifest where it stands for the built modules; else why it does not. */
export function currentBundle(distDir: string): { manifest: BundleManifest } | { stale: string } {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, MANIFEST_FILE), 'utf8')) as BundleManifest;
  } catch {
    return { stale: 'no bundle manifest' };
  }
  let size: number;
  try {
    size = statSync(join(distDir, BUNDLE_FILE)).size;
  } catch {
    return { stale: 'no bundle' };
  }
  if (size !== manifest.size) return { stale: 'the bundle is not the one its manifest describes' };
  try {
    if (digestOf(manifest.modules.map((m) => join(distDir, m))) !== manifest.modulesSha256) return { stale: 'the built modules have changed since the bundle was made' };
  } catch {
    return { stale: 'a bundled module is missing' };
  }
  for (const { path, version } of manifest.packages) {
    const dir = findPackage(distDir, path);
    if (dir === null || packageVersionIn(dir) !== version) return { stale: `${path.join(' → ')} is not the version bundled (${version})` };
  }
  return { manifest };
}

/**
 * The folder Node.js finds a package in from `from`, each name of the path from the folder before: so a package
 * installed among a project's own dependencies (npm hoists them beside boardpack) is found where it is.
 */
export function findPackage(from: string, path: readonly string[]): string | null {
  let dir = from;
  for (const name of path) {
    const found = nodeModulesAbove(dir).map((base) => join(base, name)).find((d) => existsSync(join(d, 'package.json')));
    if (found === undefined) return null;
    dir = found;
  }
  return dir;
}

/**
 * The node_modules folders Node.js looks in from `dir`, nearest first (require.resolve.paths gives none for a name
 * that is also a built-in module, such as string_decoder, which jszip's readable-stream installs as a package).
 */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (basename(at) !== 'node_modules') found.push(join(at, 'node_modules'));
    if (dirname(at) === at) return found;
  }
}

/** The packages a bundled file's folder passes through (`node_modules/cliui/node_modules/wrap-ansi` → cliui, wrap-ansi). */
export function packagePathOf(dir: string): string[] {
  return dir.split(/(?:^|\/)node_modules\//).filter((part) => part !== '');
}

/** The manifest of a bundle just written, from the files esbuild read (paths relative to the package root). */
export function manifestFor(root: string, distDir: string, bundle: Buffer, inputs: readonly string[]): BundleManifest {
  const modules = inputs.filter((i) => i.startsWith('dist/')).map((i) => i.slice('dist/'.length)).sort();
  const dirs = [...new Set(inputs.map(packageDirOf).filter((d): d is string => d !== null))].sort();
  const packages = dirs.map((dir) => {
    const path = packagePathOf(dir);
    // As the start-up will look for it; a folder Node.js would not find from dist/ is a layout the bundle cannot use.
    if (findPackage(distDir, path) !== join(root, dir)) throw new Error(`${dir}: Node.js would not find this package from dist/`);
    const version = packageVersionIn(join(root, dir));
    if (version === null) throw new Error(`${dir}/package.json gives no version`);
    return { path, version };
  });
  return {
    size: bundle.length,
    sha256: createHash('sha256').update(bundle).digest('hex'),
    modules,
    modulesSha256: digestOf(modules.map((m) => join(distDir, m))),
    packages,
  };
}

/**
 * `code` with every character outside ASCII written as a `\uXXXX` escape (each UTF-16 unit: an astral character
 * as its surrogate pair). A backslash that escaped the character itself (`\–`, an identity escape in a regular
 * expression) is dropped, since the escape now stands for the character. Meant for the characters esbuild leaves in
 * its ASCII output, which are in regular expression literals, where the escape matches exactly what the character
 * did; see asciiBundle for how that is checked.
 */
export function escapeNonAscii(code: string): string {
  return code.replace(/(\\*)([^\u0000-\u007f])/g, (_, backslashes: string, char: string) => {
    const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The bundle's text in ASCII alone, or why it stays as it is. V8 holds a source with any character outside Latin-1 as
 * two bytes a character, and decodes and scans it more slowly: `validate` took 0.42 s from the bundle as it was,
 * 0.37 s without its comments and layout, and 0.34 s in ASCII as well (medians of 6 interleaved rounds).
 *
 * esbuild writes strings, untagged templates and names in ASCII, but leaves two things as they were: regular
 * expression literals, where an escape matches the same, and the raw text of tagged templates (`String.raw`), where an
 * escape would change the value. `lower` is esbuild turning every template into plain strings (so a tagged template's
 * raw text becomes an escaped string literal, and regular expressions stay as they were). Escaping before and after
 * lowering agree only when every character escaped sat where its escape means the same; where they disagree the
 * bundle is left as it was, which runs the same, only slower.
 */
export function asciiBundle(code: string, lower: (code: string) => string): { code: string } | { kept: string } {
  const escaped = escapeNonAscii(code);
  if (escaped === code) return { code };
  if (lower(escaped) !== escapeNonAscii(lower(code))) return { kept: 'a character outside ASCII sits where an escape would change what the code does (a tagged template)' };
  return { code: escaped };
}
