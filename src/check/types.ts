// The contract between the check engine, its rules and its reporters.
// A rule only looks and reports; the engine stamps rule id, severity and file,
// applies configuration and `<!-- bulletin-disable -->` directives.

import type { FormatOptions } from '../formatter/options.js';
import type { BulletinDocument } from '../document.js';
import type { Decoded, Diagnostic, Point, Position, Severity } from '../model.js';

/** A rule's level: `off` silences it. */
export type RuleLevel = 'off' | Severity;

/** A safe rewrite: replace `text[range[0], range[1])` (UTF-16 offsets in the decoded text) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A diagnostic of `bulletin check`: the shared Diagnostic, plus how to fix it when that is safe. */
export interface CheckDiagnostic extends Diagnostic {
  fix?: Fix;
}

/** What a rule reports; the engine adds ruleId, severity, file and url. */
export interface Report {
  message: string;
  place: Position;
  actual?: string;
  expected?: string;
  fix?: Fix;
}

/** One decoded file as the engine reads it. */
export interface CheckInput {
  file: string | null;
  decoded: Decoded;
}

/** One parsed file, as rules see it. */
export interface CheckedDocument {
  file: string | null;
  /** The decoded text; every offset refers to it. */
  text: string;
  document: BulletinDocument;
  /** The point of a UTF-16 offset in `text`. */
  pointAt(offset: number): Point;
}

export interface DocumentContext<Options> extends CheckedDocument {
  options: Options;
  /** The day to compare datelines with (yyyy-mm-dd), or null. */
  today: string | null;
  report(report: Report): void;
}

export interface BatchContext<Options> {
  options: Options;
  today: string | null;
}

/** Sees the files of a run one after another, each once, and reports about the file it is given. */
export type BatchVisitor = (document: CheckedDocument, report: (report: Report) => void) => void;

/** How a rule reads its options from configuration: defaults, and a check that names what is wrong. */
export interface RuleOptions<Options> {
  defaults: Options;
  /** Returns the options, or throws an Error whose message says which option is wrong and why. */
  parse(raw: Record<string, unknown>): Options;
}

interface RuleBase<Options> {
  id: string;
  /** One line, shown in docs and SARIF. */
  description: string;
  defaultSeverity: RuleLevel;
  /** docs/rules/<id>.md */
  url: string;
  options?: RuleOptions<Options>;
  /** Ids of parser (or engine) diagnostics this rule speaks for: they take its id and severity, and go off with it. */
  adopts?: readonly string[];
  /** The rule speaks for every decoder diagnostic (but `binary`, an input error). */
  adoptsDecoder?: boolean;
  /** The rule's findings carry fixes that `--fix` applies. */
  fixable?: boolean;
}

export interface DocumentRule<Options = Record<string, never>> extends RuleBase<Options> {
  scope: 'document';
  check(context: DocumentContext<Options>): void;
}

/**
 * A rule over the whole batch, across files: duplicate-item. Files come one at
 * a time (a run never holds them all), so what the rule needs of earlier files
 * it keeps itself, as little of it as it can.
 */
export interface BatchRule<Options = Record<string, never>> extends RuleBase<Options> {
  scope: 'batch';
  start(context: BatchContext<Options>): BatchVisitor;
}

/** Any rule, whatever its options (rule methods are bivariant in their context, so each rule fits). */
export type Rule = DocumentRule<unknown> | BatchRule<unknown>;

/** One rule's configured level and options. */
export interface RuleSetting {
  severity: RuleLevel;
  options: unknown;
}

export interface CheckConfig {
  rules: Record<string, RuleSetting>;
  /** Words added to the parser's vocabulary. */
  vocabulary: {
    organisationSuffixes?: string[];
    roles?: string[];
    creditVerbs?: string[];
  };
  /** The house style of `bulletin format` (the `"format"` key). */
  format: FormatOptions;
  /** Where the configuration came from (a path), or null for the defaults. */
  source: string | null;
}

/** The findings about one file. */
export interface FileResult {
  file: string | null;
  diagnostics: CheckDiagnostic[];
  /** The file could not be checked (missing, unreadable, binary): the CLI exits 2. */
  inputError: string | null;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export interface CheckReport {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  inputErrorCount: number;
}
