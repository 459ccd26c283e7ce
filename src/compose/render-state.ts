// What one composition shares between its helpers: the figures charts registered, and the template running.
import type { Diagnostic, Where } from '../diagnostics.js';
import type { Figure } from '../model/types.js';
import type { ChartFactory } from './types.js';

export interface RenderState {
  charts: ChartFactory;
  /** Figures registered by `{{chart}}`, placed by `![](chart:N)`. */
  figures: Figure[];
  /** Warnings from helpers (an empty chart), with their place. */
  diagnostics: Diagnostic[];
  /** The template running now, innermost last, with the file line its compiled text starts on. */
  files: { file: string; firstLine: number }[];
  /** The places `{{extraSections}}` was called for, so a section whose place a template lacks is reported. */
  sectionPlaces: Set<string>;
}

export function createRenderState(charts: ChartFactory): RenderState {
  return { charts, figures: [], diagnostics: [], files: [], sectionPlaces: new Set() };
}

/** The file and line of a helper call in the template running now. */
export function placeOf(state: RenderState, line: number | null): Where {
  const current = state.files[state.files.length - 1];
  if (current === undefined) return {};
  return line === null ? { file: current.file } : { file: current.file, line: line + current.firstLine - 1 };
}
