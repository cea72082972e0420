import type { CaseData, Collection, EntityChange } from './domain';

const COLLECTIONS: readonly Collection[] = ['articles', 'actors', 'sources', 'annotations'];

/**
 * Applies entity changes to any object holding the four entity collections (a CaseData or the
 * renderer's view of one). Forward: deletes, replaces in place, appends creations. Pure: returns a copy.
 */
export function applyDelta<T extends Pick<CaseData, Collection>>(data: T, changes: readonly EntityChange[]): T {
  const next = { ...data };
  for (const collection of COLLECTIONS) {
    const mine = changes.filter((c) => c.collection === collection);
    if (mine.length === 0) continue;
    const byId = new Map<string, unknown>(mine.map((c) => [c.id, c.after]));
    const list = (data[collection] as { id: string }[]).flatMap((e) => {
      if (!byId.has(e.id)) return [e];
      const after = byId.get(e.id);
      byId.delete(e.id);
      return after ? [after] : [];
    });
    for (const after of byId.values()) if (after) list.push(after as { id: string });
    (next as Record<string, unknown>)[collection] = list;
  }
  return next;
}
