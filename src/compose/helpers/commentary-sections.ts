// Officers' commentary by section (`learning`, `actions` ...), synonyms accepted; a missing required section is a placeholder and a warning.
import type { IndicatorAnalysis } from '../../analyse/types.js';
import type { Commentary } from '../../read/types.js';
import { warning } from '../../diagnostics.js';
import { escapeCommentary, escapeMarkdown, MarkdownString } from '../escape.js';
import type { RenderState } from '../render-state.js';
import { indicatorArgument, shownRag } from './indicators.js';
import { stringArgument, type BoardpackHelper } from './define.js';

interface SectionName {
  /** How the paper names the section in a placeholder: `[Commentary required: further action]`. */
  label: string;
  /** What officers write in the Commentary sheet's Section column, normalised (lower case, single spaces). */
  names: readonly string[];
}

/** The sections papers ask for, with the names officers actually use for them. */
export const COMMENTARY_SECTIONS: Readonly<Record<string, SectionName>> = {
  position: { label: 'position', names: ['position', 'current position', 'performance', 'commentary', 'comment', 'comments', 'narrative', 'update'] },
  learning: {
    label: 'learning from best practice',
    names: ['learning', 'best practice', 'learning from best practice', 'learning from regional best practice', 'regional best practice', 'good practice', 'lessons learned', 'lessons learnt'],
  },
  local: { label: 'local performance', names: ['local', 'local performance', 'performance locally', 'local position', 'local context'] },
  actions: {
    label: 'further action',
    names: ['actions', 'action', 'further action', 'further actions', 'next steps', 'action plan', 'improvement actions', 'remedial action', 'remedial actions'],
  },
  conclusion: { label: 'conclusion', names: ['conclusion', 'conclusions', 'summary'] },
  definition: { label: 'definition', names: ['definition', 'definitions'] },
  rationale: { label: 'rationale', names: ['rationale', 'why this matters', 'reason'] },
  achievements: { label: 'achievements', names: ['achievements', 'achievement', 'strengths', 'successes'] },
  priorities: { label: 'priorities', names: ['priorities', 'priority', 'areas for improvement', 'improvement priorities'] },
};

/** `Further-Action:` → `further action`: how a section name is compared. */
export function normaliseSection(name: string): string {
  return name.toLowerCase().replace(/[-_]+/g, ' ').replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();
}

function sectionOf(key: string): SectionName {
  const normal = normaliseSection(key);
  return COMMENTARY_SECTIONS[normal] ?? { label: normal, names: [normal] };
}

/** The indicator's commentary entries for a section (or any of its synonyms), in input order, blank text left out. */
export function commentaryFor(a: IndicatorAnalysis, key: string): Commentary[] {
  const names = new Set(sectionOf(key).names);
  return a.commentary.filter((c) => names.has(normaliseSection(c.section)) && c.text.trim() !== '');
}

/** What the indicator itself says for a section that the scorecard's Indicators sheet can hold. */
function indicatorText(a: IndicatorAnalysis, key: string): string | null {
  const normal = normaliseSection(key);
  const text = normal === 'definition' ? a.indicator.definition : normal === 'rationale' ? a.indicator.rationale : null;
  return text === null || text.trim() === '' ? null : text;
}

/** `[Commentary required: further action]`, in bold so it stands out on the page. */
export function commentaryPlaceholder(key: string): string {
  return `[Commentary required: ${sectionOf(key).label}]`;
}

/** `{{#each (commentaryIn this "position")}}` / `{{commentary (commentaryIn this "position")}}`: the entries for a section. */
export const commentaryIn: BoardpackHelper = (args) => commentaryFor(indicatorArgument(args[0]), stringArgument(args, 1, 'a commentary section name'));

/** `{{#if (hasCommentary this "actions")}}`: whether an officer wrote the section (no warning when not). */
export const hasCommentary: BoardpackHelper = (args) => {
  const a = indicatorArgument(args[0]);
  const key = stringArgument(args, 1, 'a commentary section name');
  return commentaryFor(a, key).length > 0 || indicatorText(a, key) !== null;
};

/**
 * `{{requiredCommentary this "actions"}}`: the officer's text for the section, paragraphs and bullets kept; for
 * `definition` and `rationale` the Indicators sheet's text when there is no commentary. With neither, a visible
 * placeholder and a `missing-commentary` warning naming the indicator and section, so the clerk can chase the
 * officer before the deadline. With `ifRed=true` the section is required only of an indicator rated red.
 */
export function requiredCommentaryHelper(state: RenderState): BoardpackHelper {
  return (args, call) => {
    const a = indicatorArgument(args[0]);
    const key = stringArgument(args, 1, 'a commentary section name');
    const entries = commentaryFor(a, key);
    if (entries.length > 0) return escapeCommentary(entries.map((c) => c.text).join('\n\n'));
    const own = indicatorText(a, key);
    if (own !== null) return escapeCommentary(own);
    // `ifRed=true`: required only of an indicator rated red (cabinet paper, scrutiny pack); otherwise nothing.
    if (call.hash['ifRed'] === true && shownRag(a) !== 'red') return new MarkdownString('');
    const label = sectionOf(key).label;
    const message = `${a.id} ${a.title}: no commentary for "${label}" in ${a.period}; the paper shows "${commentaryPlaceholder(key)}" until an officer writes it`;
    if (!state.diagnostics.some((d) => d.code === 'missing-commentary' && d.message === message)) {
      state.diagnostics.push(warning('missing-commentary', message, a.indicator.where));
    }
    return new MarkdownString(`\n\n**${escapeMarkdown(commentaryPlaceholder(key))}**\n\n`);
  };
}
