// Rewrites a parsed template before compiling: every `{{value}}` goes through our escaping helper, every call
// of one of our helpers learns its line, and unknown helpers and missing partials are found before running.
import { LINE_KEY } from './helpers/define.js';
import { TemplateError } from './template-error.js';

type AST = hbs.AST.Program;
type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

export interface RewriteOptions {
  /** Helpers registered in the environment (Handlebars' own and ours). */
  helpers: ReadonlySet<string>;
  /** Our helpers: they are given the line of each call. */
  ownHelpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
  /** The helper every output expression is passed through (Markdown or plain-text escaping). */
  escapeHelper: string;
}

export interface RewriteResult {
  program: AST;
  /** Unknown helpers, missing partials and unsupported syntax, each with its line in the compiled text. */
  problems: TemplateError[];
}

const isPath = (e: Node): e is hbs.AST.PathExpression => e.type === 'PathExpression';

/** `name` as a plain helper name: not `this.x`, `../x`, `@index` or `a.b`. */
function simpleName(path: Node): string | null {
  if (!isPath(path) || path.data || path.depth > 0 || path.parts.length !== 1) return null;
  return path.original === path.parts[0] ? path.parts[0] ?? null : null;
}

/**
 * Marks the end of a partial written on a line of its own. Handlebars drops that line's newline and relies on
 * the partial's file ending with one; many do not, and the next line would run on. After rendering, the mark
 * becomes a newline unless the output is already at the start of a line (`endPartialLines`).
 */
export const PARTIAL_LINE_END = '\u0000';

export function endPartialLines(rendered: string): string {
  return rendered.replace(/\n?\u0000+/g, '\n');
}

function lineEnd(node: Node): hbs.AST.ContentStatement {
  return { type: 'ContentStatement', value: PARTIAL_LINE_END, original: PARTIAL_LINE_END, loc: node.loc } as unknown as hbs.AST.ContentStatement;
}

/** Whether statement `i` stands on a line of its own, by the raw text around it (as Handlebars decides). */
function standsAlone(body: hbs.AST.Statement[], i: number, isRoot: boolean): boolean {
  const raw = (s: hbs.AST.Statement | undefined): string | null =>
    s?.type === 'ContentStatement' ? String((s as hbs.AST.ContentStatement & { original: unknown }).original) : null;
  const before = body[i - 1];
  const after = body[i + 1];
  const prev = raw(before);
  const next = raw(after);
  const prevOk = before === undefined ? isRoot : prev !== null && (/\n[ \t]*$/.test(prev) || (isRoot && i === 1 && /^[ \t]*$/.test(prev)));
  const nextOk = after === undefined ? isRoot : next !== null && (/^[ \t]*\r?\n/.test(next) || (isRoot && i + 2 === body.length && /^[ \t]*$/.test(next)));
  return prevOk && nextOk;
}

