// Readers for rule options from configuration: each returns the value or
// throws an Error that names the option and what it expected.

export function positiveInteger(raw: Record<string, unknown>, key: string, fallback: number): number {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`option "${key}" is ${JSON.stringify(value)}, expected a positive integer`);
  }
  return value;
}

/** Throws when `raw` has keys other than `known`. */
export function onlyKeys(raw: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Error(`unknown option "${unknown[0]}", expected ${known.length > 0 ? known.map((k) => `"${k}"`).join(', ') : 'no options'}`);
  }
}
