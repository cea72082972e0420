/**
 * What every builder of a change set shares: the caller's id and time, one entity's before and
 * after, and finding an entity that must exist.
 */
import type { Collection, EntityOf } from '../domain';
import { fail } from '../result';
import type { PlacedChange } from './history';

/** Id and time for an entity the caller creates (the back end uses crypto.randomUUID and the clock). */
export interface Stamp {
  id: string;
  at: string;
}

/** One entity's change; `index` is where a deleted entity stood, so undo puts it back there. */
export function change<C extends Collection>(collection: C, id: string, before: EntityOf<C> | null, after: EntityOf<C> | null, index?: number): PlacedChange {
  const c = { collection, id, before, after } as PlacedChange;
  if (index !== undefined) c.index = index;
  return c;
}

/** An object whose JSON is its own enumerable keys in order, each with its value's JSON. */
const plainObject = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return (proto === Object.prototype || proto === null) && !Object.hasOwn(x, 'toJSON');
};
/**
 * True when two entities are the same data (the same JSON): an edit that changes nothing records no
 * change. Two objects with the same keys in the same order are compared value by value, a shared
 * value without serialising it: an edit shares an annotation's selectors with the one before, and
 * writing both whole per edit was a fifth of accepting a long article's suggestions. Anything else is
 * compared as JSON text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (plainObject(a) && plainObject(b)) {
    const keys = Object.keys(a);
    const other = Object.keys(b);
    // With the same keys in the same order, the texts are equal exactly when each value's text is
    // (a value JSON leaves out, undefined, has no text, and a written one ends where it ends).
    if (keys.length === other.length && keys.every((k, i) => k === other[i])) return keys.every((k) => a[k] === b[k] || sameJson(a[k], b[k]));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The entity with `id` and its place in `list`; fails 'not-found' ("That <what> is no longer in the case."). */
export function findIndexed<T extends { id: string }>(list: readonly T[], id: string, what: string): { entity: T; index: number } {
  const index = list.findIndex((e) => e.id === id);
  const entity = list[index];
  if (index === -1 || entity === undefined) return fail('not-found', `That ${what} is no longer in the case.`, `id=${id}`);
  return { entity, index };
}
