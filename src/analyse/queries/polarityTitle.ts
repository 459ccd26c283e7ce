// A polarity that contradicts the title's words: HR05 "% ... queries resolved within 10 working days" entered as lower is better.
import type { Polarity } from '../../read/types.js';
import type { FoundQuery, QuerySubject } from './subject.js';
import { query } from './subject.js';

/** Words that say which way is good; the first found in the title decides. "not" just before a phrase turns it round. */
const TITLE_WORDS: readonly (readonly [RegExp, Polarity])[] = [
  [/\b(?:resolved|fixed|answered|determined|decided|processed|completed|responded to|dealt with|cleared) (?:within|in (?:\d+|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty)(?: working)?(?: (?:days?|hours?|weeks?|months?))?\b)/, 'higher'],
  [/\b(?:on time|in time|uptime)\b/, 'higher'],
  [/\bdissatisf/, 'lower'],
  [/\bsatisf(?:ied|action)\b/, 'higher'],
  [/\b(?:time taken|days to|waiting|complaints|sickness)\b/, 'lower'],
];

const other = (p: Polarity): Polarity => (p === 'higher' ? 'lower' : 'higher');

/** The polarity the title's words imply, and the words; null where the title says nothing clear. */
export function polarityOfTitle(title: string): { polarity: Polarity; words: string } | null {
  const lower = title.toLowerCase();
  for (const [pattern, polarity] of TITLE_WORDS) {
    const match = pattern.exec(lower);
    if (match === null) continue;
    const negated = /\bnot\s+$/.test(lower.slice(0, match.index));
    return { polarity: negated ? other(polarity) : polarity, words: `${negated ? 'not ' : ''}${match[0]}` };
  }
  return null;
}

/**
 * One query, on the report quarter: a contradiction doubts every rating of the indicator, so the report figure is
 * held back until the polarity is confirmed or corrected.
 */
export function polarityContradictsTitle(subject: QuerySubject): FoundQuery[] {
  const { polarity, title } = subject.indicator;
  const implied = polarityOfTitle(title);
  const report = subject.quarters.at(-1);
  if (polarity === null || implied === null || implied.polarity === polarity || report === undefined) return [];
  return [
    query(subject, report, 'polarity-contradicts-title', {
      figure: null,
      reason: `the title says "${implied.words}", which usually means ${implied.polarity} is better, but Polarity says ${polarity}`,
      check: `Confirm that ${polarity} is better for ${subject.indicator.id}, or correct its Polarity to ${implied.polarity}.`,
      doubtsFigure: true,
    }),
  ];
}
