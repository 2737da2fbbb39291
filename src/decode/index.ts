// bytes → text: byte-order marks, UTF-8 validity, legacy CJK encodings.

export { createDecoder, decode } from './stream.js';
export type { DecodeOptions, StreamDecoder } from './stream.js';
export { normalizeEncoding, SUPPORTED_ENCODINGS } from './encodings.js';
