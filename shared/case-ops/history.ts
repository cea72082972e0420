/**
 * The case's undo history: change sets applied forward or backward, and kept with the case.
 * {@link commit}, {@link undo} and {@link redo} apply change sets made by the builders
 * (annotations.ts, actors.ts, sources.ts); {@link applyChanges} also serves the renderer's copy.
 */
import { HISTORY_LIMIT, type Annotation, type CaseData, type ChangeSet, type Collection, type EntityChange } from '../domain';

/**
 * An EntityChange that also remembers where a deleted entity stood in its collection, so undoing the
 * delete puts it back in the same place. `index` is optional: without it a restored entity is appended.
 */
export type PlacedChange = EntityChange & { index?: number };

const COLLECTIONS: readonly Collection[] = ['articles', 'actors', 'sources', 'annotations'];

/** The same changes, undone: reverse order, before and after swapped, positions kept. */
export function invertChanges(changes: readonly PlacedChange[]): PlacedChange[] {
  return changes
    .slice()
    .reverse()
    .map((c) => ({ ...c, before: c.after, after: c.before }) as PlacedChange);
}

interface Pending {
  after: { id: string } | null;
  index: number | undefined;
}

/**
 * The list with a few entities replaced where they stand, when every pending change replaces an
 * entity that is there (an edit); null otherwise. Finding a few ids by a scan and copying the list
 * costs a fraction of rebuilding it through a lookup per entity (an edit to one claim of 20,000).
 */
function replacedInPlace(list: readonly { id: string }[], pending: ReadonlyMap<string, Pending>): { id: string }[] | null {
  if (pending.size > 16) return null;
  const out = list.slice();
  for (const [id, p] of pending) {
    if (!p.after) return null;
    const i = out.findIndex((e) => e.id === id);
    if (i < 0) return null;
    out[i] = p.after;
  }
  return out;
}

/**
 * Applies changes forward (before → after) or backward (after → before) and returns a copy of `data`
 * (a CaseData, or the renderer's view holding the four collections); `data` is not touched. Entities are replaced in place, deleted, or inserted at their recorded index
 * (else appended), so collection order survives undo. Cost O(changes + size of the touched collections).
 * Lenient on purpose so history stays usable after untracked edits (an article removed with its
 * annotations): an annotation whose article is gone is not re-created; deleting a missing entity is a no-op.
 */
export function applyChanges<T extends Pick<CaseData, Collection>>(data: T, changes: readonly PlacedChange[], direction: 'forward' | 'backward'): T {
  const steps = direction === 'forward' ? changes : invertChanges(changes);
  const next: T = { ...data };
  for (const collection of COLLECTIONS) {
    const pending = new Map<string, Pending>();
    for (const c of steps) {
      if (c.collection !== collection) continue;
      const prev = pending.get(c.id);
      pending.set(c.id, { after: c.after, index: c.index ?? prev?.index });
    }
    if (pending.size === 0) continue;
    const replaced = replacedInPlace(data[collection] as { id: string }[], pending);
    if (replaced) {
      (next as unknown as Record<Collection, unknown>)[collection] = replaced;
      continue;
    }
    const kept: { id: string }[] = [];
    for (const entity of data[collection] as { id: string }[]) {
      const p = pending.get(entity.id);
      if (!p) {
        kept.push(entity);
        continue;
      }
      pending.delete(entity.id);
      if (p.after) kept.push(p.after);
    }
    const articleIds = collection === 'annotations' ? new Set(next.articles.map((a) => a.id)) : null;
    const inserts = [...pending.values()].filter(
      (p): p is { after: { id: string }; index: number | undefined } =>
        p.after !== null && (articleIds === null || articleIds.has((p.after as Annotation).articleId)),
    );
    const placed = inserts.filter((p) => p.index !== undefined).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const list: { id: string }[] = [];
    let k = 0;
    for (const entity of kept) {
      while (k < placed.length && (placed[k]?.index ?? 0) <= list.length) list.push((placed[k++] as Pending & { after: { id: string } }).after);
      list.push(entity);
    }
    while (k < placed.length) list.push((placed[k++] as Pending & { after: { id: string } }).after);
    for (const p of inserts) if (p.index === undefined) list.push(p.after);
    (next as unknown as Record<Collection, unknown>)[collection] = list;
  }
  return next;
}

/** Applies a change set forward and records it for undo (dropping the oldest past HISTORY_LIMIT); clears redo. An empty change set changes nothing. */
export function commit(data: CaseData, changeSet: ChangeSet): CaseData {
  if (changeSet.changes.length === 0) return data;
  const next = applyChanges(data, changeSet.changes, 'forward');
  const undoStack = [...data.history.undo, changeSet];
  return { ...next, history: { undo: undoStack.slice(Math.max(0, undoStack.length - HISTORY_LIMIT)), redo: [] } };
}

/** Reverts the latest committed change set; null when there is nothing to undo. */
export function undo(data: CaseData): { data: CaseData; changeSet: ChangeSet } | null {
  const changeSet = data.history.undo.at(-1);
  if (!changeSet) return null;
  const next = applyChanges(data, changeSet.changes, 'backward');
  return {
    data: { ...next, history: { undo: data.history.undo.slice(0, -1), redo: [...data.history.redo, changeSet] } },
    changeSet,
  };
}

/** Re-applies the latest undone change set; null when there is nothing to redo. */
export function redo(data: CaseData): { data: CaseData; changeSet: ChangeSet } | null {
  const changeSet = data.history.redo.at(-1);
  if (!changeSet) return null;
  const next = applyChanges(data, changeSet.changes, 'forward');
  const undoStack = [...data.history.undo, changeSet];
  return {
    data: { ...next, history: { undo: undoStack.slice(Math.max(0, undoStack.length - HISTORY_LIMIT)), redo: data.history.redo.slice(0, -1) } },
    changeSet,
  };
}
