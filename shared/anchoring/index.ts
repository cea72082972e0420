/** Anchoring: describe a highlight with W3C selectors and find it again after the text changed. */
export { describeRange, snapRange, splitsSurrogate, QUOTE_CONTEXT } from './describe';
export { anchorAll, anchorTarget, Anchorer, fuzzyBound, refreshedTarget, type AnchorResult } from './anchor';
export { fold } from './fold';
