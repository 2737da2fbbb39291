// bulletin format's core, the library API: text → text in the house style.
export { formatText, PageFormatter, type FormatTextOptions, type KeptLevel } from './page.js';
export { DEFAULT_FORMAT_OPTIONS, normaliseFormatOptions, FORMAT_OPTION_KEYS, type FormatOptions, type Padding } from './options.js';
export { fold, saysTheSame } from './guard.js';
export { formatDiff } from './diff.js';
