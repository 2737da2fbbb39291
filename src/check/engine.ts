// The check engine: decoded files in, findings out, one file at a time. Pure
// and synchronous: the CLI reads the files and prints the report.
//
//   decoded text → parse (with the config's vocabulary) → the rules, in
//   registry order (batch rules see the files in turn) → adopt decoder and
//   parser diagnostics → drop what directives silence → sort and count.
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
  BatchVisitor,
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

/** Checks files in one run: all in memory at once. The CLI uses CheckRun, one file at a time. */
export function checkInputs(inputs: readonly CheckInput[], options: CheckOptions = {}): CheckReport {
  const run = new CheckRun(options);
  return summarise(inputs.map((input) => run.check(input)));
}

/**
 * A check run over files that come one at a time: each is parsed, checked and
 * dropped, so a run over an archive holds one file and the findings. Batch
 * rules keep what they need of earlier files themselves.
 */
export class CheckRun {
  private readonly config: CheckConfig;
  private readonly today: string | null;
  private readonly year: number | null;
  private readonly batch = new Map<Rule, BatchVisitor>();
  private readonly adopterOf = new Map<string, Rule>();
  private readonly decoderAdopter: Rule | undefined;

  constructor(options: CheckOptions = {}) {
    this.config = options.config ?? defaultConfig();
    this.today = options.today ?? null;
    this.year = options.year ?? null;
    for (const rule of RULES) {
      if (rule.scope === 'batch' && this.levelOf(rule) !== 'off') {
        this.batch.set(rule, rule.start({ options: this.optionsOf(rule), today: this.today }));
      }
      for (const id of rule.adopts ?? []) this.adopterOf.set(id, rule);
    }
    this.decoderAdopter = RULES.find((rule) => rule.adoptsDecoder);
  }

  /**
   * The findings about one file, in the order of the run. `documentOnly`
   * leaves the batch rules out and the run as it was: a first look for --fix,
   * after which the fixed file is checked for good.
   */
  check(input: CheckInput, documentOnly = false): FileResult {
    return this.inspect(input, documentOnly).result;
  }

  /** As check(), with the parsed document the findings are about (null for a file that is not text): for the HTML report. */
  inspect(input: CheckInput, documentOnly = false): { result: FileResult; checked: CheckedDocument | null } {
    const { decoded, file } = input;
    if (decoded.binary) {
      const binary = decoded.diagnostics.find((d) => d.ruleId === 'binary');
      // The decoder names its evidence: `NUL byte at byte offset 8`, `a PDF document`, `undecodable bytes`.
      const evidence = binary?.actual ?? `NUL byte${binary?.byteOffset === undefined ? '' : ` at byte offset ${binary.byteOffset}`}`;
      const hint = evidence.startsWith('NUL byte') ? '; if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be' : '';
      return { result: emptyResult(file, `Cannot check ${file ?? '<stdin>'}: not a text file (${evidence})${hint}`), checked: null };
    }
    const bulletin = parse(decoded.text, { file, vocabulary: this.config.vocabulary, year: this.year });
    const source = decoded.source === undefined ? {} : { source: decoded.source };
    const document: BulletinDocument = { ...bulletin, encoding: decoded.encoding, detectedBy: decoded.detectedBy, binary: false, ...source };
    const checked: CheckedDocument = { file, text: decoded.text, document, pointAt: createPointAt(decoded.text) };

    const found: CheckDiagnostic[] = [];
    for (const rule of RULES) {
      const level = this.levelOf(rule);
      if (level === 'off') continue;
      const report = (report: Report) => found.push(this.stamp(rule, level, file, report));
      try {
        if (rule.scope === 'document') rule.check({ ...checked, options: this.optionsOf(rule), today: this.today, report });
        else if (!documentOnly) this.batch.get(rule)!(checked, report);
      } catch (error) {
        throw new Error(`Rule ${rule.id} failed on ${file ?? '<stdin>'}: ${(error as Error).message}`, { cause: error });
      }
    }

    // Decoder, parser and directive diagnostics: a rule that adopts them gives them its id and level.
    const { suppressions, problems } = readDirectives(checked, RULE_IDS);
    const adopted = [
      ...decoded.diagnostics.map((d) => this.adopt(d, this.decoderAdopter, file)),
      ...[...document.diagnostics, ...problems].map((d) => this.adopt(d, this.adopterOf.get(d.ruleId), file)),
    ].filter((d): d is CheckDiagnostic => d !== null);
    const diagnostics = [...adopted, ...found].filter((d) => !isSuppressed(d, suppressions));
    diagnostics.sort(byPlace);
    const result = emptyResult(file);
    result.diagnostics = diagnostics;
    for (const d of diagnostics) {
      if (d.severity === 'error') result.errorCount++;
      else if (d.severity === 'warning') result.warningCount++;
      else result.infoCount++;
      if (d.fix) result.fixableCount++;
    }
    return { result, checked };
  }

  private levelOf(rule: Rule): RuleLevel {
    return this.config.rules[rule.id]?.severity ?? rule.defaultSeverity;
  }

  private optionsOf(rule: Rule): unknown {
    return this.config.rules[rule.id]?.options ?? rule.options?.defaults ?? {};
  }

  /** Rules report message and place; the engine stamps the rest, so that no rule can get it wrong. */
  private stamp(rule: Rule, severity: Severity, file: string | null, report: Report): CheckDiagnostic {
    return {
      ruleId: rule.id,
      severity,
      message: report.message,
      place: report.place,
      file,
      ...(report.actual !== undefined && { actual: report.actual }),
      ...(report.expected !== undefined && { expected: report.expected }),
      url: rule.url,
      ...(report.fix !== undefined && { fix: report.fix }),
    };
  }

  private adopt(diagnostic: Diagnostic, rule: Rule | undefined, file: string | null): CheckDiagnostic | null {
    if (!rule) return { ...diagnostic, file };
    const level = this.levelOf(rule);
    if (level === 'off') return null;
    return this.stamp(rule, level, file, diagnostic);
  }
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
