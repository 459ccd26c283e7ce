// Markdown text → a tree of markdown-it tokens (CommonMark with GitHub tables); the only place that calls the parser.
// It is set up to read the papers' Markdown as micromark (the parser before it) did: escapes stay apart from text,
// inline elements note the Markdown they were read from, and tables, link reference definitions and lists keep to
// GitHub's and CommonMark's readings where markdown-it's own differ.
import MarkdownIt, { type Ruler, type StateBlock, type StateInline, type Token } from 'markdown-it';

type InlineRule = (state: StateInline, silent: boolean) => boolean;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * One block or inline element: an `_open`/`_close` pair of tokens with what lies between, or a single token. Text,
 * backslash escapes, entities and soft line breaks next to each other make one `text` node.
 */
export interface MdNode {
  /** The token's type without `_open`: `paragraph`, `heading`, `bullet_list`, `td`, `strong`, `link`, `text`, … */
  type: string;
  /** The (opening) token: tag, attributes, line map. */
  token: Token;
  children: MdNode[];
  /** Text as read: a text node's words (escapes undone, soft breaks as `\n`); the content of code or HTML. */
  value: string;
  /**
   * As written, escapes and all: a text node's Markdown, or the inline Markdown of a paragraph, heading or table
   * cell. Markers are recognised here, so escaped data never matches.
   */
  source: string;
  /** The block quotes and list items it sits in, outermost first. */
  containers: readonly MdNode[];
}

/** One of markdown-it's own rules, taken from an instance with only that rule on. */
function builtInRule<Rule>(ruler: (md: MarkdownIt) => Ruler<Rule>, name: string): Rule {
  const only = ruler(new MarkdownIt('commonmark'));
  only.enableOnly([name]);
  const [rule] = only.getRules('');
  if (rule === undefined) throw new Error(`markdown-it has no rule ${name}`);
  return rule;
}

/**
 * One of markdown-it's inline rules, made to note on the token it makes the Markdown it read (`meta.source`, quoted in
 * warnings: markdown-it records the lines of blocks, not where inline elements are) and whether a link or image was
 * written by reference, `[text][ref]` or `[text]`, so ending in `]` rather than `)` (`meta.reference`: of such a link
 * the papers have always kept only the text).
 */
function noting(name: string): InlineRule {
  const rule = builtInRule((md) => md.inline.ruler, name);
  return (state, silent) => {
    const start = state.pos;
    const from = state.tokens.length;
    if (!rule(state, silent)) return false;
    // The element's token, after any text left pending before it.
    const element = silent ? undefined : state.tokens.slice(from).find((t) => t.type !== 'text');
    if (element !== undefined) {
      const source = state.src.slice(start, state.pos);
      element.meta = { source, reference: (name === 'link' || name === 'image') && source.endsWith(']') };
    }
    return true;
  };
}

/** A table row's cells as written: split at each pipe no backslash escapes, trimmed of spaces and tabs. */
function rowCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row.charAt(i);
    if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\\') {
      // A backslash keeps the next character, a pipe too, in the cell as written; the inline parser reads the escape.
      cell += row.slice(i, i + 2);
      i++;
    } else cell += ch;
  }
  cells.push(cell);
  const trimmed = cells.map((c) => c.replace(/^[ \t]+|[ \t]+$/g, ''));
  // The empty cells outside a row's first and last pipes.
  if (trimmed[0] === '') trimmed.shift();
  if (trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/**
 * markdown-it's table rule, made to read tables as before: a line of dashes under a line underlines a heading (it is
 * not the delimiter row of a one-column table), and cells are split at every pipe no backslash escapes (`\\|` ends a
 * cell) and trimmed of spaces and tabs only (markdown-it's JavaScript trim would take a no-break space from data).
 */
function gfmTable(rule: BlockRule): BlockRule {
  const line = (state: StateBlock, n: number): string => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]);
  return (state, startLine, endLine, silent) => {
    if (!rule(state, startLine, endLine, true) || /^-+[ \t]*$/.test(line(state, startLine + 1))) return false;
    if (silent) return true;
    const from = state.tokens.length;
    rule(state, startLine, endLine, false);
    // Each row (`tr_open`) is followed by one `inline` token per column.
    let cells: string[] = [];
    for (const token of state.tokens.slice(from)) {
      if (token.type === 'tr_open') cells = rowCells(line(state, token.map![0]));
      else if (token.type === 'inline') token.content = cells.shift() ?? '';
    }
    return true;
  };
}

