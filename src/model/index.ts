// The document model: its types, the factories that build it, one traversal, and paragraph numbering.
export type * from './types.js';
export * from './builders.js';
export * from './visit.js';
export { numberParagraphs } from './numbering.js';
export { plainText, stripIllegalXmlChars } from './text.js';
