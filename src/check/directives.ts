// `<!-- bulletin-disable rule-id … -->` silences rules for the next item;
// `<!-- bulletin-disable -->` silences every rule for it. The parser keeps
// such lines as meta lines of kind `directive`; here they become suppressions
// (which diagnostics to drop) and problems (directives that cannot work).
//
//   <!-- bulletin-disable truncated-body -->
//   苏村社区: 开展主题党日活动            ← the item this silences, up to its byline
//   本报讯 6月24日,……城市记忆、工
//   (李 莉)

import type { Diagnostic, MetaLine } from '../model.js';
import type { CheckedDocument } from './types.js';

export interface Suppression {
  /** Rule ids, or null for all rules. */
  ruleIds: ReadonlySet<string> | null;
  /** The silenced item's span, as offsets (end inclusive: a zero-width finding at the end still counts). */
  from: number;
  to: number;
}

const DISABLE = 'bulletin-disable';
const ID_SEPARATOR = /[\s,]+/;

export function readDirectives(
  checked: CheckedDocument,
  knownRuleIds: readonly string[],
): { suppressions: Suppression[]; problems: Diagnostic[] } {
  const suppressions: Suppression[] = [];
  const problems: Diagnostic[] = [];
  const problem = (meta: MetaLine, message: string) =>
    problems.push({ ruleId: 'directive', severity: 'warning', message, place: meta.span, file: checked.file });
  const items = checked.document.items;
  for (const meta of checked.document.meta) {
    if (meta.kind !== 'directive') continue;
    const [name = '', ...rest] = meta.value.split(ID_SEPARATOR).filter((word) => word !== '');
    if (name !== DISABLE) {
      problem(meta, `Unexpected directive \`${name}\`, expected \`${DISABLE}\` or \`${DISABLE} rule-id\``);
      continue;
    }
    const unknown = rest.filter((id) => !knownRuleIds.includes(id));
    for (const id of unknown) problem(meta, `Unexpected rule id \`${id}\` in directive, expected one of: ${knownRuleIds.join(', ')}`);
    const known = rest.filter((id) => knownRuleIds.includes(id));
    if (rest.length > 0 && known.length === 0) continue;
    const next = items.find((item) => item.span.start.offset > meta.span.start.offset);
    if (!next) {
      problem(meta, `Unexpected \`${DISABLE}\` after the last item, expected it on the line before the item to silence`);
      continue;
    }
    suppressions.push({
      ruleIds: rest.length === 0 ? null : new Set(known),
      from: next.span.start.offset,
      to: next.span.end.offset,
    });
  }
  return { suppressions, problems };
}

export function isSuppressed(diagnostic: Diagnostic, suppressions: readonly Suppression[]): boolean {
  const at = diagnostic.place.start.offset;
  return suppressions.some(
    (s) => at >= s.from && at <= s.to && (s.ruleIds === null || s.ruleIds.has(diagnostic.ruleId)),
  );
}
