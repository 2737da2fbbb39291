// The check engine: decoded files in, findings out. Pure and synchronous: the
// CLI reads the files and prints the report.
//
//   decoded text → parse (with the config's vocabulary) → document rules, then
//   batch rules → adopt decoder and parser diagnostics → drop what directives
//   silence → sort and count.
//
// Rules report message and place; the engine stamps ruleId, severity (from the
// configuration), file and url, so no rule can get them wrong.

import type { BulletinDocument } from '../document.js';
import type { Diagnostic, Severity } from '../model.js';
import { parse } from '../parse/index.js';
import { defaultConfig } from './config.js';
import { isSuppressed, readDirectives } from './directives.js';
import { RULES, RULE_IDS } from './registry.js';
import { createPointAt } from './text.js';
import type {
  CheckConfig,
  CheckDiagnostic,
  CheckInput,
  CheckReport,
  CheckedDocument,
  FileResult,
  Report,
  Rule,
  RuleLevel,
} from './types.js';

export interface CheckOptions {
  config?: CheckConfig;
  /** yyyy-mm-dd: datelines after it are reported; null or absent: none are. */
  today?: string | null;
  /** The year of the pages, for datelines without one (the parser's `year`). */
  year?: number | null;
}

export function checkInputs(inputs: readonly CheckInput[], options: CheckOptions = {}): CheckReport {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? null;
  const levelOf = (rule: Rule): RuleLevel => config.rules[rule.id]?.severity ?? rule.defaultSeverity;
  const optionsOf = (rule: Rule): unknown => config.rules[rule.id]?.options ?? rule.options?.defaults ?? {};
  const stamp = (rule: Rule, severity: Severity, file: string | null, report: Report): CheckDiagnostic => ({
    ruleId: rule.id,
    severity,
    message: report.message,
    place: report.place,
    file,
    ...(report.actual !== undefined && { actual: report.actual }),
    ...(report.expected !== undefined && { expected: report.expected }),
    url: rule.url,
    ...(report.fix !== undefined && { fix: report.fix }),
  });

  const results: FileResult[] = inputs.map((input) => emptyResult(input.file));
  const checked: CheckedDocument[] = [];
  const checkedIndex: number[] = [];
  inputs.forEach((input, index) => {
    const { decoded, file } = input;
    if (decoded.binary) {
      const offset = decoded.diagnostics.find((d) => d.ruleId === 'binary')?.byteOffset;
      const where = offset === undefined ? '' : ` at byte offset ${offset}`;
      results[index]!.inputError =
        `Cannot check ${file ?? '<stdin>'}: not a text file (NUL byte${where}); ` +
        'if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be';
      return;
    }
    const bulletin = parse(decoded.text, { file, vocabulary: config.vocabulary, year: options.year ?? null });
    const document: BulletinDocument = {
      ...bulletin,
      encoding: decoded.encoding,
      detectedBy: decoded.detectedBy,
      binary: false,
    };
    checked.push({ file, text: decoded.text, document, pointAt: createPointAt(decoded.text) });
    checkedIndex.push(index);
  });

  const found: CheckDiagnostic[][] = checked.map(() => []);
  for (const rule of RULES) {
    const level = levelOf(rule);
    if (level === 'off') continue;
    const ruleOptions = optionsOf(rule);
    const run = (what: () => void, file: string | null) => {
      try {
        what();
      } catch (error) {
        throw new Error(`Rule ${rule.id} failed on ${file ?? '<stdin>'}: ${(error as Error).message}`, { cause: error });
      }
    };
    if (rule.scope === 'batch') {
      run(
        () =>
          rule.check({
            documents: checked,
            options: ruleOptions,
            today,
            report: (index, report) => found[index]!.push(stamp(rule, level, checked[index]!.file, report)),
          }),
        null,
      );
      continue;
    }
    checked.forEach((doc, index) => {
      run(() => rule.check({ ...doc, options: ruleOptions, today, report: (report) => found[index]!.push(stamp(rule, level, doc.file, report)) }), doc.file);
    });
  }

  // Decoder, parser and directive diagnostics: a rule that adopts them gives them its id and level.
  const adopterOf = new Map<string, Rule>();
  for (const rule of RULES) for (const id of rule.adopts ?? []) adopterOf.set(id, rule);
  const decoderAdopter = RULES.find((rule) => rule.adoptsDecoder);
  const adopt = (diagnostic: Diagnostic, rule: Rule | undefined, file: string | null): CheckDiagnostic | null => {
    if (!rule) return { ...diagnostic, file };
    const level = levelOf(rule);
    if (level === 'off') return null;
    return stamp(rule, level, file, diagnostic);
  };

  checked.forEach((doc, index) => {
    const input = inputs[checkedIndex[index]!]!;
    const { suppressions, problems } = readDirectives(doc, RULE_IDS);
    const adopted = [
      ...input.decoded.diagnostics.map((d) => adopt(d, decoderAdopter, doc.file)),
      ...[...doc.document.diagnostics, ...problems].map((d) => adopt(d, adopterOf.get(d.ruleId), doc.file)),
    ].filter((d): d is CheckDiagnostic => d !== null);
    const diagnostics = [...adopted, ...found[index]!].filter((d) => !isSuppressed(d, suppressions));
    diagnostics.sort(byPlace);
    const result = results[checkedIndex[index]!]!;
    result.diagnostics = diagnostics;
    for (const d of diagnostics) {
      if (d.severity === 'error') result.errorCount++;
      else if (d.severity === 'warning') result.warningCount++;
      else result.infoCount++;
      if (d.fix) result.fixableCount++;
    }
  });

  return summarise(results);
}

/** Totals over the file results; also for the CLI, which adds results for files it could not read. */
export function summarise(results: FileResult[]): CheckReport {
  const sum = (key: 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount') =>
    results.reduce((total, result) => total + result[key], 0);
  return {
    results,
    errorCount: sum('errorCount'),
    warningCount: sum('warningCount'),
    infoCount: sum('infoCount'),
    fixableCount: sum('fixableCount'),
    inputErrorCount: results.filter((result) => result.inputError !== null).length,
  };
}

export function emptyResult(file: string | null, inputError: string | null = null): FileResult {
  return { file, diagnostics: [], inputError, errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId);
}
