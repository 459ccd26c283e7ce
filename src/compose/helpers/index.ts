// Every helper a template can call, by family, registered on one isolated Handlebars environment.
import type { HelperDelegate } from 'handlebars';
import type { RenderState } from '../render-state.js';
import { chartHelper } from './chart.js';
import { date, ordinalHelper } from './dates.js';
import { wrapHelper, type BoardpackHelper } from './define.js';
import { commentary, escape, MARKDOWN_OUTPUT, markdownOutput, PLAIN_OUTPUT, plainOutput } from './escaping.js';
import { commentaryIn, hasCommentary, requiredCommentaryHelper } from './commentary-sections.js';
import * as exceptionSentences from './exception-sentences.js';
import * as indicators from './indicators.js';
import * as logic from './logic.js';
import { chartWanted, extraSectionsHelper, implication, implicationsExcept, needingAttention, signature } from './narrative.js';
import * as scrutiny from './scrutiny-tables.js';
import * as words from './words.js';

/** Helper names as templates write them. */
function boardpackHelpers(state: RenderState): Record<string, BoardpackHelper> {
  return {
    escape,
    commentary,
    eq: logic.eq, ne: logic.ne, gt: logic.gt, lt: logic.lt, and: logic.and, or: logic.or, not: logic.not,
    date,
    ordinal: ordinalHelper,
    indicator: indicators.indicator,
    value: indicators.value,
    change: indicators.change,
    rag: indicators.rag,
    ragLabel: indicators.ragWord,
    direction: indicators.direction,
    quarter: indicators.quarter,
    quarterAndYear: indicators.quarterYear,
    performanceSentence: indicators.performance,
    ragSentence: indicators.ragStatement,
    comparatorSentence: indicators.comparators,
    keyPoints: indicators.keyPointList,
    names: indicators.names,
    chart: chartHelper(state),
    commentaryIn,
    hasCommentary,
    requiredCommentary: requiredCommentaryHelper(state),
    inWords: words.inWords,
    meetingName: words.meetingName,
    count: words.count,
    listWords: words.listWords,
    join: words.join,
    ids: words.ids,
    upperFirst: words.upperFirst,
    measuresSentence: exceptionSentences.measures,
    targetSentence: exceptionSentences.target,
    calculationSentence: exceptionSentences.calculation,
    exceptionSummary: exceptionSentences.exceptionSummary,
    reportedBefore: exceptionSentences.reportedBefore,
    comparisonTable: scrutiny.comparison,
    achievementsAndPriorities: scrutiny.achievementsPriorities,
    directionOfTravel: scrutiny.directionOfTravel,
    ragCounts: scrutiny.ragCounts,
    anyComparators: scrutiny.anyComparators,
    extraSections: extraSectionsHelper(state),
    implication,
    implicationsExcept,
    chartWanted,
    needingAttention,
    signature,
  };
}

export interface HelperRegistry {
  register(name: string, fn: HelperDelegate): void;
}

/** Registers our helpers; returns their names (each call of one is told its line). */
export function registerHelpers(env: HelperRegistry, state: RenderState): Set<string> {
  const own = new Set<string>();
  for (const [name, helper] of Object.entries(boardpackHelpers(state))) {
    env.register(name, wrapHelper(name, helper));
    own.add(name);
  }
  env.register(MARKDOWN_OUTPUT, wrapHelper(MARKDOWN_OUTPUT, markdownOutput, ''));
  env.register(PLAIN_OUTPUT, wrapHelper(PLAIN_OUTPUT, plainOutput, ''));
  own.add(MARKDOWN_OUTPUT).add(PLAIN_OUTPUT);
  return own;
}
