// `{{chart "trend" id="NI68"}}`: asks the chart factory for a chart and leaves a placeholder for the figure.
import { figure } from '../../model/builders.js';
import { MarkdownString } from '../escape.js';
import { placeOf, type RenderState } from '../render-state.js';
import { isDiagnostic } from '../types.js';
import { describe, HelperError, stringArgument, type BoardpackHelper } from './define.js';

/** Hash keys the helper itself reads; the rest go to the factory. */
const OWN_KEYS = new Set(['caption', 'width', 'height']);

/** The sizes render/charts can draw at print resolution. */
const MIN_MM = 10;
const MAX_MM = 1000;

function size(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= MIN_MM) || value > MAX_MM) {
    throw new HelperError(`${name} is a size in millimetres from ${MIN_MM} to ${MAX_MM}, got ${describe(value)}`);
  }
  return value;
}

export function chartHelper(state: RenderState): BoardpackHelper {
  return (args, call) => {
    const kind = stringArgument(args, 0, 'a chart kind (trend, comparison, rag-summary)');
    const request = Object.fromEntries(Object.entries(call.hash).filter(([k]) => !OWN_KEYS.has(k)));
    const result = state.charts(kind, request);
    if (isDiagnostic(result)) {
      if (result.severity === 'error') throw new HelperError(result.message);
      state.diagnostics.push({ ...result, where: { ...result.where, ...placeOf(state, call.line) } });
      return new MarkdownString('');
    }
    const caption = call.hash['caption'];
    if (caption !== undefined && caption !== null && typeof caption !== 'string') throw new HelperError(`caption is text, got ${describe(caption)}`);
    const widthMm = size(call.hash['width'], 'width');
    const heightMm = size(call.hash['height'], 'height');
    state.figures.push(
      figure(result.spec, result.alt, {
        caption: caption === undefined ? result.caption : caption,
        ...(widthMm === undefined ? {} : { widthMm }),
        ...(heightMm === undefined ? {} : { heightMm }),
      }),
    );
    // On a paragraph of its own, whatever the template put either side.
    return new MarkdownString(`\n\n![](chart:${state.figures.length - 1})\n\n`);
  };
}
