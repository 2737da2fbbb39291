// `bulletin format --diff`: the change formatting makes, as a unified diff
// that `git apply` and `patch` take. A plain line diff aligns the lines the
// two texts have in common; on a page whose every line of text was restyled
// those are the blank lines only, and it pairs a blank line of the old page
// with an unrelated one of the new, the old lines in one block and the new in
// another. Here each line of text is first paired with its restyled self
// (the same once folded as the guard folds: width, quotes, white space), and
// shown beside it; blank lines are diffed only against the blank lines
// between the same two pairs:
//
//   -苏村社区: 开展活动              a line and its restyled self, together
//   +苏村社区：开展活动
//   +                               a blank line added between them
//   -本报讯 近日,社区开展活动。
//   +本报讯　近日，社区开展活动。
//
// The diff library (`diff`) aligns the lines (diffArrays) and writes the patch (formatPatch).

import { diffArrays, formatPatch, FILE_HEADERS_ONLY, type StructuredPatchHunk } from 'diff';
import { fold } from './guard.js';

/** Lines of context around each change, as git shows them. */
const CONTEXT = 3;

/** One line of the diff: kept, removed or added; `line` is a line of text with its line break, if it had one. */
interface Edit {
  sign: ' ' | '-' | '+';
  line: string;
}

/** A unified diff from `before` to `after`, both named `name` (`a/…`, `b/…`); '' when they are the same. */
export function formatDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const hunks = hunksOf(editsBetween(linesOf(before), linesOf(after)));
  return formatPatch({ oldFileName: `a/${name}`, newFileName: `b/${name}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}

/** The lines of a text, each with its line break (LF, CR LF kept as CR + LF); the last may have none. */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function isBlank(line: string): boolean {
  return line === '\n' || line === '\r\n';
}

/** The edits from `old` to `now`: lines of text paired with their restyled selves, the lines between them diffed. */
function editsBetween(old: readonly string[], now: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  let oldAt = 0;
  let newAt = 0;
  // Diffed from the end, so that a blank line kept pairs with the last of the new ones: the lines removed and the
  // line that replaces them (a header joined from two lines) come out together, then the blank line after them.
  const between = (oldEnd: number, newEnd: number) => {
    const changes = diffArrays(old.slice(oldAt, oldEnd).reverse(), now.slice(newAt, newEnd).reverse()).reverse();
    // In each run of changes, the lines removed before the lines added, as diffs are read.
    const run: Edit[] = [];
    const endRun = () => {
      edits.push(...run.filter((edit) => edit.sign === '-'), ...run.filter((edit) => edit.sign === '+'));
      run.length = 0;
    };
    for (const change of changes) {
      const sign = change.added ? '+' : change.removed ? '-' : ' ';
      if (sign === ' ') endRun();
      for (const line of change.value.reverse()) (sign === ' ' ? edits : run).push({ sign, line });
    }
    endRun();
  };
  for (const [oldLine, newLine] of pairsOfText(old, now)) {
    between(oldLine, newLine);
    if (old[oldLine] === now[newLine]) edits.push({ sign: ' ', line: old[oldLine]! });
    else edits.push({ sign: '-', line: old[oldLine]! }, { sign: '+', line: now[newLine]! });
    oldAt = oldLine + 1;
    newAt = newLine + 1;
  }
  between(old.length, now.length);
  return edits;
}

/** The lines of text (not blank) of each side that say the same once folded, as [old index, new index], in order. */
function pairsOfText(old: readonly string[], now: readonly string[]): Array<[number, number]> {
  const text = (lines: readonly string[]) => lines.flatMap((line, index) => (isBlank(line) ? [] : [{ index, folded: fold(line) }]));
  const oldText = text(old);
  const newText = text(now);
  const pairs: Array<[number, number]> = [];
  let oldAt = 0;
  let newAt = 0;
  for (const change of diffArrays(oldText, newText, { comparator: (a, b) => a.folded === b.folded })) {
    const count = change.value.length;
    if (!change.added && !change.removed) for (let i = 0; i < count; i++) pairs.push([oldText[oldAt + i]!.index, newText[newAt + i]!.index]);
    if (!change.added) oldAt += count;
    if (!change.removed) newAt += count;
  }
  return pairs;
}

/** The edits as unified-diff hunks: each change with CONTEXT kept lines around it, hunks that would touch joined. */
function hunksOf(edits: readonly Edit[]): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  // The line numbers (1-based) on either side at each edit.
  let oldLine = 1;
  let newLine = 1;
  const starts = edits.map((edit) => {
    const at = { old: oldLine, new: newLine };
    if (edit.sign !== '+') oldLine++;
    if (edit.sign !== '-') newLine++;
    return at;
  });
  let i = 0;
  while (i < edits.length) {
    if (edits[i]!.sign === ' ') {
      i++;
      continue;
    }
    const from = Math.max(0, i - CONTEXT);
    let to = i;
    // Extend over changes no more than 2 × CONTEXT kept lines apart.
    for (let kept = 0, j = i; j < edits.length && kept <= 2 * CONTEXT; j++) {
      if (edits[j]!.sign === ' ') kept++;
      else {
        kept = 0;
        to = j;
      }
    }
    const end = Math.min(edits.length, to + 1 + CONTEXT);
    const slice = edits.slice(from, end);
    hunks.push({
      oldStart: starts[from]!.old,
      oldLines: slice.filter((edit) => edit.sign !== '+').length,
      newStart: starts[from]!.new,
      newLines: slice.filter((edit) => edit.sign !== '-').length,
      lines: slice.flatMap(({ sign, line }) => (line.endsWith('\n') ? [sign + line.slice(0, -1)] : [sign + line, '\\ No newline at end of file'])),
    });
    i = end;
  }
  return hunks;
}
