// The command line's bundle and its manifest (src/startup/bundle.ts): a bundle stands for the built modules only while
// every module and package it was made from is unchanged.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, MANIFEST_FILE, asciiBundle, currentBundle, escapeNonAscii, manifestFor, packageDirOf, packagePathOf } from '../../src/startup/bundle.js';

describe('packageDirOf', () => {
  it.each([
    ['node_modules/yargs/lib/platform-shims/esm.mjs', 'node_modules/yargs'],
    ['node_modules/@noble/hashes/esm/sha2.js', 'node_modules/@noble/hashes'],
    ['node_modules/cliui/node_modules/wrap-ansi/index.js', 'node_modules/cliui/node_modules/wrap-ansi'],
    ['node_modules/a/node_modules/@scope/b/x.js', 'node_modules/a/node_modules/@scope/b'],
    ['dist/cli.js', null],
    ['node_modules', null],
  ])('%s → %s', (input, dir) => {
    expect(packageDirOf(input)).toBe(dir);
  });
});

describe('packagePathOf', () => {
  it.each([
    ['node_modules/yargs', ['yargs']],
    ['node_modules/@noble/hashes', ['@noble/hashes']],
    ['node_modules/cliui/node_modules/wrap-ansi', ['cliui', 'wrap-ansi']],
    ['node_modules/a/node_modules/@scope/b', ['a', '@scope/b']],
  ])('%s → %j', (dir, path) => {
    expect(packagePathOf(dir)).toEqual(path);
  });
});

describe('currentBundle', () => {
  let root: string;
  let dist: string;
  const write = (path: string, text: string): void => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  /** A package root with two built modules, one package, a bundle and its manifest. */
  const make = (): void => {
    write(join(dist, 'cli.js'), 'export const main = 1;');
    write(join(dist, 'read/index.js'), 'export const read = 2;');
    write(join(root, 'node_modules/yaml/package.json'), JSON.stringify({ name: 'yaml', version: '2.9.1' }));
    write(join(root, 'node_modules/yaml/index.js'), '');
    const bundle = Buffer.from('"use strict";\nmodule.exports = {};\n');
    writeFileSync(join(dist, BUNDLE_FILE), bundle);
    const manifest = manifestFor(root, dist, bundle, ['dist/read/index.js', 'dist/cli.js', 'node_modules/yaml/index.js', '<runtime>']);
    writeFileSync(join(dist, MANIFEST_FILE), JSON.stringify(manifest));
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'boardpack-bundle-'));
    dist = join(root, 'dist');
    make();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stands for the modules it was made from', () => {
    const bundle = currentBundle(dist);
    expect(bundle).toMatchObject({ manifest: { modules: ['cli.js', 'read/index.js'], packages: [{ path: ['yaml'], version: '2.9.1' }] } });
    expect('manifest' in bundle && bundle.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a built module edited since', () => writeFileSync(join(dist, 'read/index.js'), 'export const read = 3;'), 'the built modules have changed since the bundle was made'],
    ['a built module removed', () => rmSync(join(dist, 'cli.js')), 'a bundled module is missing'],
    ['a package installed at another version', () => writeFileSync(join(root, 'node_modules/yaml/package.json'), '{"version":"2.9.2"}'), 'yaml is not the version bundled (2.9.1)'],
    ['a package removed', () => rmSync(join(root, 'node_modules/yaml'), { recursive: true }), 'yaml is not the version bundled (2.9.1)'],
    ['another bundle', () => writeFileSync(join(dist, BUNDLE_FILE), '"use strict";'), 'the bundle is not the one its manifest describes'],
    ['no bundle', () => rmSync(join(dist, BUNDLE_FILE)), 'no bundle'],
    ['no manifest', () => rmSync(join(dist, MANIFEST_FILE)), 'no bundle manifest'],
    ['a damaged manifest', () => writeFileSync(join(dist, MANIFEST_FILE), '{"size":'), 'no bundle manifest'],
  ])('does not stand for them with %s', (_, change, reason) => {
    change();
    expect(currentBundle(dist)).toEqual({ stale: reason });
  });

  it('stands for them installed in a project, its packages beside it as npm hoists them', () => {
    const project = join(root, 'project');
    const installed = join(project, 'node_modules', 'boardpack');
    mkdirSync(installed, { recursive: true });
    renameSync(dist, join(installed, 'dist'));
    renameSync(join(root, 'node_modules'), join(project, 'node_modules', 'x'));
    renameSync(join(project, 'node_modules', 'x', 'yaml'), join(project, 'node_modules', 'yaml'));
    expect(currentBundle(join(installed, 'dist'))).toHaveProperty('manifest');
    // A copy of its own, nested under boardpack, is the one Node.js finds first.
    write(join(installed, 'node_modules/yaml/package.json'), '{"version":"1.0.0"}');
    expect(currentBundle(join(installed, 'dist'))).toEqual({ stale: 'yaml is not the version bundled (2.9.1)' });
  });

  it('is refused a package that gives no version', () => {
    writeFileSync(join(root, 'node_modules/yaml/package.json'), '{}');
    expect(() => manifestFor(root, dist, Buffer.from(''), ['node_modules/yaml/index.js'])).toThrow('node_modules/yaml/package.json gives no version');
  });
});

