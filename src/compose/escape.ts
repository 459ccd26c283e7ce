// Escaping: the one step every value from data passes through on its way into a template's Markdown.
import { stripIllegalXmlChars } from '../model/text.js';

/**
 * Markdown a helper built on purpose (a table, a chart placeholder, commentary with its bullets). Template
 * output passes it through unescaped; every other value is escaped. The counterpart of Handlebars' SafeString.
 */
export class MarkdownString {
  readonly markdown: string;
  constructor(markdown: string) {
    this.markdown = markdown;
  }
  toString(): string {
    return this.markdown;
  }
}

export function isMarkdownString(value: unknown): value is MarkdownString {
  return value instanceof MarkdownString;
}

/**
 * Every ASCII punctuation character that can start or close Markdown/GFM structure: emphasis, code, links,
 * images, HTML and comments, entities (`&amp;` would otherwise become `&`), tables, strikethrough, headings,
 * block quotes, and `{`/`}` so data can never spell our own `{rag:red}` cell marker. CommonMark lets a
 * backslash escape any ASCII punctuation, so over-escaping is harmless.
 */
const INLINE_SPECIAL = /[\\`*_[\]{}<>()#+!|~&]/g;

/** A value that starts like a list item, heading underline or numbered line: `1.` `2)` `-` `+` `=` `.`. */
const LEADING_MARKER = /^( ?\d*)([.)\-+=])/;

/**
 * Escapes a value so it reads literally wherever it lands in a line of Markdown: a heading, a paragraph, a
 * list item or a table cell. Line breaks and runs of whitespace become one space, because a newline from data
 * could end a table row, start a list item or turn the line above into a heading; officers' own paragraphs
 * and bullets go through `escapeCommentary` instead.
 */
export function escapeMarkdown(value: string): string {
  const oneLine = stripIllegalXmlChars(value.replace(/\r\n?/g, '\n')).replace(/[ \t\n]+/g, ' ');
  const escaped = oneLine.replace(INLINE_SPECIAL, '\\$&');
  // A leading marker only matters at the start of a line, but a value cannot know where it lands.
  return escaped.replace(LEADING_MARKER, '$1\\$2');
}

const BULLET = /^[ \t]*[-*•][ \t]+/;

/**
 * Officers' commentary, kept as written: blank lines separate paragraphs, lines starting `- ` (or `* `, `•`)
 * are bullets, other line breaks inside a paragraph are kept as line breaks. Everything inline is escaped, so
 * `# `, `1.`, `>` or `|` in the text stay words.
 */
export function escapeCommentary(text: string): MarkdownString {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join('\\\n'));
    paragraph = [];
  };
  const flushBullets = (): void => {
    if (bullets.length > 0) blocks.push(bullets.join('\n'));
    bullets = [];
  };
  for (const line of stripIllegalXmlChars(text.replace(/\r\n?/g, '\n')).split('\n')) {
    if (line.trim() === '') {
      flushParagraph();
      flushBullets();
    } else if (BULLET.test(line)) {
      flushParagraph();
      bullets.push(`- ${escapeMarkdown(line.replace(BULLET, ''))}`);
    } else {
      flushBullets();
      paragraph.push(escapeMarkdown(line.trim()));
    }
  }
  flushParagraph();
  flushBullets();
  // Blank lines around the whole so the commentary never runs into the template's text on either side.
  return new MarkdownString(blocks.length === 0 ? '' : `\n\n${blocks.join('\n\n')}\n\n`);
}
