// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).
// One run; the driver lists every rule; each finding is a result with a
// region in UTF-16 columns (`columnKind: utf16CodeUnits`, as our columns are),
// and a fix when --fix could apply one. Files that could not be checked are
// tool execution notifications. Validated against fixtures/sarif/ in tests.

import type { Severity } from '../../model.js';
import type { CheckDiagnostic } from '../types.js';
import type { Reporter } from './types.js';

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

export const sarif: Reporter = (report, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const location = (file: string | null) => ({ uri: toUri(file ?? 'stdin'), uriBaseId: '%SRCROOT%' });
  const results = report.results.flatMap((result) =>
    result.diagnostics.map((d) => ({
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
    })),
  );
  const notifications = report.results
    .filter((result) => result.inputError !== null)
    .map((result) => ({
      level: 'error' as const,
      message: { text: result.inputError! },
      locations: [{ physicalLocation: { artifactLocation: location(result.file) } }],
    }));
  const log = {
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
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory bulletin check ran in' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

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
