// narrate/: the sentences, numbers and words of every paper (British English). Pure functions over the Analysis.
export { formatNumber, formatPlainNumber, formatValue, formatTarget, formatChange, NO_DATA } from './numbers.js';
export { quarterName, quarterAndYear, sameFinancialYear } from './periods.js';
export { ragLabel, directionLabel, directionArrow, numberInWords, listInWords, ordinalWord, consecutiveQuarters } from './labels.js';
export { signedChange } from './figures.js';
export { performanceSentence } from './performance.js';
export { ragSentence, type RagSentenceOptions } from './rating.js';
export { comparatorSentence, comparatorName } from './comparators.js';
export { keyPoints, DEFAULT_KEY_POINTS } from './keyPoints.js';
export { describeChart, type ChartQueries } from './charts.js';
export { noiseBand, closeness, shownDirection, type ShownDirection } from './movement.js';
export { isQueried, queriedPeriods, querySentence, QUERY_WORDING } from './queries.js';
export { indicatorName, indicatorNameFirst } from './names.js';
export { signedMeasure, midSentence } from './signed.js';
export { NO_SETTINGS, type NarrateSettings, type ComparatorNames } from './settings.js';
