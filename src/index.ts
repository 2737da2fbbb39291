// The public library API: re-exports only.
export type * from './model.js';
export { decode, createDecoder, normalizeEncoding, SUPPORTED_ENCODINGS, type DecodeOptions, type StreamDecoder } from './decode/index.js';
export { parse, BulletinParser, DEFAULT_VOCABULARY, extendVocabulary, type ParseOptions, type Vocabulary, type VocabularyExtension } from './parse/index.js';
export { readBulletin, streamBulletin, type BulletinDocument, type ReadOptions } from './document.js';
