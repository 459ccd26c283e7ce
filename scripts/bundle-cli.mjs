// Part of `npm run build`, after tsc: bundles dist/cli.js and what it imports into dist/cli.bundle.cjs, with a
// manifest of what it was made from (dist/cli.bundle.json), for the start-up in src/startup/ (see its comments).
//
// Each bundled module still finds its files where it did: `import.meta.url` in a module becomes that module's own
// address, worked out when it runs (a built module's beside the bundle in dist/, a package's wherever Node.js would
// find the package), so the workbook worker, the templates compiled ahead, yargs' messages and pdfkit's colour
// profile are read from the same files as before. `import.meta.resolve(s)` resolves `s` from that address as
// require.resolve would (only yargs' `extends` in a configuration object uses it, which boardpack never passes).
// Any other use of `import.meta` stops the bundling.
import { build, transformSync } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILE, MANIFEST_FILE, asciiBundle, manifestFor, packageDirOf } from '../dist/startup/bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');

/** Left out: canvas is a native addon, Chart.js must be the one chartjs-node-canvas loads, exceljs is seldom needed. */
const EXTERNAL = ['canvas', 'chartjs-node-canvas', 'chart.js', 'exceljs'];

// esbuild hoists a module's own top-level names into the bundle's scope: yargs' ESM shim declares `__dirname`, and
// assigns it when yargs loads. So the bundle's folder is taken first, before any module has run. The banner comes
// before esbuild's own "use strict", so it says it first: the modules are ES modules, strict throughout.
const banner = `"use strict";
const __boardpackDist = __dirname;
const __boardpackFileUrl = (() => {
  const { existsSync } = require('node:fs');
  const { join } = require('node:path');
  const { pathToFileURL } = require('node:url');
  const packageDirs = new Map();
  const packageDir = (name) => {
    if (!packageDirs.has(name)) {
      const dir = (require.resolve.paths(name) ?? []).map((base) => join(base, name)).find((d) => existsSync(join(d, 'package.json')));
      if (dir === undefined) throw new Error('boardpack: the bundle cannot find the package ' + name + ': rebuild with npm run build');
      packageDirs.set(name, dir);
    }
    return packageDirs.get(name);
  };
  return (pkg, file) => pathToFileURL(pkg === null ? join(__boardpackDist, file) : join(packageDir(pkg), file)).href;
})();
const __boardpackResolver = (url) => (specifier) => require('node:url').pathToFileURL(require('node:module').createRequire(url).resolve(specifier)).href;`;

/** `(package, file in it)` for a file under node_modules; `(null, file in dist/)` for a built module. */
function locate(path) {
  const fromRoot = relative(root, path).split(sep).join('/');
  if (fromRoot.startsWith('../')) throw new Error(`${fromRoot}: outside this tree (linked in from elsewhere), where the bundle cannot place it`);
  const pkgDir = packageDirOf(fromRoot);
  if (pkgDir === null) {
    if (!fromRoot.startsWith('dist/')) throw new Error(`${fromRoot}: neither a built module nor a package's file`);
    return [null, fromRoot.slice('dist/'.length)];
  }
  // Found at run time as Node.js finds a package from dist/, which reaches only the top-level node_modules.
  if (pkgDir.indexOf('node_modules/', 1) >= 0) throw new Error(`${fromRoot}: import.meta in a nested package, which the bundle cannot place`);
  return [pkgDir.slice('node_modules/'.length), fromRoot.slice(pkgDir.length + 1)];
}

const importMetaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      for (const name of ['__dirname', '__filename']) {
        // In the bundle these would name dist/ and the bundle, not the module's own folder and file.
        if (text.includes(name) && !new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(text)) return { errors: [{ text: `${relative(root, args.path)}: uses ${name}, which in the bundle would name the bundle's folder` }] };
      }
      if (!text.includes('import.meta')) return undefined;
      const [pkg, file] = locate(args.path);
      const url = `__boardpackFileUrl(${JSON.stringify(pkg)}, ${JSON.stringify(file)})`;
      const contents = text.replace(/\bimport\.meta\.url\b/g, url).replace(/\bimport\.meta\.resolve\b/g, `__boardpackResolver(${url})`);
      const other = /\bimport\.meta\b/.exec(contents);
      if (other !== null) return { errors: [{ text: `${relative(root, args.path)}: import.meta used otherwise than as import.meta.url or import.meta.resolve, which the bundle cannot stand for` }] };
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Packages loaded when first called, not when the bundle starts. yargs and cliui import string-width only to lay out
 * help, and it builds Unicode property patterns as it loads (about 50 ms of every command). pdfkit imports AES from
 * @noble/ciphers only to encrypt, which boardpack never asks of it, and its tables take about 15 ms of every build
 * that loads pdfkit. Each import of these becomes a module of the same exports that loads the package on the first
 * call (esbuild runs a required ES module when it is first required); the package itself is bundled as before.
 */
const DEFERRED = new Map([
  ['string-width', ['default']],
  ['@noble/ciphers/aes', ['cbc', 'ecb']],
]);

const deferred = {
  name: 'deferred-packages',
  setup(b) {
    b.onResolve({ filter: /^(string-width|@noble\/ciphers\/aes)$/ }, async (args) => {
      if (args.pluginData === 'deferred') return undefined;
      const real = await b.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, pluginData: 'deferred' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'deferred', pluginData: args.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => {
      const names = DEFERRED.get(args.pluginData);
      const load = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));\n`;
      const exports = names.map((name) => `export ${name === 'default' ? 'default function' : `function ${name}`}(...args) { return load().${name}(...args); }`);
      return { contents: load + exports.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** The bundle and its manifest; or, where this tree cannot be bundled, what stopped it. */
async function bundle() {
  try {
    const result = await build({
      entryPoints: [join(distDir, 'cli.js')],
      outfile: join(distDir, BUNDLE_FILE),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: EXTERNAL,
      banner: { js: banner },
      plugins: [deferred, importMetaUrl],
      metafile: true,
      // Without comments or layout the bundle is about a third smaller (5.1 MB), read and compiled sooner.
      minifyWhitespace: true,
      legalComments: 'none',
      charset: 'ascii',
      write: false,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    const [output] = result.outputFiles;
    const ascii = asciiBundle(output.text, (code) => transformSync(code, { supported: { 'template-literal': false }, charset: 'ascii', minifyWhitespace: true, logLevel: 'silent' }).code);
    if ('kept' in ascii) console.error(`boardpack: the bundle keeps characters outside ASCII, so it starts a little slower: ${ascii.kept}`);
    const contents = Buffer.from('code' in ascii ? ascii.code : output.text, 'utf8');
    return { path: output.path, contents, manifest: manifestFor(root, distDir, contents, Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('deferred:'))) };
  } catch (e) {
    const errors = Array.isArray(e?.errors) && e.errors.length > 0 ? e.errors.map((error) => error.text) : [e instanceof Error ? e.message : String(e)];
    return { failed: [...new Set(errors)].slice(0, 5).join('\n') };
  }
}

// No bundle is better than a build that fails: the command then starts from dist/ as built, as before the bundle
// (in a tree whose packages are linked in from outside it, for instance). An old bundle is removed first, so it
// cannot be taken for this build's.
rmSync(join(distDir, BUNDLE_FILE), { force: true });
rmSync(join(distDir, MANIFEST_FILE), { force: true });
const bundled = await bundle();
if ('failed' in bundled) {
  console.error(`boardpack: the command line is not bundled, and starts from dist/ as built:\n${bundled.failed}`);
} else {
  writeFileSync(bundled.path, bundled.contents);
  writeFileSync(join(distDir, MANIFEST_FILE), `${JSON.stringify(bundled.manifest, null, 1)}\n`);
}
