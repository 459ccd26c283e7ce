// Helpers over the paper's own words (`narrative`) and the charts setting: extra sections, implications, which charts.
import type { IndicatorAnalysis } from '../../analyse/types.js';
import { warning } from '../../diagnostics.js';
import { escapeCommentary, escapeMarkdown, MarkdownString } from '../escape.js';
import type { RenderState } from '../render-state.js';
import { describe, HelperError, stringArgument, type BoardpackHelper, type HelperCall } from './define.js';
import { indicatorArgument, shownRag } from './indicators.js';

interface Section {
  title: string;
  text: string;
  after: string;
}
interface Implication {
  key: string;
  heading: string;
  text: string;
}

function rootOf(call: Pick<HelperCall, 'options'>): Record<string, unknown> {
  const root = (call.options.data as { root?: unknown } | undefined)?.root;
  return typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
}

function narrativeOf(call: Pick<HelperCall, 'options'>): { sections: Section[]; implications: Implication[] } {
  const narrative = rootOf(call)['narrative'];
  if (typeof narrative !== 'object' || narrative === null) throw new HelperError('the paper has no "narrative" (the config\'s narrative: or the Paper sheet)');
  const { sections, implications } = narrative as { sections?: unknown; implications?: unknown };
  return { sections: Array.isArray(sections) ? (sections as Section[]) : [], implications: Array.isArray(implications) ? (implications as Implication[]) : [] };
}

const LEVELS = new Set([1, 2, 3]);

/**
 * `{{extraSections "purpose" level=1}}`: the author's extra sections placed after the paper's purpose, each a heading
 * of that level (default 1) and its text, escaped like commentary. Nothing when there are none.
 */
export function extraSectionsHelper(state: RenderState): BoardpackHelper {
  return (args, call) => {
    const place = stringArgument(args, 0, 'a place (start, purpose, recommendations, performance, implications, consultation, background papers, end)');
    const level = call.hash['level'] ?? 1;
    if (typeof level !== 'number' || !LEVELS.has(level)) throw new HelperError(`level is 1, 2 or 3, got ${describe(level)}`);
    state.sectionPlaces.add(place);
    const here = narrativeOf(call).sections.filter((s) => s.after === place);
    const markdown = here.map((s) => `${'#'.repeat(level)} ${escapeMarkdown(s.title)}${escapeCommentary(s.text).markdown}`).join('\n\n');
    return new MarkdownString(markdown === '' ? '' : `\n\n${markdown}\n\n`);
  };
}

/** After composing: an extra section whose place the template never offered is reported (it would be lost). */
export function unplacedSections(context: Record<string, unknown>, state: RenderState, file: string) {
  const narrative = context['narrative'] as { sections?: Section[] } | undefined;
  return (narrative?.sections ?? [])
    .filter((s) => !state.sectionPlaces.has(s.after))
    .map((s) => warning('section-not-placed', `the extra section "${s.title}" goes after "${s.after}", which this template has no place for: it is left out (add {{extraSections "${s.after}"}} to the template, or give it another place)`, { file }));
}

/** `{{#with (implication "citizen impact")}}{{commentary text}}{{/with}}`: one implication the author gave, else nothing. */
export const implication: BoardpackHelper = (args, call) => {
  const key = stringArgument(args, 0, 'an implication (financial, legal, equalities ...)').toLowerCase();
  return narrativeOf(call).implications.find((i) => i.key === key) ?? null;
};

/** `{{#each (implicationsExcept "financial" "legal")}}`: every implication but those named (already given their own heading). */
export const implicationsExcept: BoardpackHelper = (args, call) => {
  const skip = new Set(args.map((a, i) => stringArgument(args, i, 'an implication name').toLowerCase()));
  return narrativeOf(call).implications.filter((i) => !skip.has(i.key));
};

/** Whether an indicator is in exception in this paper's analysis (the root's `exceptions`). */
function inException(a: IndicatorAnalysis, call: HelperCall): boolean {
  const exceptions = rootOf(call)['exceptions'];
  return Array.isArray(exceptions) && exceptions.some((e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === a.id);
}

/**
 * `{{#if (chartWanted this)}}`: whether the paper's charts setting (`charts` in the config: all, red or none) gives
 * this indicator its trend chart; `red` is an indicator rated red now or in exception.
 */
export const chartWanted: BoardpackHelper = ([arg], call) => {
  const a = indicatorArgument(arg);
  const choice = rootOf(call)['charts'] ?? 'all';
  if (choice === 'all') return true;
  if (choice === 'none') return false;
  if (choice === 'red') return shownRag(a) === 'red' || inException(a, call);
  throw new HelperError(`the paper's charts setting is all, red or none, got ${describe(choice)}`);
};

/** `{{#each (needingAttention indicators)}}`: the indicators rated red now or in exception, in scorecard order. */
export const needingAttention: BoardpackHelper = ([list], call) => {
  if (!Array.isArray(list)) throw new HelperError(`expects the list of indicators, got ${describe(list)}`);
  return list.map(indicatorArgument).filter((a) => shownRag(a) === 'red' || inException(a, call));
};

/**
 * `{{signature narrative.signature}}`: the author's sign-off, its lines kept, in an untitled box so it stands apart
 * from the last section and takes no paragraph number; nothing without one.
 */
export const signature: BoardpackHelper = ([value]) => {
  if (value === null || value === undefined || value === '') return new MarkdownString('');
  if (typeof value !== 'string') throw new HelperError(`expects the signature as text, got ${describe(value)}`);
  const lines = value.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l !== '').map(escapeMarkdown);
  return new MarkdownString(lines.length === 0 ? '' : `\n\n> [!box]\n> ${lines.join('\\\n> ')}\n\n`);
};
