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

/** True when two entities are the same data: an edit that changes nothing records no change. */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The entity with `id` and its place in `list`; fails 'not-found' ("That <what> is no longer in the case."). */
export function findIndexed<T extends { id: string }>(list: readonly T[], id: string, what: string): { entity: T; index: number } {
  const index = list.findIndex((e) => e.id === id);
  const entity = list[index];
  if (index === -1 || entity === undefined) return fail('not-found', `That ${what} is no longer in the case.`, `id=${id}`);
  return { entity, index };
}
