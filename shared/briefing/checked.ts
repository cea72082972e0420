/**
 * A case file may be hand-edited: every enum the renderers print or put in an attribute goes through
 * oneOf, so an unexpected value becomes the neutral one instead of reaching the output.
 */

/** `value` when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** Orders labels the same way on every machine: English collation, then code units to break ties. */
export const compareLabels = (a: string, b: string): number => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
