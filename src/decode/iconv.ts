// iconv-lite, loaded the first time a legacy encoding is needed: a UTF-8
// file (most of them) never pays the ~12 ms it takes to load.

import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

let loaded: Iconv | null = null;

export function iconvLite(): Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return loaded;
}
