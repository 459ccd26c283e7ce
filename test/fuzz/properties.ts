// What must hold for every hostile input: no throw, no JavaScript words, placed errors, documented exit codes, whole papers.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import { buildCommand } from '../../src/commands/build.js';
import { validateCommand } from '../../src/commands/validate.js';
import { ExitCode } from '../../src/diagnostics.js';
import type { FuzzCase } from './generators.js';

/** Words that only a JavaScript error or stack trace would print. */
const JAVASCRIPT_WORDS = [
  'Cannot read properties',
  'Cannot set properties',
  'TypeError',
  'ReferenceError',
  'RangeError',
  'SyntaxError',
  'undefined is not',
  'is not a function',
  'is not iterable',
  'at Object.',
  '    at ',
  '[object Object]',
  'Maximum call stack',
];

/** Exit codes a command may end with on bad input: every documented one except those that mean a bug, a hold or a signal. */
export const ALLOWED_EXIT_CODES: ReadonlySet<number> = new Set(
  Object.entries(ExitCode)
    .filter(([name]) => !/render|internal|bug|held|hold|signal|interrupt|term/i.test(name))
    .map(([, code]) => code),
);

/** How long one command may take on one case before it counts as a hang. */
const HANG_MS = 180_000; // generous: the shared 2-core machine can be ten times slower than idle

export interface Captured {
  code: number | 'threw' | 'hung';
  text: string;
  /** What a command threw (a bug: commands return diagnostics), with its stack. */
  thrown?: string;
}

async function capture(command: (io: { out(t: string): void; err(t: string): void }) => Promise<number>): Promise<Captured> {
  const lines: string[] = [];
  // A Node process warning (a library's own words) reaches the user's terminal outside the diagnostics.
  const warned = (w: Error): void => void lines.push(`(node process warning) ${w.name}: ${w.message.split('\n')[0]}`);
  process.on('warning', warned);
  const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hung'>((done) => (timer = setTimeout(() => done('hung'), HANG_MS)));
  let code: Captured['code'];
  let thrown: string | undefined;
  try {
    code = await Promise.race([command(io), hang]);
  } catch (e) {
    code = 'threw';
    thrown = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  clearTimeout(timer);
  // Warnings are emitted on a later tick: let them land before the listener goes.
  await new Promise((done) => setImmediate(done));
  process.off('warning', warned);
  return thrown === undefined ? { code, text: lines.join('\n') } : { code, text: lines.join('\n'), thrown };
}

/** The problems with what a command printed and returned; empty when all is well. */
export function outputProblems(fuzzCase: FuzzCase, dir: string, run: Captured, command: string): string[] {
  const problems: string[] = [];
  if (run.code === 'threw') problems.push(`${command} threw: ${(run.thrown ?? '').split('\n').slice(0, 6).join(' | ')}`);
  else if (run.code === 'hung') problems.push(`${command} did not finish in ${HANG_MS / 1000} s`);
  else if (!ALLOWED_EXIT_CODES.has(run.code)) problems.push(`${command} exited ${run.code}, not one of ${[...ALLOWED_EXIT_CODES].join(', ')}`);
  for (const word of JAVASCRIPT_WORDS) {
    const line = run.text.split('\n').find((l) => l.includes(word));
    if (line !== undefined) problems.push(`${command} printed JavaScript words ("${word}"): ${line.slice(0, 300)}`);
  }
  for (const line of run.text.split('\n')) {
    if (line.startsWith('(node process warning)')) problems.push(`${command} let a Node process warning reach the terminal: ${line.slice(0, 300)}`);
    if (line.startsWith('error: ') && !namesAPlace(fuzzCase, dir, line)) problems.push(`${command} printed an error that names no place: ${line.slice(0, 300)}`);
  }
  return problems;
}

/** `error: Values!C14: ...`, `error: Values: ...`, `error: /tmp/x/scorecard.csv:3: ...`, `error: /tmp/x/boardpack.config.yaml: ...` */
function namesAPlace(fuzzCase: FuzzCase, dir: string, line: string): boolean {
  const rest = line.slice('error: '.length);
  if (fuzzCase.files.some((f) => rest.startsWith(`${join(dir, f.name)}`))) return true;
  // A template's file and line (`/…/templates/partials/x.md.hbs:3: unknown helper`), or any other file by its path.
  if (/^(\/|[A-Za-z]:\\)[^:]+?\.[A-Za-z]+(:\d+)?: /.test(rest)) return true;
  if (/^[^:]*?![A-Z]{1,3}\d+/.test(rest)) return true;
  return fuzzCase.sheets.some((sheet) => rest.startsWith(`${sheet}: `) || rest.startsWith(`${sheet}!`));
}

export function writeCase(fuzzCase: FuzzCase, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const file of fuzzCase.files) writeFileSync(join(dir, file.name), file.bytes);
}

/** validate never throws, prints no JavaScript, places every error and ends with a documented exit code. */
export interface Checked {
  code: Captured['code'];
  problems: string[];
}

