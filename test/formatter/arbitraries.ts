// Pages for the formatter's laws: random and news-like text (the parser's
// arbitraries), generated briefs, and the fixtures made untidy the way
// submissions are: half-width punctuation, straight quotes, stray spaces,
// blank lines added or taken away, names padded or not, CRLF.

import fc from 'fast-check';
import { anyText, pageText } from '../laws/arbitraries.js';
import { textFixtures } from './helpers.js';

const FIXTURES = textFixtures().map(([, text]) => text);

/** One way a submission differs from the house style: a rewrite of a page. */
const untidy = fc.constantFrom<(text: string, at: number) => string>(
  (text) => text.replace(/，/g, ','),
  (text) => text.replace(/：/g, ':'),
  (text) => text.replace(/[“”]/g, '"'),
  (text) => text.replace(/[‘’]/g, "'"),
  (text) => text.replace(/（/g, '(').replace(/）/g, ')'),
  (text) => text.replace(/……/g, '...'),
  (text) => text.replace(/——/g, '--'),
  (text) => text.replace(/\n\n/g, '\n'),
  (text) => text.replace(/\n/g, '\n\n\n'),
  (text) => text.replace(/\n/g, '\r\n'),
  (text) => text.replace(/。/g, '。 '),
  (text) => text.replace(/\u3000/g, ' '),
  (text) => text.replace(/([\u4e00-\u9fff])\s([\u4e00-\u9fff])\)/g, '$1$2)'),
  (text) => text.replace(/\n/g, '  \n'),
  // a space typed somewhere, a line break somewhere, a character dropped
  (text, at) => text.slice(0, at % (text.length + 1)) + ' ' + text.slice(at % (text.length + 1)),
  (text, at) => text.slice(0, at % (text.length + 1)) + '\n' + text.slice(at % (text.length + 1)),
  (text, at) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1),
);

/** A fixture with a few untidy rewrites. */
export const untidyFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(fc.tuple(untidy, fc.nat()), { minLength: 1, maxLength: 5 }))
  .map(([text, edits]) => edits.reduce((page, [edit, at]) => edit(page, at), text));

/** Any page the laws are tried on. */
export const anyPage = fc.oneof({ weight: 3, arbitrary: untidyFixture }, { weight: 2, arbitrary: pageText }, { weight: 1, arbitrary: anyText });
