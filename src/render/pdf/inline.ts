// Inline content (text, strong, emphasis, link, break) → styled runs: the words of a paragraph with face and link.
import type { Inline, Link } from '../../model/types.js';
import type { FontFace } from './fonts.js';
import type { InlineHandlers } from '../../model/visit.js';
import { dispatchInline } from '../../model/visit.js';

export type Run =
  | { kind: 'text'; text: string; face: FontFace; link: Link | null }
  | { kind: 'break' };

interface InlineState {
  bold: boolean;
  italic: boolean;
  link: Link | null;
}

function faceOf(state: InlineState): FontFace {
  if (state.bold) return state.italic ? 'boldItalic' : 'bold';
  return state.italic ? 'italic' : 'regular';
}

const handlers: InlineHandlers<Run[], InlineState> = {
  text: (node, state) => [{ kind: 'text', text: node.value, face: faceOf(state), link: state.link }],
  strong: (node, state) => runsOf(node.children, { ...state, bold: true }),
  emphasis: (node, state) => runsOf(node.children, { ...state, italic: true }),
  link: (node, state) => runsOf(node.children, { ...state, link: node }),
  break: () => [{ kind: 'break' }],
};

function runsOf(children: readonly Inline[], state: InlineState): Run[] {
  const runs: Run[] = [];
  for (const child of children) runs.push(...dispatchInline(handlers, child, state));
  return runs;
}

/** `base` sets the face of plain text: bold for table headers and key columns. */
export function inlineRuns(children: readonly Inline[], base: { bold?: boolean; italic?: boolean } = {}): Run[] {
  return runsOf(children, { bold: base.bold ?? false, italic: base.italic ?? false, link: null });
}

/** The words alone, for bookmarks and the table of contents. */
export function plainText(children: readonly Inline[]): string {
  return inlineRuns(children)
    .map((run) => (run.kind === 'text' ? run.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
