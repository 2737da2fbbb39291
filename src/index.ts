// The public library API: re-exports only.
export type * from './model.js';
export { decode, createDecoder, normalizeEncoding, SUPPORTED_ENCODINGS, type DecodeOptions, type StreamDecoder } from './decode/index.js';
export { parse, BulletinParser, DEFAULT_VOCABULARY, extendVocabulary, type LineDecision, type ParseOptions, type Vocabulary, type VocabularyExtension } from './parse/index.js';
export { readBulletin, streamBulletin, DocumentParser, HELD_DIAGNOSTICS, type BulletinDocument, type ReadOptions, type StreamOptions } from './document.js';
export { detectContainer, extractDocument, ExtractError, type Container, type ExtractOptions, type Extracted } from './extract/index.js';
export { parseDecoded } from './document.js';
export { formatText, PageFormatter, DEFAULT_FORMAT_OPTIONS, normaliseFormatOptions, type FormatOptions, type FormatTextOptions } from './formatter/index.js';
