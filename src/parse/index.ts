export { BulletinParser, parse, type LineDecision, type ParseOptions } from './parser.js';
export { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary, type VocabularyExtension } from './vocabulary.js';
export { parsePeople } from './people.js';