/** A regular expression literal's value, as the code would make it. */
const literal = (code: string): RegExp => new Function(`return ${code};`)() as RegExp;
const isAscii = (code: string): boolean => /^[\u0000-\u007f]*$/.test(code);
/** What scripts/bundle-cli.mjs passes asciiBundle: esbuild turning templates into plain strings. */
const lower = (code: string): string => transformSync(code, { supported: { 'template-literal': false }, charset: 'ascii', minifyWhitespace: true, logLevel: 'silent' }).code;

describe('escapeNonAscii', () => {
  it.each([
    ['ASCII is left as it is', String.raw`/[a-z]\d+/g`, String.raw`/[a-z]\d+/g`],
    ['a character in a regular expression', '/a–b/', String.raw`/a\u2013b/`],
    ['a range in a class', '/[ｧ-ｯｰ]/u', String.raw`/[\uff67-\uff6f\uff70]/u`],
    ['an identity escape loses its backslash', '/[/\\–]/', String.raw`/[/\u2013]/`],
    ['an escaped backslash before it is kept', '/\\\\–/', String.raw`/\\\u2013/`],
    ['an astral character as its surrogate pair', '/😀/u', String.raw`/\ud83d\ude00/u`],
  ])('%s', (_, code, expected) => {
    expect(escapeNonAscii(code)).toBe(expected);
  });

  it.each([
    ['/[-*•]\\s/', ['• item', '- item', 'x item']],
    ['/\\s[-–—]\\s/', ['a – b', 'a — b', 'a - b', 'a b']],
    ['/[ｧ-ｯｰ]/u', ['ｧ', 'ｰ', 'ｱ', 'a']],
    ['/\\–/', ['–', '\\–', '-']],
    ['/😀+/u', ['😀😀', '😁', '\ud83d']],
    ['/^[😀]$/', ['😀', '\ud83d', '\ude00']],
    ['/gothic|ゴシック|黑/i', ['MS ゴシック', 'Gothic', 'ゴ']],
  ])('makes %s match exactly what it matched', (code, texts) => {
    const before = literal(code);
    const after = literal(escapeNonAscii(code));
    expect(isAscii(escapeNonAscii(code))).toBe(true);
    for (const text of texts) expect(after.exec(text)?.[0], text).toBe(before.exec(text)?.[0]);
  });

  it('makes any run of characters in a regular expression match exactly what it matched (property)', () => {
    const char = fc.oneof(fc.constantFrom('a', 'Z', '0', ' ', '–', 'é', 'ゴ', '😀', '\ud83d', '\\–', '\\é'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !/[\\/[\](){}*+?.^$|\n\r\u2028\u2029]/.test(c)));
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 8 }), fc.constantFrom('', 'i', 'u'), (chars, flags) => {
        const code = `/${chars.join('')}/${flags}`;
        let before: RegExp;
        try {
          before = literal(code);
        } catch {
          return; // not a regular expression in this mode (a lone surrogate or an identity escape under u)
        }
        const escaped = escapeNonAscii(code);
        expect(isAscii(escaped)).toBe(true);
        const after = literal(escaped);
        const text = chars.map((c) => (c.startsWith('\\') ? c.slice(1) : c)).join('');
        expect(after.exec(text)?.[0]).toBe(before.exec(text)?.[0]);
        expect(after.exec(`x${text}y`)?.index).toBe(before.exec(`x${text}y`)?.index);
      }),
    );
  });
});

describe('asciiBundle', () => {
  it('escapes the characters left in regular expressions, and the code does the same', () => {
    const code = 'var NUMBER=/^([+\\-−]?)(\\d+)$/;var BULLET=/^[-*•]\\s+/;module.exports=[NUMBER.exec("−12")[1],BULLET.test("• a"),"–".length];';
    const made = asciiBundle(code, lower);
    expect('code' in made && isAscii(made.code)).toBe(true);
    const run = (source: string): unknown => {
      const module = { exports: null as unknown };
      new Function('module', source)(module);
      return module.exports;
    };
    expect(run('code' in made ? made.code : '')).toEqual(run(code));
  });

  it('leaves a bundle whose tagged template holds a character outside ASCII as it was: an escape would change its raw text', () => {
    const code = 'var DASH=String.raw`[\\-–]`;var RE=/–/;';
    expect(asciiBundle(code, lower)).toEqual({ kept: expect.stringContaining('tagged template') });
  });

  it('gives an ASCII bundle back unchanged', () => {
    expect(asciiBundle('var a="\\u2013";', lower)).toEqual({ code: 'var a="\\u2013";' });
  });
});
