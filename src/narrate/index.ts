// narrate/: the sentences, numbers and words of every paper (British English). Pure functions over the Analysis.
export { formatNumber, formatPlainNumber, formatValue, formatTarget, formatChange, NO_DATA } from './numbers.js';
export { quarterName, quarterAndYear, sameFinancialYear } from './periods.js';
export { ragLabel, directionLabel, directionArrow, numberInWords, listInWords, ordinalWord, consecutiveQuarters } from './labels.js';
export { signedChange } from './figures.js';
export { performanceSentence } from './performance.js';
export { ragSentence } from './rating.js';
export { comparatorSentence } from './comparators.js';
export { keyPoints, DEFAULT_KEY_POINTS } from './keyPoints.js';
export { describeChart } from './charts.js';
