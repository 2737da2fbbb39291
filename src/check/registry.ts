// Looking rules up by id.

import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export { RULES };
