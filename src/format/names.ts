// The format names alone, for option parsing (`--format` choices) without
// loading any format. index.ts checks that they match the registry.

export const FORMAT_NAMES = ['json', 'ndjson', 'csv', 'markdown', 'table', 'html'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
