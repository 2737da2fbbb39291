// Splitting a byline, a lead's brackets or a credit into people.
//
//   李 莉             → 李莉                 (a two-character name padded with a space)
//   曹蓉 彭晓          → 曹蓉, 彭晓
//   记者 张三 通讯员 李四 王五 → 张三 (记者), 李四 (通讯员), 王五 (通讯员)
//   本报通讯员         → the role alone, no name

import type { Person, PersonSource } from '../model.js';
import { HAN, compilePatterns, isSpace } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

/** Words that say what was made, not who made it: `文/图`, `摄`. */
const WORK_WORDS = new Set(['文/图', '图/文', '文图', '文', '图', '摄', '撰', '摄影', '文字']);

/** Between names: white space, `、`, `，`, `,`, `;`, `；`. */
const SEPARATORS = new Set([0x3001, 0xff0c, 0x2c, 0x3b, 0xff1b]);
/** A Chinese name of two to four characters, or a transcribed one with a middle dot: `阿依古丽·买买提`. */
const NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}·[${HAN}·]{1,12})$`);

/**
 * The people named in `raw`, or null when `raw` does not read as a list of
 * names and roles (then it is not a byline: `(图为活动现场)`).
 */
export function parsePeople(raw: string, source: PersonSource, vocabulary: Vocabulary): Person[] | null {
  const { rolePrefix } = compilePatterns(vocabulary);
  const tokens = splitTokens(raw);
  if (tokens.length === 0) return null;
  const people: Person[] = [];
  let role: string | null = null;
  let roleNamed = true;
  const closeRole = () => {
    if (role !== null && !roleNamed) people.push({ name: null, role, source });
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    if (WORK_WORDS.has(token)) continue;
    const roleMatch = rolePrefix.exec(token);
    if (roleMatch) {
      closeRole();
      role = roleMatch[1]!;
      roleNamed = false;
      token = token.slice(role.length);
      if (token.length === 0) continue;
    }
    if (isSingleHan(token)) {
      // Two single characters in a row are one padded name: 李 莉.
      const next = tokens[i + 1];
      if (next === undefined || !isSingleHan(next)) return null;
      token += next;
      i++;
    }
    if (!NAME.test(token)) return null;
    people.push({ name: token, role, source });
    roleNamed = true;
  }
  closeRole();
  return people.length > 0 ? people : null;
}

/** The non-empty pieces between separators. */
function splitTokens(raw: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isSpace(code) || SEPARATORS.has(code)) {
      if (start >= 0) tokens.push(raw.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) tokens.push(raw.slice(start));
  return tokens;
}

/** One Han character (the blocks of HAN). */
function isSingleHan(token: string): boolean {
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Names only, in order, without repeats. */
export function namesOf(people: readonly Person[]): string[] {
  const names: string[] = [];
  for (const person of people) {
    if (person.name !== null && !names.includes(person.name)) names.push(person.name);
  }
  return names;
}

/** Roles only, in order, without repeats. */
export function rolesOf(people: readonly Person[]): string[] {
  const roles: string[] = [];
  for (const person of people) {
    if (person.role !== null && !roles.includes(person.role)) roles.push(person.role);
  }
  return roles;
}