export async function checkValidate(fuzzCase: FuzzCase, dir: string): Promise<Checked> {
  const run = await capture((io) => validateCommand({ data: join(dir, fuzzCase.data), config: fuzzCase.config === undefined ? undefined : join(dir, fuzzCase.config) }, io));
  const problems = outputProblems(fuzzCase, dir, run, 'validate');
  const quoteLine = fuzzCase.unterminatedQuoteLine;
  const configRefused = fuzzCase.config !== undefined && run.code === ExitCode.usage;
  if (quoteLine !== undefined && !configRefused) {
    // The quote swallows the rest of the file: an error at its line, never a warning and a short set of papers.
    const place = `${join(dir, fuzzCase.data)}:${quoteLine}: `;
    if (run.code !== ExitCode.invalidInput) problems.push(`validate exited ${run.code} for an unterminated quote at line ${quoteLine}, not ${ExitCode.invalidInput}`);
    if (!run.text.split('\n').some((l) => l.startsWith(`error: ${place}`))) problems.push(`validate gave no error at line ${quoteLine}, where a quote opens and never closes: ${run.text.split('\n')[0]?.slice(0, 200) ?? ''}`);
  }
  return { code: run.code, problems };
}

/** Every file under a folder, as its relative path and a digest of its bytes (links recorded as links). */
function snapshot(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) {
        found.set(`${relative(root, path)}/`, 'folder');
        walk(path);
      } else found.set(relative(root, path), stat.isSymbolicLink() ? 'link' : createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  if (existsSync(root)) walk(root);
  return found;
}

const PREVIOUS_PAPER = '%PDF-1.7\n% a paper from an earlier build\n%%EOF\n';

/** The text of a DOCX's body, each paragraph's runs joined, entities decoded. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const decode = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n');
}

async function incompletePaper(path: string, format: 'pdf' | 'docx'): Promise<string | null> {
  const bytes = readFileSync(path);
  if (format === 'pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'does not start %PDF-';
    if (!bytes.subarray(-64).toString('latin1').includes('%%EOF')) return 'does not end %%EOF';
    return null;
  }
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file('word/document.xml') === null ? 'has no word/document.xml' : null;
  } catch {
    return 'is not a whole zip';
  }
}

/**
 * build --format pdf|docx into an output folder that already holds an earlier paper: exit 0 leaves only whole
 * papers (no temporary files) and writes nothing outside the folder; any other exit leaves every folder as it was.
 */
export async function checkBuild(fuzzCase: FuzzCase, dir: string, format: 'pdf' | 'docx', outExists: boolean): Promise<Checked> {
  writeCase(fuzzCase, dir);
  const out = join(dir, 'out');
  if (outExists) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'cabinet-paper-2016-17-Q3.pdf'), PREVIOUS_PAPER);
  }
  const before = snapshot(dir);
  // Two levels above the case too: a `../` that escaped the output folder would land there.
  const above = [dirname(dir), dirname(dirname(dir))];
  const aroundBefore = above.map((folder) => new Set(readdirSync(folder)));
  const run = await capture((io) =>
    buildCommand(
      {
        data: join(dir, fuzzCase.data),
        config: fuzzCase.config === undefined ? undefined : join(dir, fuzzCase.config),
        paper: 'all',
        format,
        out,
        date: '2017-01-12',
      },
      io,
    ),
  );
  const command = `build --format ${format}`;
  const problems = outputProblems(fuzzCase, dir, run, command);
  const after = snapshot(dir);
  const inOut = (path: string): boolean => path === 'out/' || path.startsWith(`out${sep}`) || path.startsWith('out/');
  for (const [path, digest] of after) if (!inOut(path) && before.get(path) !== digest) problems.push(`${command} wrote outside the output folder: ${path}`);
  for (const path of before.keys()) if (!after.has(path)) problems.push(`${command} removed ${path}`);
  above.forEach((folder, i) => {
    for (const name of readdirSync(folder)) if (!aroundBefore[i]!.has(name)) problems.push(`${command} wrote outside the output folder: ${join(folder, name)}`);
  });
  if (run.code !== ExitCode.ok) {
    for (const [path, digest] of after) if (inOut(path) && before.get(path) !== digest && !(path === 'out/' && !outExists)) problems.push(`${command} exited ${run.code} but changed the output folder: ${path}`);
    if (!outExists && [...after.keys()].some((p) => inOut(p) && p !== 'out/')) problems.push(`${command} exited ${run.code} but left files in a new output folder`);
    return { code: run.code, problems };
  }
  for (const [path, digest] of after) {
    if (!inOut(path) || path.endsWith('/') || before.get(path) === digest) continue;
    const name = path.split(/[\\/]/).pop()!;
    if (name.startsWith('.') || name.endsWith('.tmp')) problems.push(`${command} left a temporary file: ${path}`);
    else if (!name.endsWith(`.${format}`)) problems.push(`${command} wrote a file that is not a ${format} paper: ${path}`);
    else {
      const incomplete = await incompletePaper(join(dir, path), format);
      if (incomplete !== null) problems.push(`${command} exited 0 but ${path} ${incomplete}`);
    }
  }
  if (format === 'docx' && fuzzCase.literals.length > 0) {
    // Injected text in a title reaches the papers as the officer typed it: no Markdown, HTML or Handlebars acted on.
    const papers = [...after.keys()].filter((p) => inOut(p) && p.endsWith('.docx') && before.get(p) !== after.get(p));
    const texts = (await Promise.all(papers.map((p) => docxText(join(dir, p))))).join('\n');
    for (const marker of fuzzCase.literals) if (papers.length > 0 && !texts.includes(marker)) problems.push(`${command}: the title text ${JSON.stringify(marker)} is not printed literally in any paper`);
  }
  for (const line of run.text.split('\n')) {
    const wrote = /^wrote (.+)$/.exec(line);
    if (wrote !== null && !resolve(wrote[1]!).startsWith(resolve(out) + sep)) problems.push(`${command} says it wrote outside the output folder: ${wrote[1]}`);
  }
  return { code: run.code, problems };
}