/** A link reference definition, `[ref]: url`, leaves a `definition` token: a block, if an empty one (a table marker before it warns). */
function keepingDefinitions(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (!rule(state, startLine, endLine, silent)) return false;
    if (!silent) state.push('definition', '', 0).map = [startLine, state.line];
    return true;
  };
}

const md = new MarkdownIt('commonmark')
  .enable(['table', 'strikethrough'])
  // Escapes and entities stay `text_special` tokens, so the converter can tell `\{rag:red}` from `{rag:red}`.
  .disable('text_join');
for (const name of ['link', 'image', 'autolink', 'backticks', 'html_inline']) md.inline.ruler.at(name, noting(name));
md.block.ruler.at('table', gfmTable(builtInRule((m) => m.block.ruler, 'table')), { alt: ['paragraph', 'reference'] });
md.block.ruler.at('reference', keepingDefinitions(builtInRule((m) => m.block.ruler, 'reference')));
// URLs as written: the converter decides which links are safe (markdown-it would leave a `javascript:` link's
// brackets as text, and percent-encode the rest).
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (url) => url;

const TEXT = new Set(['text', 'text_special', 'softbreak']);

/** A node for a token: an opening token's type without its `_open`. */
function node(token: Token, containers: readonly MdNode[], type = token.nesting === 1 ? token.type.slice(0, -'_open'.length) : token.type): MdNode {
  return { type, token, children: [], value: '', source: '', containers };
}

/** A list straight after a list with the same marker: one list in CommonMark, whatever blank lines lie between. */
function continuesList(previous: MdNode | undefined, token: Token): boolean {
  const list = token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
  return list && previous?.token.type === token.type && previous.token.markup === token.markup;
}

/** Nests a flat token stream by its `_open`/`_close` pairs; an `inline` token's children go straight into its block. */
function build(tokens: readonly Token[], into: MdNode[], parent: MdNode | null, containers: readonly MdNode[]): void {
  const stack = [{ children: into, node: parent, containers }];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      if (top.node !== null) top.node.source = token.content;
      build(token.children ?? [], top.children, top.node, top.containers);
    } else if (TEXT.has(token.type)) {
      const last = top.children[top.children.length - 1];
      const text = last?.type === 'text' ? last : node(token, top.containers, 'text');
      if (text !== last) top.children.push(text);
      text.value += token.type === 'softbreak' ? '\n' : token.content;
      text.source += token.type === 'softbreak' ? '\n' : token.type === 'text_special' ? token.markup : token.content;
    } else if (continuesList(top.children[top.children.length - 1], token)) {
      // markdown-it ends a list at the second blank line after an empty item; in CommonMark it goes on.
      const list = top.children[top.children.length - 1]!;
      list.token.map = [list.token.map![0], token.map![1]];
      stack.push({ children: list.children, node: list, containers: top.containers });
    } else {
      const element = node(token, top.containers);
      if (token.type === 'code_inline' || token.type === 'html_inline' || token.type === 'html_block') element.value = token.content;
      // Code blocks end in a line ending that is not part of their text.
      else if (token.type === 'code_block' || token.type === 'fence') element.value = token.content.replace(/\n$/, '');
      top.children.push(element);
      const container = element.type === 'blockquote' || element.type === 'list_item';
      const within = container ? [...top.containers, element] : top.containers;
      if (token.nesting === 1) stack.push({ children: element.children, node: element, containers: within });
    }
  }
}

export function parseMarkdown(markdown: string): MdNode[] {
  const blocks: MdNode[] = [];
  build(md.parse(markdown, {}), blocks, null, []);
  return blocks;
}

/** An inline element's Markdown: as noted by its rule, or rebuilt from its markers and content. */
function inlineSource(node: MdNode): string {
  if (node.type === 'text') return node.source;
  const noted: unknown = node.token.meta?.source;
  if (typeof noted === 'string') return noted;
  return `${node.token.markup}${node.children.map(inlineSource).join('')}${node.token.markup}`;
}

/**
 * The Markdown a node was written as, for a warning: a block's lines (less the markers of the block quotes and list
 * items it sits in, at the start of its first line), or an inline element's Markdown.
 */
export function sourceOf(node: MdNode, lines: readonly string[]): string {
  const map = node.token.map;
  if (map === null) return inlineSource(node);
  const [first = '', ...rest] = lines.slice(map[0], map[1]);
  let start = first;
  for (const container of node.containers) {
    if (container.type === 'blockquote') start = start.replace(/^[ \t]*> ?/, '');
    else if (container.token.map?.[0] === map[0]) start = start.replace(/^[ \t]*(?:[-+*]|\d{1,9}[.)])/, '');
  }
  return [start, ...rest].join('\n');
}
