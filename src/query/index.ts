// Selectors over items: options in, a predicate out. Pure.
export { compileSelector, hasSelectors, ITEM_KINDS, SelectorError, type Selector, type SelectorOptions } from './selector.js';
export { compilePattern, isRegexLiteral, PatternError, type TextMatcher } from './pattern.js';
export { isCalendarDay, parseIsoDate } from './date.js';
