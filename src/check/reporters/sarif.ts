// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).
// One run; the driver lists every rule; each finding is a result (written as
// each file is checked, the invocation after them) with a
// region in UTF-16 columns (`columnKind: utf16CodeUnits`, as our columns are),
// and a fix when --fix could apply one. Files that could not be checked are
// tool execution notifications. Validated against fixtures/sarif/ in tests.

import type { Severity } from '../../model.js';
import type { CheckDiagnostic } from '../types.js';
import { nestedJson, wholeReport, type ReportWriterFactory } from './types.js';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

/** A relative file path as a URI reference: `/` separators, each segment percent-encoded (Chinese names too). */
export function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** Stands where the results go while the rest of the log is written by JSON.stringify. */
const RESULTS_MARK = 'bulletin:results';

export const sarifWriter: ReportWriterFactory = (context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const location = (file: string | null) => ({ uri: toUri(file ?? 'stdin'), uriBaseId: '%SRCROOT%' });
  const notifications: object[] = [];
  let results = 0;
  // The log around its results, as JSON.stringify(log, null, 2) writes it; the results go in as files come,
  // and the invocation (which needs every file's input error) after them.
  const log = (invocation: object) => ({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bulletin',
            version: context.version,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              help: { text: `${rule.description}. See ${rule.url} in the bulletin package.` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
              properties: { docs: rule.url, fixable: rule.fixable === true },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory bulletin check ran in' } } },
        results: [RESULTS_MARK],
        invocations: [invocation],
      },
    ],
  });
  const around = (invocation: object) => {
    const text = JSON.stringify(log(invocation), null, 2);
    const at = text.indexOf(JSON.stringify(RESULTS_MARK));
    return { head: text.slice(0, text.lastIndexOf('[', at) + 1), tail: text.slice(text.indexOf(']', at)) };
  };
  return {
    start: () => around({}).head,
    file(result) {
      if (result.inputError !== null) {
        notifications.push({ level: 'error', message: { text: result.inputError }, locations: [{ physicalLocation: { artifactLocation: location(result.file) } }] });
      }
      let out = '';
      for (const d of result.diagnostics) {
        const entry = {
          ruleId: d.ruleId,
          ...(ruleIndex.has(d.ruleId) && { ruleIndex: ruleIndex.get(d.ruleId)! }),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: location(result.file), region: regionOf(d) } }],
          ...(d.fix && {
            fixes: [
              {
                description: { text: `Replace with ${d.fix.text}` },
                artifactChanges: [
                  {
                    artifactLocation: location(result.file),
                    replacements: [
                      {
                        deletedRegion: { charOffset: d.fix.range[0], charLength: d.fix.range[1] - d.fix.range[0] },
                        insertedContent: { text: d.fix.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }),
        };
        out += `${results++ === 0 ? '' : ','}\n${nestedJson(entry, 4)}`;
      }
      return out;
    },
    end() {
      const { tail } = around({ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications });
      return `${results === 0 ? '' : `\n${'  '.repeat(3)}`}${tail}\n`;
    },
  };
};

export const sarif = wholeReport(sarifWriter);

/** SARIF regions are 1-based in lines and columns like ours; charOffset is the 0-based UTF-16 offset. */
function regionOf(d: CheckDiagnostic) {
  const { start, end } = d.place;
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
  };
}