export function rewriteTemplate(program: AST, options: RewriteOptions): RewriteResult {
  const problems: TemplateError[] = [];
  const line = (node: Node): number | null => node.loc?.start.line ?? null;

  const lineHash = (hash: hbs.AST.Hash | undefined, node: Node): hbs.AST.Hash => {
    const value = { type: 'NumberLiteral', value: line(node) ?? 0, original: line(node) ?? 0, loc: node.loc } as hbs.AST.NumberLiteral;
    const pair = { type: 'HashPair', key: LINE_KEY, value, loc: node.loc } as hbs.AST.HashPair;
    return { type: 'Hash', pairs: [...(hash?.pairs ?? []), pair], loc: hash?.loc ?? node.loc } as hbs.AST.Hash;
  };

  /** A helper call's hash: with our line key for our helpers; unknown helpers reported. */
  const callHash = (path: Node, hash: hbs.AST.Hash | undefined, node: Node): hbs.AST.Hash | undefined => {
    const name = simpleName(path);
    if (name !== null && options.ownHelpers.has(name)) return lineHash(expressionHash(hash), node);
    if (name !== null && !options.helpers.has(name)) {
      problems.push(new TemplateError(`unknown helper "${name}"`, line(node)));
    }
    return expressionHash(hash);
  };

  const expressionHash = (hash: hbs.AST.Hash | undefined): hbs.AST.Hash | undefined =>
    hash === undefined ? undefined : ({ ...hash, pairs: hash.pairs.map((p) => ({ ...p, value: expression(p.value) })) } as hbs.AST.Hash);

  const expression = (e: Expression): Expression => {
    // Handlebars' strict mode checks only `{{field}}` itself; arguments are made strict too, so a misspelt
    // `{{#if overdue}}` or `{{value indicatr}}` is an error rather than silently empty. `this` has no parts.
    if (isPath(e)) return e.data || e.parts.length === 0 ? e : ({ ...e, strict: true } as hbs.AST.PathExpression);
    if (e.type !== 'SubExpression') return e;
    const sub = e as hbs.AST.SubExpression;
    return { ...sub, params: sub.params.map(expression), hash: callHash(sub.path, sub.hash, sub) } as hbs.AST.SubExpression;
  };

  /** Whether `{{name ...}}` calls a helper (rather than printing a field). */
  const callsHelper = (m: hbs.AST.MustacheStatement): boolean => {
    if (m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0) return true;
    const name = simpleName(m.path);
    return name !== null && options.helpers.has(name);
  };

  const mustache = (m: hbs.AST.MustacheStatement): hbs.AST.MustacheStatement => {
    // Triple braces `{{{x}}}` are escaped too: there is no way to put data into the Markdown unescaped.
    const value: Expression = callsHelper(m)
      ? ({
          type: 'SubExpression',
          path: m.path,
          params: m.params.map(expression),
          hash: callHash(m.path, m.hash, m),
          loc: m.loc,
        } as hbs.AST.SubExpression)
      : expression(m.path as Expression);
    const escapePath = { type: 'PathExpression', data: false, depth: 0, parts: [options.escapeHelper], original: options.escapeHelper, loc: m.loc } as hbs.AST.PathExpression;
    return { ...m, path: escapePath, params: [value], hash: lineHash(undefined, m), escaped: false } as hbs.AST.MustacheStatement;
  };

  const partialName = (name: Node): void => {
    const literal = isPath(name) ? name.original : name.type === 'StringLiteral' ? (name as hbs.AST.StringLiteral).value : null;
    if (literal !== null && literal !== '@partial-block' && !options.partials.has(literal)) {
      problems.push(new TemplateError(`partial "${literal}" not found (looked for partials/${literal}.md.hbs)`, line(name)));
    }
  };

  const statement = (s: hbs.AST.Statement): hbs.AST.Statement => {
    switch (s.type) {
      case 'MustacheStatement':
        return mustache(s as hbs.AST.MustacheStatement);
      case 'BlockStatement': {
        const b = s as hbs.AST.BlockStatement;
        const hasCall = b.params.length > 0 || (b.hash?.pairs.length ?? 0) > 0;
        const name = simpleName(b.path);
        // `{{#field}}...{{/field}}` without arguments is a section over a field, not a helper call.
        const hash = hasCall || (name !== null && options.helpers.has(name)) ? callHash(b.path, b.hash, b) : b.hash;
        return {
          ...b,
          params: b.params.map(expression),
          hash,
          program: b.program === undefined ? b.program : programOf(b.program),
          inverse: b.inverse === undefined ? b.inverse : programOf(b.inverse),
        } as hbs.AST.BlockStatement;
      }
      case 'PartialStatement': {
        const p = s as hbs.AST.PartialStatement;
        partialName(p.name);
        return { ...p, params: p.params.map(expression), hash: expressionHash(p.hash) } as hbs.AST.PartialStatement;
      }
      case 'PartialBlockStatement': {
        const p = s as hbs.AST.PartialBlockStatement;
        partialName(p.name);
        return { ...p, params: p.params.map(expression), hash: expressionHash(p.hash), program: programOf(p.program) } as hbs.AST.PartialBlockStatement;
      }
      case 'Decorator':
      case 'DecoratorBlock':
        problems.push(new TemplateError('decorators ({{* ...}}) are not supported in boardpack templates', line(s)));
        return s;
      default:
        return s;
    }
  };

  const programOf = (p: AST, isRoot = false): AST => {
    const body: hbs.AST.Statement[] = [];
    p.body.forEach((s, i) => {
      body.push(statement(s));
      if (s.type === 'PartialStatement' && standsAlone(p.body, i, isRoot)) body.push(lineEnd(s));
    });
    return { ...p, body } as AST;
  };

  return { program: programOf(program, true), problems };
}
