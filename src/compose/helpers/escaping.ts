// Escaping helpers: the one every `{{value}}` passes through (rewrite.ts), `escape`, and `commentary`.
import { stripIllegalXmlChars } from '../../model/text.js';
import { isFinancialQuarter, periodLabel } from '../../period.js';
import { escapeCommentary, escapeMarkdown, isMarkdownString, MarkdownString } from '../escape.js';
import { describe, HelperError, type BoardpackHelper } from './define.js';

/** The helpers rewrite.ts wraps around every output expression, in the paper body and in front matter. */
export const MARKDOWN_OUTPUT = '__markdownOutput';
export const PLAIN_OUTPUT = '__plainOutput';

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isFinancialQuarter(value)) return periodLabel(value);
  throw new HelperError(`this gives ${describe(value)}, not text: use {{#each}} or name one of its fields`);
}

/** Output in the Markdown body: helper-built Markdown as it is, anything else escaped. */
export const markdownOutput: BoardpackHelper = ([value]) =>
  isMarkdownString(value) ? value.markdown : escapeMarkdown(textOf(value));

/** Output in front matter (titles, running header): plain text, so no Markdown escaping. */
export const plainOutput: BoardpackHelper = ([value]) =>
  stripIllegalXmlChars(isMarkdownString(value) ? value.markdown : textOf(value));

/** `{{escape x}}`: the same escaping every `{{x}}` gets, for use inside other helpers' arguments. */
export const escape: BoardpackHelper = ([value]) =>
  new MarkdownString(isMarkdownString(value) ? value.markdown : escapeMarkdown(textOf(value)));

function commentaryText(value: unknown): string {
  if (Array.isArray(value)) return value.map(commentaryText).filter((t) => t.trim() !== '').join('\n\n');
  if (typeof value === 'object' && value !== null && 'text' in value) return textOf((value as { text: unknown }).text);
  return textOf(value);
}

/**
 * `{{commentary text}}`: an officer's text as written — paragraphs and `- ` bullets kept, everything else
 * escaped. Takes a string, a Commentary ({text}) or a list of them (joined as separate paragraphs).
 */
export const commentary: BoardpackHelper = ([value]) => escapeCommentary(commentaryText(value));
