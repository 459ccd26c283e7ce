// The compose stage's contract: what composePaper takes and returns, and the chart factory it asks for charts.
import type { Diagnostic } from '../diagnostics.js';
import type { ChartSpec, Document, HouseStyle } from '../model/types.js';
import type { PaperType } from '../papers.js';
import type { ComposeSession } from './session.js';

/** A chart the factory could draw: its data, alt text in words, and an optional caption. */
export interface ChartResult {
  spec: ChartSpec;
  alt: string;
  caption: string | null;
}

/**
 * Makes the chart a template asks for, `{{chart "trend" id="NI68"}}` → factory('trend', {id: 'NI68'}); or says
 * why not. An error (unknown indicator) stops the paper at the template's line; a warning (nothing to plot)
 * leaves the chart out and is reported.
 */
export type ChartFactory = (kind: string, hash: Readonly<Record<string, unknown>>) => ChartResult | Diagnostic;

export interface ComposeInput {
  /** The paper, e.g. `performance-summary` for `performance-summary.md.hbs`. */
  templateName: string;
  /** A council's own templates folder first, then the built-in templates/. */
  templatesDirs: string[];
  /** What the templates see; must hold `date` (ISO) and, for the `indicator` helper, `indicators`. */
  context: Record<string, unknown>;
  charts: ChartFactory;
  /** The council's house style, carried on the Document for the renderers; the built-in style when absent. */
  style?: HouseStyle;
  /**
   * The paper type the build asked for (`--paper cabinet`), whose narrative and charts setting the template reads;
   * the template's front matter `paper:` wins, so a council's own template built by name can still name its type.
   */
  paper?: PaperType | undefined;
  /**
   * Templates read and compiled once for many papers (createComposeSession, from the same templatesDirs); without
   * one, this paper reads and compiles its own.
   */
  session?: ComposeSession | undefined;
}

export interface ComposeResult {
  /** The paper; when there are errors, as much as could be built (possibly no content) — check diagnostics. */
  document: Document;
  diagnostics: Diagnostic[];
}

export function isDiagnostic(value: ChartResult | Diagnostic): value is Diagnostic {
  return 'severity' in value;
}
